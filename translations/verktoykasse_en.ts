<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>App</name>
    <message>
        <source>The data folder cannot be used:</source>
        <translation>The data folder cannot be used:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the database was written by a newer version of the program; please upgrade.</source>
        <translation>the database was written by a newer version of the program; please upgrade.</translation>
    </message>
    <message>
        <source>the database cannot be opened: {reason}</source>
        <translation>the database cannot be opened: {reason}</translation>
    </message>
    <message>
        <source>something went wrong ({error}). Details are in {log}.</source>
        <translation>something went wrong ({error}). Details are in {log}.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Your plans</source>
        <translation>Your plans</translation>
    </message>
    <message>
        <source>A plan takes your business through the five steps: needs exploration, gap analysis, goals and KPIs, measures and action plan, evaluation. Everything is saved as you type.</source>
        <translation>A plan takes your business through the five steps: needs exploration, gap analysis, goals and KPIs, measures and action plan, evaluation. Everything is saved as you type.</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Press Enter to open a plan, F2 to rename it, Delete to delete it.</source>
        <translation>Press Enter to open a plan, F2 to rename it, Delete to delete it.</translation>
    </message>
    <message>
        <source>No plans yet. Press “New plan” to start, or open the example plan to look around.</source>
        <translation>No plans yet. Press “New plan” to start, or open the example plan to look around.</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;New plan</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Step: {step}</source>
        <translation>Step: {step}</translation>
    </message>
    <message>
        <source>Last changed {when}</source>
        <translation>Last changed {when}</translation>
    </message>
    <message>
        <source>Name of the plan:</source>
        <translation>Name of the plan:</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>The name cannot be empty.</translation>
    </message>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation>The name is too long (at most 200 characters).</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>Inclusion plan</source>
        <translation>Inclusion plan</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <translation>Rename plan</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Delete plan</translation>
    </message>
    <message>
        <source>Delete the plan “{name}” and everything in it? This cannot be undone.</source>
        <translation>Delete the plan “{name}” and everything in it? This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Business profile</source>
        <translation>Business profile</translation>
    </message>
    <message>
        <source>Needs exploration</source>
        <translation>Needs exploration</translation>
    </message>
    <message>
        <source>Gap analysis</source>
        <translation>Gap analysis</translation>
    </message>
    <message>
        <source>Goals and KPIs</source>
        <translation>Goals and KPIs</translation>
    </message>
    <message>
        <source>Measures and action plan</source>
        <translation>Measures and action plan</translation>
    </message>
    <message>
        <source>Evaluation and learning</source>
        <translation>Evaluation and learning</translation>
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
        <translation>Opening your data…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;New plan…</translation>
    </message>
    <message>
        <source>&amp;All plans</source>
        <translation>&amp;All plans</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Verktøykassa</source>
        <translation>&amp;About Verktøykassa</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Your data could not be opened:</source>
        <translation>Your data could not be opened:</translation>
    </message>
    <message>
        <source>Your data could not be opened.</source>
        <translation>Your data could not be opened.</translation>
    </message>
    <message>
        <source>Ready. Everything you type is saved at once.</source>
        <translation>Ready. Everything you type is saved at once.</translation>
    </message>
    <message>
        <source>About Verktøykassa</source>
        <translation>About Verktøykassa</translation>
    </message>
    <message>
        <source>Verktøykassa {version}</source>
        <translation>Verktøykassa {version}</translation>
    </message>
    <message>
        <source>Helps small businesses include more people in work: needs, gaps, goals, measures and evaluation, with a catalogue of support schemes and helpers. Works fully offline.</source>
        <translation>Helps small businesses include more people in work: needs, gaps, goals, measures and evaluation, with a catalogue of support schemes and helpers. Works fully offline.</translation>
    </message>
    <message>
        <source>Your data is kept in:</source>
        <translation>Your data is kept in:</translation>
    </message>
</context>
<context>
    <name>PlanWorkspace</name>
    <message>
        <source>← All plans</source>
        <translation>← All plans</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>All plans</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation>Follow the system ({language})</translation>
    </message>
    <message>
        <source>Number of backups to keep</source>
        <translation>Number of backups to keep</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Number of &amp;backups to keep:</source>
        <translation>Number of &amp;backups to keep:</translation>
    </message>
    <message>
        <source>A backup of your data is made each day you use the program and before an upgrade. The oldest are deleted when there are more than this number.</source>
        <translation>A backup of your data is made each day you use the program and before an upgrade. The oldest are deleted when there are more than this number.</translation>
    </message>
</context>
</TS>
