<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>App</name>
    <message>
        <source>The data folder cannot be used:</source>
        <translation>Datamappen kan ikke brukes:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the database was written by a newer version of the program; please upgrade.</source>
        <translation>databasen er skrevet av en nyere versjon av programmet; oppdater programmet.</translation>
    </message>
    <message>
        <source>the database cannot be opened: {reason}</source>
        <translation>databasen kan ikke åpnes: {reason}</translation>
    </message>
    <message>
        <source>something went wrong ({error}). Details are in {log}.</source>
        <translation>noe gikk galt ({error}). Detaljer står i {log}.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Verktøykassa</source>
        <translation>Verktøykassa</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Your plans</source>
        <translation>Planene dine</translation>
    </message>
    <message>
        <source>A plan takes your business through the five steps: needs exploration, gap analysis, goals and KPIs, measures and action plan, evaluation. Everything is saved as you type.</source>
        <translation>En plan tar virksomheten gjennom de fem stegene: behovskartlegging, gapanalyse, mål og KPI-er, tiltak og handlingsplan, evaluering. Alt lagres mens du skriver.</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>Press Enter to open a plan, F2 to rename it, Delete to delete it.</source>
        <translation>Trykk Enter for å åpne en plan, F2 for å endre navnet og Delete for å slette den.</translation>
    </message>
    <message>
        <source>No plans yet. Press “New plan” to start, or open the example plan to look around.</source>
        <translation>Ingen planer ennå. Trykk «Ny plan» for å begynne, eller åpne eksempelplanen for å se deg rundt.</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Ny plan</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Å&amp;pne</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Endre navn…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slett…</translation>
    </message>
    <message>
        <source>Step: {step}</source>
        <translation>Steg: {step}</translation>
    </message>
    <message>
        <source>Last changed {when}</source>
        <translation>Sist endret {when}</translation>
    </message>
    <message>
        <source>Name of the plan:</source>
        <translation>Navn på planen:</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Navnet kan ikke være tomt.</translation>
    </message>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation>Navnet er for langt (høyst 200 tegn).</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Ny plan</translation>
    </message>
    <message>
        <source>Inclusion plan</source>
        <translation>Inkluderingsplan</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <translation>Endre navn på plan</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Slett plan</translation>
    </message>
    <message>
        <source>Delete the plan “{name}” and everything in it? This cannot be undone.</source>
        <translation>Vil du slette planen «{name}» og alt som står i den? Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Business profile</source>
        <translation>Virksomhetsprofil</translation>
    </message>
    <message>
        <source>Needs exploration</source>
        <translation>Behovskartlegging</translation>
    </message>
    <message>
        <source>Gap analysis</source>
        <translation>Gapanalyse</translation>
    </message>
    <message>
        <source>Goals and KPIs</source>
        <translation>Mål og KPI-er</translation>
    </message>
    <message>
        <source>Measures and action plan</source>
        <translation>Tiltak og handlingsplan</translation>
    </message>
    <message>
        <source>Evaluation and learning</source>
        <translation>Evaluering og læring</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Verktøykassa</source>
        <translation>Verktøykassa</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Åpner dataene dine…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Ny plan…</translation>
    </message>
    <message>
        <source>&amp;All plans</source>
        <translation>Alle &amp;planer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About Verktøykassa</source>
        <translation>&amp;Om Verktøykassa</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Verktøy</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <source>Your data could not be opened:</source>
        <translation>Dataene dine kunne ikke åpnes:</translation>
    </message>
    <message>
        <source>Your data could not be opened.</source>
        <translation>Dataene dine kunne ikke åpnes.</translation>
    </message>
    <message>
        <source>Ready. Everything you type is saved at once.</source>
        <translation>Klar. Alt du skriver, lagres med en gang.</translation>
    </message>
    <message>
        <source>About Verktøykassa</source>
        <translation>Om Verktøykassa</translation>
    </message>
    <message>
        <source>Verktøykassa {version}</source>
        <translation>Verktøykassa {version}</translation>
    </message>
    <message>
        <source>Helps small businesses include more people in work: needs, gaps, goals, measures and evaluation, with a catalogue of support schemes and helpers. Works fully offline.</source>
        <translation>Hjelper små virksomheter med å inkludere flere i arbeidslivet: behov, gap, mål, tiltak og evaluering, med en oversikt over virkemidler og samarbeidspartnere. Fungerer helt uten nett.</translation>
    </message>
    <message>
        <source>Your data is kept in:</source>
        <translation>Dataene dine ligger i:</translation>
    </message>
</context>
<context>
    <name>PlanWorkspace</name>
    <message>
        <source>← All plans</source>
        <translation>← Alle planer</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Alle planer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation>Som systemet ({language})</translation>
    </message>
    <message>
        <source>Number of backups to keep</source>
        <translation>Antall sikkerhetskopier som tas vare på</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Number of &amp;backups to keep:</source>
        <translation>Antall sikkerhets&amp;kopier som tas vare på:</translation>
    </message>
    <message>
        <source>A backup of your data is made each day you use the program and before an upgrade. The oldest are deleted when there are more than this number.</source>
        <translation>Det tas en sikkerhetskopi av dataene dine hver dag du bruker programmet, og før en oppgradering. De eldste slettes når det blir flere enn dette antallet.</translation>
    </message>
</context>
</TS>
