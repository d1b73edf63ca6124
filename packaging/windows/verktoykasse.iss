; Inno Setup 6 script: the Windows installer for Verktøykassa.
;
; Build (after `python dev.py bundle` has made dist\verktoykasse):
;   iscc /DAppVersion=0.1.0 /DFileVersion=0.1.0.0 packaging\windows\verktoykasse.iss
; The release workflow passes the version from src/verktoykasse/_version.py, and as FileVersion its four
; numbers (packaging\windows\file_version.py: 0.2.0rc1 -> 0.2.0.0), since VersionInfoVersion takes
; nothing else; the result is dist\verktoykasse-<version>-windows-setup.exe. Needs Inno Setup 6.3 or newer
; (x64compatible); the workflow pins 6.4.3.
;
; - Per user, no administrator: PrivilegesRequired=lowest installs to %LOCALAPPDATA%\Programs\Verktøykassa
;   ({autopf} in non-administrative mode) and the Start-menu entry to the user's own Start menu.
; - The user's data (database, backups, settings, log) lives in %LOCALAPPDATA%\Verktoykassa\Verktoykasse
;   (0.1.0: %APPDATA%, moved once by the program itself), outside {app}. Neither an upgrade nor the uninstaller touches it: this script has no [UninstallDelete]
;   or [InstallDelete] entry outside {app}, on purpose. Keep it that way.
; - An upgrade installs over the old version (same AppId) after removing the old program's _internal
;   folder, so no file of the previous version lingers.
; Saved as UTF-8 with a byte-order mark, which Inno Setup 6 needs for the "ø".

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef FileVersion
  #define FileVersion "0.0.0.0"
#endif
#define AppName "Verktøykassa"
#define AppExe "verktoykasse.exe"
#define Root "..\.."

[Setup]
; The AppId identifies the program for upgrades and the uninstaller: never change it.
AppId={{6F1C2E0A-5B7D-4C8E-9A3F-2D4B6E8A1C50}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Verktøykassa-teamet
VersionInfoVersion={#FileVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=verktoykasse-{#AppVersion}-windows-setup
SetupIconFile={#Root}\resources\icons\verktoykasse.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Close a running Verktøykassa before files are replaced (the database is saved at every keystroke).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Only the previous version's program files, never anything outside {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole PyInstaller folder: verktoykasse.exe (window), verktoykasse-cli.exe (scripting), _internal\.
Source: "{#Root}\dist\verktoykasse\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Inkluderende arbeidsliv – handlingsplan steg for steg"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
