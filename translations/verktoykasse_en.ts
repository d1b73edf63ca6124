<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>App</name>
    <message>
        <source>Then start Verktøykassa again, or choose another folder to keep your data in.</source>
        <translation>Then start Verktøykassa again, or choose another folder to keep your data in.</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <translation>The data folder cannot be used</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Choose another folder…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose a folder for your data</source>
        <translation>Choose a folder for your data</translation>
    </message>
    <message>
        <source>Keep your data in {chosen} from now on?

From now on: every start uses this folder, until you go back to {usual} in Tools → Settings.
Only this time: the next start looks in {usual} again.</source>
        <translation>Keep your data in {chosen} from now on?

From now on: every start uses this folder, until you go back to {usual} in Tools → Settings.
Only this time: the next start looks in {usual} again.</translation>
    </message>
    <message>
        <source>Keep using this data folder?</source>
        <translation>Keep using this data folder?</translation>
    </message>
    <message>
        <source>From &amp;now on</source>
        <translation>From &amp;now on</translation>
    </message>
    <message>
        <source>&amp;Only this time</source>
        <translation>&amp;Only this time</translation>
    </message>
    <message>
        <source>Your choice could not be remembered ({reason}). This time your data is kept in {chosen}; the next start asks again.</source>
        <translation>Your choice could not be remembered ({reason}). This time your data is kept in {chosen}; the next start asks again.</translation>
    </message>
    <message>
        <source>Verktøykassa is already open on this computer. Bringing its window to the front…</source>
        <translation>Verktøykassa is already open on this computer. Bringing its window to the front…</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Stop waiting</translation>
    </message>
    <message>
        <source>If it still does not answer, close it in Task Manager (press Ctrl+Shift+Esc, choose Verktøykassa, then End task) and start Verktøykassa again.</source>
        <translation>If it still does not answer, close it in Task Manager (press Ctrl+Shift+Esc, choose Verktøykassa, then End task) and start Verktøykassa again.</translation>
    </message>
    <message>
        <source>If it still does not answer, close it (force it to quit if need be) and start it again.</source>
        <translation>If it still does not answer, close it (force it to quit if need be) and start it again.</translation>
    </message>
    <message>
        <source>Verktøykassa is already open on this computer, but it does not answer. It may be busy, or it may have stopped responding. Wait a minute, then start Verktøykassa again.</source>
        <translation>Verktøykassa is already open on this computer, but it does not answer. It may be busy, or it may have stopped responding. Wait a minute, then start Verktøykassa again.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}). If the window does not work as it should, close the program and start it again. Details are in {log}.</source>
        <translation>Something unexpected went wrong ({error}). If the window does not work as it should, close the program and start it again. Details are in {log}.</translation>
    </message>
    <message>
        <source>Your change could not be saved, and nothing was changed. {problem}</source>
        <translation>Your change could not be saved, and nothing was changed. {problem}</translation>
    </message>
</context>
<context>
    <name>Arp</name>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Pregnancy and leave</source>
        <translation>Pregnancy and leave</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Religion and belief</source>
        <translation>Religion and belief</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation>Sexual orientation</translation>
    </message>
    <message>
        <source>Gender identity and expression</source>
        <translation>Gender identity and expression</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Care duties</source>
        <translation>Care duties</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>Recruitment</translation>
    </message>
    <message>
        <source>Pay and working conditions</source>
        <translation>Pay and working conditions</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Development</translation>
    </message>
    <message>
        <source>Adaptation</source>
        <translation>Adaptation</translation>
    </message>
    <message>
        <source>Work and family life</source>
        <translation>Work and family life</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>Harassment</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>No risk found</source>
        <translation>No risk found</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>1. Finding risks</source>
        <translation>1. Finding risks</translation>
    </message>
    <message>
        <source>2. Analysing causes</source>
        <translation>2. Analysing causes</translation>
    </message>
    <message>
        <source>3. Measures</source>
        <translation>3. Measures</translation>
    </message>
    <message>
        <source>4. Evaluating results</source>
        <translation>4. Evaluating results</translation>
    </message>
    <message>
        <source>The yearly report</source>
        <translation>The yearly report</translation>
    </message>
    <message>
        <source>1. Find risks of discrimination and obstacles to equality</source>
        <translation>1. Find risks of discrimination and obstacles to equality</translation>
    </message>
    <message>
        <source>Needs exploration and gap analysis, and the risk map</source>
        <translation>Needs exploration and gap analysis, and the risk map</translation>
    </message>
    <message>
        <source>2. Analyse the causes of the risks found</source>
        <translation>2. Analyse the causes of the risks found</translation>
    </message>
    <message>
        <source>Gap analysis (today and desired), and the causes in the risk map</source>
        <translation>Gap analysis (today and desired), and the causes in the risk map</translation>
    </message>
    <message>
        <source>3. Put measures in place</source>
        <translation>3. Put measures in place</translation>
    </message>
    <message>
        <source>Goals, KPIs and measures</source>
        <translation>Goals, KPIs and measures</translation>
    </message>
    <message>
        <source>4. Evaluate the results</source>
        <translation>4. Evaluate the results</translation>
    </message>
    <message>
        <source>Evaluation and learning</source>
        <translation>Evaluation and learning</translation>
    </message>
    <message>
        <source>Which equality duty applies cannot be said yet: type the number of employees.</source>
        <translation>Which equality duty applies cannot be said yet: type the number of employees.</translation>
    </message>
    <message>
        <source>You have the activity duty and the reporting duty: follow the four steps together with the employees&apos; representatives, and report on the work every year.</source>
        <translation>You have the activity duty and the reporting duty: follow the four steps together with the employees&apos; representatives, and report on the work every year.</translation>
    </message>
    <message>
        <source>You have the activity duty. If a union representative or a majority of the employees asks, you must also follow the four steps and report every year.</source>
        <translation>You have the activity duty. If a union representative or a majority of the employees asks, you must also follow the four steps and report every year.</translation>
    </message>
    <message>
        <source>You have the activity duty, as every employer: work actively against discrimination and be able to document the work when asked. The four steps and the yearly report are not required.</source>
        <translation>You have the activity duty, as every employer: work actively against discrimination and be able to document the work when asked. The four steps and the yearly report are not required.</translation>
    </message>
    <message>
        <source>The number of employees is missing (or 0).</source>
        <translation>The number of employees is missing (or 0).</translation>
    </message>
    <message>
        <source>A public employer has the full duty whatever its size.</source>
        <translation>A public employer has the full duty whatever its size.</translation>
    </message>
    <message>
        <source>A private employer with more than 50 employees (on average over the year).</source>
        <translation>A private employer with more than 50 employees (on average over the year).</translation>
    </message>
    <message>
        <source>A private employer with 20–50 employees, and a party in the workplace has asked.</source>
        <translation>A private employer with 20–50 employees, and a party in the workplace has asked.</translation>
    </message>
    <message>
        <source>A private employer with 20–50 employees, and no party in the workplace has asked.</source>
        <translation>A private employer with 20–50 employees, and no party in the workplace has asked.</translation>
    </message>
    <message>
        <source>A private employer with fewer than 20 employees.</source>
        <translation>A private employer with fewer than 20 employees.</translation>
    </message>
    <message>
        <source>The Equality and Anti-Discrimination Act (LOV-2017-06-16-51) § 26 first and second paragraphs and § 26a (Bufdir: the activity and reporting duty).</source>
        <translation>The Equality and Anti-Discrimination Act (LOV-2017-06-16-51) § 26 first and second paragraphs and § 26a (Bufdir: the activity and reporting duty).</translation>
    </message>
    <message>
        <source>The Equality and Anti-Discrimination Act (LOV-2017-06-16-51) § 26 first paragraph.</source>
        <translation>The Equality and Anti-Discrimination Act (LOV-2017-06-16-51) § 26 first paragraph.</translation>
    </message>
    <message>
        <source>Count the average number of employees over the accounting year, as persons, not full-time equivalents.</source>
        <translation>Count the average number of employees over the accounting year, as persons, not full-time equivalents.</translation>
    </message>
    <message>
        <source>Sources disagree for exactly 50 employees: Bufdir says “more than 50”, NHO “50 or more”. Check with Bufdir or your employer organisation.</source>
        <translation>Sources disagree for exactly 50 employees: Bufdir says “more than 50”, NHO “50 or more”. Check with Bufdir or your employer organisation.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Risk — see gap “{gap}”</source>
        <translation>Risk — see gap “{gap}”</translation>
    </message>
    <message>
        <source>Risk — no gap linked yet</source>
        <translation>Risk — no gap linked yet</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Temporary staff</source>
        <translation>Temporary staff</translation>
    </message>
    <message>
        <source>Part-time staff</source>
        <translation>Part-time staff</translation>
    </message>
    <message>
        <source>Took parental leave</source>
        <translation>Took parental leave</translation>
    </message>
    <message>
        <source>Involuntary part-time</source>
        <translation>Involuntary part-time</translation>
    </message>
    <message>
        <source>More temporary staff than women employed.</source>
        <translation>More temporary staff than women employed.</translation>
    </message>
    <message>
        <source>More temporary staff than men employed.</source>
        <translation>More temporary staff than men employed.</translation>
    </message>
    <message>
        <source>More part-timers than women employed.</source>
        <translation>More part-timers than women employed.</translation>
    </message>
    <message>
        <source>More part-timers than men employed.</source>
        <translation>More part-timers than men employed.</translation>
    </message>
    <message>
        <source>More on parental leave than women employed.</source>
        <translation>More on parental leave than women employed.</translation>
    </message>
    <message>
        <source>More on parental leave than men employed.</source>
        <translation>More on parental leave than men employed.</translation>
    </message>
    <message>
        <source>More in involuntary part-time than women working part-time.</source>
        <translation>More in involuntary part-time than women working part-time.</translation>
    </message>
    <message>
        <source>More in involuntary part-time than men working part-time.</source>
        <translation>More in involuntary part-time than men working part-time.</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Type the year the figures are for.</source>
        <translation>Type the year the figures are for.</translation>
    </message>
    <message>
        <source>Type a year between {first} and {last}.</source>
        <translation>Type a year between {first} and {last}.</translation>
    </message>
    <message>
        <source>This year is in the list twice: the report uses the first.</source>
        <translation>This year is in the list twice: the report uses the first.</translation>
    </message>
    <message>
        <source>Type the average weeks of leave per person (0–{most}).</source>
        <translation>Type the average weeks of leave per person (0–{most}).</translation>
    </message>
    <message>
        <source>Type how many took leave: an average of no one cannot be shown.</source>
        <translation>Type how many took leave: an average of no one cannot be shown.</translation>
    </message>
    <message>
        <source>No figures typed for this year yet.</source>
        <translation>No figures typed for this year yet.</translation>
    </message>
    <message>
        <source>Pay cannot be negative.</source>
        <translation>Pay cannot be negative.</translation>
    </message>
    <message>
        <source>Type how many women are at this level.</source>
        <translation>Type how many women are at this level.</translation>
    </message>
    <message>
        <source>Type how many men are at this level.</source>
        <translation>Type how many men are at this level.</translation>
    </message>
    <message>
        <source>At least {minimum}: smaller groups could point out single persons.</source>
        <translation>At least {minimum}: smaller groups could point out single persons.</translation>
    </message>
    <message>
        <source>At most {maximum}.</source>
        <translation>At most {maximum}.</translation>
    </message>
    <message>
        <source>fewer than {threshold}</source>
        <translation>fewer than {threshold}</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
</context>
<context>
    <name>ArpActions</name>
    <message>
        <source>ARP report dra&amp;ft</source>
        <translation>ARP report dra&amp;ft</translation>
    </message>
    <message>
        <source>As &amp;PDF…</source>
        <translation>As &amp;PDF…</translation>
    </message>
    <message>
        <source>The draft as a PDF to read, print and send, small numbers hidden</source>
        <translation>The draft as a PDF to read, print and send, small numbers hidden</translation>
    </message>
    <message>
        <source>As a &amp;Word document to edit…</source>
        <translation>As a &amp;Word document to edit…</translation>
    </message>
    <message>
        <source>The draft as a Word document to edit and paste into the annual report, small numbers hidden</source>
        <translation>The draft as a Word document to edit and paste into the annual report, small numbers hidden</translation>
    </message>
    <message>
        <source>Equality dut&amp;y (ARP)…</source>
        <translation>Equality dut&amp;y (ARP)…</translation>
    </message>
    <message>
        <source>Which equality duty applies, the risk map, the representatives and the figures</source>
        <translation>Which equality duty applies, the risk map, the representatives and the figures</translation>
    </message>
    <message>
        <source>A draft of the yearly equality report, small numbers hidden</source>
        <translation>A draft of the yearly equality report, small numbers hidden</translation>
    </message>
    <message>
        <source>Saved the ARP report draft to {path}</source>
        <translation>Saved the ARP report draft to {path}</translation>
    </message>
</context>
<context>
    <name>ArpDraft</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Share of women</source>
        <translation>Share of women</translation>
    </message>
    <message>
        <source>Of women</source>
        <translation>Of women</translation>
    </message>
    <message>
        <source>Of men</source>
        <translation>Of men</translation>
    </message>
    <message>
        <source>Parental leave</source>
        <translation>Parental leave</translation>
    </message>
    <message>
        <source>Average weeks taken</source>
        <translation>Average weeks taken</translation>
    </message>
    <message>
        <source>Every second year</source>
        <translation>Every second year</translation>
    </message>
    <message>
        <source>Of women part-time</source>
        <translation>Of women part-time</translation>
    </message>
    <message>
        <source>Of men part-time</source>
        <translation>Of men part-time</translation>
    </message>
    <message>
        <source>Job level</source>
        <translation>Job level</translation>
    </message>
    <message>
        <source>Women&apos;s average pay</source>
        <translation>Women&apos;s average pay</translation>
    </message>
    <message>
        <source>Men&apos;s average pay</source>
        <translation>Men&apos;s average pay</translation>
    </message>
    <message>
        <source>Women&apos;s pay as a share of men&apos;s</source>
        <translation>Women&apos;s pay as a share of men&apos;s</translation>
    </message>
    <message>
        <source>(level without a name)</source>
        <translation>(level without a name)</translation>
    </message>
    <message>
        <source>Part 1: The state of gender equality</source>
        <translation>Part 1: The state of gender equality</translation>
    </message>
    <message>
        <source>The figures are shown in anonymised form. A figure that describes fewer than {threshold} persons is shown as “fewer than {threshold}”, and a figure that would reveal it (the other gender of a small group, a share, an average) as “hidden”. This threshold is the program&apos;s rule, not the law&apos;s: check that no person can be recognised.</source>
        <translation>The figures are shown in anonymised form. A figure that describes fewer than {threshold} persons is shown as “fewer than {threshold}”, and a figure that would reveal it (the other gender of a small group, a share, an average) as “hidden”. This threshold is the program&apos;s rule, not the law&apos;s: check that no person can be recognised.</translation>
    </message>
    <message>
        <source>No figures have been typed for any year.</source>
        <translation>No figures have been typed for any year.</translation>
    </message>
    <message>
        <source>The figures for {year} are missing.</source>
        <translation>The figures for {year} are missing.</translation>
    </message>
    <message>
        <source>Pay by job level and involuntary part-time have not been surveyed (at least every second year).</source>
        <translation>Pay by job level and involuntary part-time have not been surveyed (at least every second year).</translation>
    </message>
    <message>
        <source>Pay by job level and involuntary part-time were last surveyed for {year}: survey them again.</source>
        <translation>Pay by job level and involuntary part-time were last surveyed for {year}: survey them again.</translation>
    </message>
    <message>
        <source>Figures for {year}</source>
        <translation>Figures for {year}</translation>
    </message>
    <message>
        <source>{year}: not typed: {groups}.</source>
        <translation>{year}: not typed: {groups}.</translation>
    </message>
    <message>
        <source>{year}: {problem}</source>
        <translation>{year}: {problem}</translation>
    </message>
    <message>
        <source>Pay by job level last surveyed for: {pay}. Involuntary part-time last surveyed for: {part}.</source>
        <translation>Pay by job level last surveyed for: {pay}. Involuntary part-time last surveyed for: {part}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Part 2: Our work for equality and against discrimination</source>
        <translation>Part 2: Our work for equality and against discrimination</translation>
    </message>
    <message>
        <source>Principles, procedures and standards</source>
        <translation>Principles, procedures and standards</translation>
    </message>
    <message>
        <source>Describe the principles, procedures and standards for equality.</source>
        <translation>Describe the principles, procedures and standards for equality.</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Who is responsible</translation>
    </message>
    <message>
        <source>Name who is responsible for the equality work (in a limited company: the board).</source>
        <translation>Name who is responsible for the equality work (in a limited company: the board).</translation>
    </message>
    <message>
        <source>We work in the four steps of the activity duty, together with the employees&apos; representatives. The steps are part of our plan “{plan}”:</source>
        <translation>We work in the four steps of the activity duty, together with the employees&apos; representatives. The steps are part of our plan “{plan}”:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Where in the plan</source>
        <translation>Where in the plan</translation>
    </message>
    <message>
        <source>The four steps</source>
        <translation>The four steps</translation>
    </message>
    <message>
        <source>1. Risks found. Of {cells} cells of the risk map, {risk} show a risk, {none} no risk, {open} are not assessed.</source>
        <translation>1. Risks found. Of {cells} cells of the risk map, {risk} show a risk, {none} no risk, {open} are not assessed.</translation>
    </message>
    <message>
        <source>{count} cells of the risk map are not assessed.</source>
        <translation>{count} cells of the risk map are not assessed.</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Ground</translation>
    </message>
    <message>
        <source>HR area</source>
        <translation>HR area</translation>
    </message>
    <message>
        <source>Causes found (step 2)</source>
        <translation>Causes found (step 2)</translation>
    </message>
    <message>
        <source>Gap area in the plan</source>
        <translation>Gap area in the plan</translation>
    </message>
    <message>
        <source>The causes of the risk “{ground} – {area}” are not described.</source>
        <translation>The causes of the risk “{ground} – {area}” are not described.</translation>
    </message>
    <message>
        <source>3. Measures against the risks found, and 4. their results:</source>
        <translation>3. Measures against the risks found, and 4. their results:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>What it gave</source>
        <translation>What it gave</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>No measure serves a goal of a gap area with a risk.</source>
        <translation>No measure serves a goal of a gap area with a risk.</translation>
    </message>
    <message>
        <source>No risk has been found yet, so no measure is linked to one.</source>
        <translation>No risk has been found yet, so no measure is linked to one.</translation>
    </message>
    <message>
        <source>Involvement of the employees&apos; representatives</source>
        <translation>Involvement of the employees&apos; representatives</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>What was discussed</translation>
    </message>
    <message>
        <source>No meeting with the employees&apos; representatives is recorded: the law requires the work to be done with them.</source>
        <translation>No meeting with the employees&apos; representatives is recorded: the law requires the work to be done with them.</translation>
    </message>
    <message>
        <source>Which duty applies</source>
        <translation>Which duty applies</translation>
    </message>
    <message>
        <source>This business is not required to report; the draft documents its work, which it must be able to do when asked.</source>
        <translation>This business is not required to report; the draft documents its work, which it must be able to do when asked.</translation>
    </message>
    <message>
        <source>This is a draft: check before use</source>
        <translation>This is a draft: check before use</translation>
    </message>
    <message>
        <source>Check that the number of employees and the duty below are right.</source>
        <translation>Check that the number of employees and the duty below are right.</translation>
    </message>
    <message>
        <source>Check every figure against the payroll and personnel system.</source>
        <translation>Check every figure against the payroll and personnel system.</translation>
    </message>
    <message>
        <source>Check that no person can be recognised from the figures or the text, also where a figure is hidden.</source>
        <translation>Check that no person can be recognised from the figures or the text, also where a figure is hidden.</translation>
    </message>
    <message>
        <source>Let the employees&apos; representatives read the report before it is published.</source>
        <translation>Let the employees&apos; representatives read the report before it is published.</translation>
    </message>
    <message>
        <source>The report goes into the annual report (årsberetning) or another public document; in a limited company the board approves it.</source>
        <translation>The report goes into the annual report (årsberetning) or another public document; in a limited company the board approves it.</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Still missing:</translation>
    </message>
    <message>
        <source>“{column}” in “{section}”</source>
        <translation>“{column}” in “{section}”</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} and {second}</translation>
    </message>
    <message>
        <source>The draft may name people: it prints what was typed under {places}. The report is made public: write roles there instead (for example “HR manager”, “union representative”), or get the consent of each person named before it is published.</source>
        <translation>The draft may name people: it prints what was typed under {places}. The report is made public: write roles there instead (for example “HR manager”, “union representative”), or get the consent of each person named before it is published.</translation>
    </message>
    <message>
        <source>DRAFT – Report on equality and non-discrimination {year}</source>
        <translation>DRAFT – Report on equality and non-discrimination {year}</translation>
    </message>
    <message>
        <source>Made by Verktøykassa on {date}, from the plan “{plan}”.</source>
        <translation>Made by Verktøykassa on {date}, from the plan “{plan}”.</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Missing:</translation>
    </message>
    <message>
        <source>DRAFT – {plan}</source>
        <translation>DRAFT – {plan}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>ARP report draft</source>
        <translation>ARP report draft</translation>
    </message>
</context>
<context>
    <name>ArpWindow</name>
    <message>
        <source>The file could not be made. Details are in the log file.</source>
        <translation>The file could not be made. Details are in the log file.</translation>
    </message>
    <message>
        <source>Save the ARP report draft as a Word document</source>
        <translation>Save the ARP report draft as a Word document</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Save the ARP report draft as PDF</source>
        <translation>Save the ARP report draft as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>{plan} – anonymised.json</source>
        <translation>{plan} – anonymised.json</translation>
    </message>
    <message>
        <source>Export the plan for an adviser (anonymised)</source>
        <translation>Export the plan for an adviser (anonymised)</translation>
    </message>
    <message>
        <source>Plan files (*.json)</source>
        <translation>Plan files (*.json)</translation>
    </message>
    <message>
        <source>Equality duty (ARP)</source>
        <translation>Equality duty (ARP)</translation>
    </message>
    <message>
        <source>The d&amp;uty</source>
        <translation>The d&amp;uty</translation>
    </message>
    <message>
        <source>&amp;Risk map</source>
        <translation>&amp;Risk map</translation>
    </message>
    <message>
        <source>Meetings with the employees&apos; representatives</source>
        <translation>Meetings with the employees&apos; representatives</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>What was discussed</translation>
    </message>
    <message>
        <source>No meetings yet. The law asks you to do the four steps together with the employees&apos; representatives: note each meeting here (date, who, what was discussed).</source>
        <translation>No meetings yet. The law asks you to do the four steps together with the employees&apos; representatives: note each meeting here (date, who, what was discussed).</translation>
    </message>
    <message>
        <source>Re&amp;presentatives</source>
        <translation>Re&amp;presentatives</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>&amp;Figures</translation>
    </message>
    <message>
        <source>Save the report dr&amp;aft…</source>
        <translation>Save the report dr&amp;aft…</translation>
    </message>
    <message>
        <source>Save the report draft as PDF or Word</source>
        <translation>Save the report draft as PDF or Word</translation>
    </message>
    <message>
        <source>Export for an adviser (anon&amp;ymised)…</source>
        <translation>Export for an adviser (anon&amp;ymised)…</translation>
    </message>
    <message>
        <source>Export for an adviser (anonymised)</source>
        <translation>Export for an adviser (anonymised)</translation>
    </message>
    <message>
        <source>The plan file without persons&apos; names (they become “Person 1”, “Representative 1” …), e-mail addresses, phone numbers and notes about people, and without equality figures of fewer persons than the threshold. Check the free text yourself: a person described without a name cannot be found by the program.</source>
        <translation>The plan file without persons&apos; names (they become “Person 1”, “Representative 1” …), e-mail addresses, phone numbers and notes about people, and without equality figures of fewer persons than the threshold. Check the free text yourself: a person described without a name cannot be found by the program.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Your equality work</source>
        <translation>Your equality work</translation>
    </message>
    <message>
        <source>Document our equality work here (risk map, representatives, figures)</source>
        <translation>Document our equality work here (risk map, representatives, figures)</translation>
    </message>
    <message>
        <source>&amp;Who is responsible:</source>
        <translation>&amp;Who is responsible:</translation>
    </message>
    <message>
        <source>Principles, procedures and &amp;standards:</source>
        <translation>Principles, procedures and &amp;standards:</translation>
    </message>
    <message>
        <source>How you recruit, set pay, develop people, adapt work and prevent harassment.</source>
        <translation>How you recruit, set pay, develop people, adapt work and prevent harassment.</translation>
    </message>
    <message>
        <source>Hide figures of fewer pers&amp;ons than:</source>
        <translation>Hide figures of fewer pers&amp;ons than:</translation>
    </message>
    <message>
        <source>The four steps, and where they are in your plan</source>
        <translation>The four steps, and where they are in your plan</translation>
    </message>
    <message>
        <source>the meeting of {date}</source>
        <translation>the meeting of {date}</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(no date)</translation>
    </message>
    <message>
        <source>(who?)</source>
        <translation>(who?)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Who took part:</source>
        <translation>&amp;Who took part:</translation>
    </message>
    <message>
        <source>Roles, not names: for example union representative, HR manager</source>
        <translation>Roles, not names: for example union representative, HR manager</translation>
    </message>
    <message>
        <source>The report draft is made public: write roles, or get the consent of each person named.</source>
        <translation>The report draft is made public: write roles, or get the consent of each person named.</translation>
    </message>
    <message>
        <source>&amp;Step of the work:</source>
        <translation>&amp;Step of the work:</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(not said)</translation>
    </message>
    <message>
        <source>What was &amp;discussed:</source>
        <translation>What was &amp;discussed:</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
</context>
<context>
    <name>BoardFields</name>
    <message>
        <source>Hourly cost for the measures&apos; hours (kr):</source>
        <translation>Hourly cost for the measures&apos; hours (kr):</translation>
    </message>
    <message>
        <source>for example 550</source>
        <translation>for example 550</translation>
    </message>
    <message>
        <source>Holiday pay (%):</source>
        <translation>Holiday pay (%):</translation>
    </message>
    <message>
        <source>Occupational pension (%):</source>
        <translation>Occupational pension (%):</translation>
    </message>
    <message>
        <source>Employer&apos;s contribution (%):</source>
        <translation>Employer&apos;s contribution (%):</translation>
    </message>
    <message>
        <source>A rate between 0 and 100, please.</source>
        <translation>A rate between 0 and 100, please.</translation>
    </message>
    <message>
        <source>empty: {value} %, the catalogue&apos;s</source>
        <translation>empty: {value} %, the catalogue&apos;s</translation>
    </message>
    <message>
        <source>The plan&apos;s budget</source>
        <translation>The plan&apos;s budget</translation>
    </message>
    <message>
        <source>The plan&apos;s budget: gross {gross}, expected subsidies {subsidies}, net {net}.</source>
        <translation>The plan&apos;s budget: gross {gross}, expected subsidies {subsidies}, net {net}.</translation>
    </message>
    <message>
        <source>The board is as&amp;ked to …</source>
        <translation>The board is as&amp;ked to …</translation>
    </message>
    <message>
        <source>What the board is asked to decide</source>
        <translation>What the board is asked to decide</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Nothing yet. Add what the board should decide, for example &quot;approve the plan&quot;.</source>
        <translation>Nothing yet. Add what the board should decide, for example &quot;approve the plan&quot;.</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Decided on:</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Decided by:</translation>
    </message>
    <message>
        <source>Language of the printed report:</source>
        <translation>Language of the printed report:</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Milestone “{title}”</source>
        <translation>Milestone “{title}”</translation>
    </message>
    <message>
        <source>Measure: {measure}</source>
        <translation>Measure: {measure}</translation>
    </message>
    <message>
        <source>Deadline for “{title}”</source>
        <translation>Deadline for “{title}”</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Owner: {owner}</translation>
    </message>
    <message>
        <source>“{title}” (recurring)</source>
        <translation>“{title}” (recurring)</translation>
    </message>
    <message>
        <source>Tick it as held in Verktøykassa under “Now”, with a note on how it went.</source>
        <translation>Tick it as held in Verktøykassa under “Now”, with a note on how it went.</translation>
    </message>
    <message>
        <source>Measure the KPI “{name}”</source>
        <translation>Measure the KPI “{name}”</translation>
    </message>
    <message>
        <source>Goal: {goal}. Type the value in Verktøykassa under “Now”.</source>
        <translation>Goal: {goal}. Type the value in Verktøykassa under “Now”.</translation>
    </message>
    <message>
        <source>Report to the board</source>
        <translation>Report to the board</translation>
    </message>
    <message>
        <source>Before the meeting: File → Ready for the board?, then File → Export PDF….</source>
        <translation>Before the meeting: File → Ready for the board?, then File → Export PDF….</translation>
    </message>
    <message>
        <source>Type them in Verktøykassa: File → Equality duty (ARP)….</source>
        <translation>Type them in Verktøykassa: File → Equality duty (ARP)….</translation>
    </message>
    <message>
        <source>Equality figures for the year just ended (ARP)</source>
        <translation>Equality figures for the year just ended (ARP)</translation>
    </message>
    <message>
        <source>Two-yearly equality survey (ARP): pay by job level and involuntary part-time</source>
        <translation>Two-yearly equality survey (ARP): pay by job level and involuntary part-time</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>the file as a whole</source>
        <translation>the file as a whole</translation>
    </message>
    <message>
        <source>The catalogue file has format version {found}; this program reads version {known}.</source>
        <translation>The catalogue file has format version {found}; this program reads version {known}.</translation>
    </message>
    <message>
        <source>The catalogue file is not valid: {where}: {problem}</source>
        <translation>The catalogue file is not valid: {where}: {problem}</translation>
    </message>
    <message>
        <source>The catalogue file is not valid: the id {id} is used twice.</source>
        <translation>The catalogue file is not valid: the id {id} is used twice.</translation>
    </message>
    <message>
        <source>The catalogue file is not UTF-8 text.</source>
        <translation>The catalogue file is not UTF-8 text.</translation>
    </message>
    <message>
        <source>The catalogue file holds {value} where a number belongs; that is not a number.</source>
        <translation>The catalogue file holds {value} where a number belongs; that is not a number.</translation>
    </message>
    <message>
        <source>The catalogue file is nested too deeply to be a catalogue.</source>
        <translation>The catalogue file is nested too deeply to be a catalogue.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>short explanation</source>
        <translation>short explanation</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>toolbox areas</source>
        <translation>toolbox areas</translation>
    </message>
    <message>
        <source>target groups</source>
        <translation>target groups</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>provider</translation>
    </message>
    <message>
        <source>what it is</source>
        <translation>what it is</translation>
    </message>
    <message>
        <source>who can use it</source>
        <translation>who can use it</translation>
    </message>
    <message>
        <source>how to apply</source>
        <translation>how to apply</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>web address</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>caveat</source>
        <translation>caveat</translation>
    </message>
    <message>
        <source>when it was checked</source>
        <translation>when it was checked</translation>
    </message>
    <message>
        <source>key figures</source>
        <translation>key figures</translation>
    </message>
    <message>
        <source>key figure {number}</source>
        <translation>key figure {number}</translation>
    </message>
    <message>
        <source>entry {number} ({id}), field “{field}”</source>
        <translation>entry {number} ({id}), field “{field}”</translation>
    </message>
    <message>
        <source>rate {number}, field “{field}”</source>
        <translation>rate {number}, field “{field}”</translation>
    </message>
    <message>
        <source>constant {number}, field “{field}”</source>
        <translation>constant {number}, field “{field}”</translation>
    </message>
    <message>
        <source>field “{field}”</source>
        <translation>field “{field}”</translation>
    </message>
    <message>
        <source>The catalogue file has an impossible date on line {line}, column {column}: one that is not in the calendar (such as 30 February).</source>
        <translation>The catalogue file has an impossible date on line {line}, column {column}: one that is not in the calendar (such as 30 February).</translation>
    </message>
    <message>
        <source>The catalogue file cannot be read as TOML: there is a mistake on line {line}, column {column}.</source>
        <translation>The catalogue file cannot be read as TOML: there is a mistake on line {line}, column {column}.</translation>
    </message>
    <message>
        <source>The catalogue file cannot be read as TOML: it ends in the middle of a value.</source>
        <translation>The catalogue file cannot be read as TOML: it ends in the middle of a value.</translation>
    </message>
    <message>
        <source>The catalogue file cannot be read as TOML.</source>
        <translation>The catalogue file cannot be read as TOML.</translation>
    </message>
    <message>
        <source>The catalogue file has an impossible date, one that is not in the calendar (such as 30 February).</source>
        <translation>The catalogue file has an impossible date, one that is not in the calendar (such as 30 February).</translation>
    </message>
    <message>
        <source>The catalogue file is too large to be a catalogue.</source>
        <translation>The catalogue file is too large to be a catalogue.</translation>
    </message>
    <message>
        <source>This is not a catalogue file: it is a folder, a device or a pipe, not a file.</source>
        <translation>This is not a catalogue file: it is a folder, a device or a pipe, not a file.</translation>
    </message>
    <message>
        <source>The catalogue file cannot be read: {reason}</source>
        <translation>The catalogue file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>This catalogue&apos;s edition date, {edition}, is more than a year after today ({today}), so it cannot be right: check the date at the top of the file (edition = …). Nothing was changed.</source>
        <translation>This catalogue&apos;s edition date, {edition}, is more than a year after today ({today}), so it cannot be right: check the date at the top of the file (edition = …). Nothing was changed.</translation>
    </message>
    <message>
        <source>This catalogue (edition {new}) is not newer than the one in use (edition {current}). Nothing was changed.</source>
        <translation>This catalogue (edition {new}) is not newer than the one in use (edition {current}). Nothing was changed.</translation>
    </message>
    <message>
        <source>The catalogue could not be saved in your data folder: {reason}</source>
        <translation>The catalogue could not be saved in your data folder: {reason}</translation>
    </message>
</context>
<context>
    <name>CatalogueLabels</name>
    <message>
        <source>Attitudes (holdningsarbeid)</source>
        <translation>Attitudes (holdningsarbeid)</translation>
    </message>
    <message>
        <source>Knowing the schemes (kunnskap om tiltak)</source>
        <translation>Knowing the schemes (kunnskap om tiltak)</translation>
    </message>
    <message>
        <source>Knowing the target group (kunnskap om målgruppe)</source>
        <translation>Knowing the target group (kunnskap om målgruppe)</translation>
    </message>
    <message>
        <source>Training (opplæringstiltak)</source>
        <translation>Training (opplæringstiltak)</translation>
    </message>
    <message>
        <source>Support and cooperation (støtte og relasjon)</source>
        <translation>Support and cooperation (støtte og relasjon)</translation>
    </message>
    <message>
        <source>Reduced functional ability</source>
        <translation>Reduced functional ability</translation>
    </message>
    <message>
        <source>Gaps in the CV</source>
        <translation>Gaps in the CV</translation>
    </message>
    <message>
        <source>Immigrants</source>
        <translation>Immigrants</translation>
    </message>
    <message>
        <source>Young people outside work</source>
        <translation>Young people outside work</translation>
    </message>
    <message>
        <source>People on sick leave</source>
        <translation>People on sick leave</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Support scheme</source>
        <translation>Support scheme</translation>
    </message>
    <message>
        <source>Wage subsidy</source>
        <translation>Wage subsidy</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Actor or contact</source>
        <translation>Actor or contact</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Law or obligation</source>
        <translation>Law or obligation</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Trial</translation>
    </message>
    <message>
        <source>Historical – no longer offered</source>
        <translation>Historical – no longer offered</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>Own contact</source>
        <translation>Own contact</translation>
    </message>
    <message>
        <source>← &amp;Back to plans</source>
        <translation>← &amp;Back to plans</translation>
    </message>
    <message>
        <source>Back to plans</source>
        <translation>Back to plans</translation>
    </message>
    <message>
        <source>Catalogue: help, schemes and contacts</source>
        <translation>Catalogue: help, schemes and contacts</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;New contact…</translation>
    </message>
    <message>
        <source>Add one of your own contacts</source>
        <translation>Add one of your own contacts</translation>
    </message>
    <message>
        <source>I&amp;mport catalogue file…</source>
        <translation>I&amp;mport catalogue file…</translation>
    </message>
    <message>
        <source>Import a newer catalogue file</source>
        <translation>Import a newer catalogue file</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Search the catalogue</translation>
    </message>
    <message>
        <source>Search, e.g. lønnstilskudd, mentor, lærling…</source>
        <translation>Search, e.g. lønnstilskudd, mentor, lærling…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Toolbox area</source>
        <translation>Toolbox area</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>All target groups</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Catalogue and own contacts</source>
        <translation>Catalogue and own contacts</translation>
    </message>
    <message>
        <source>Only the built-in catalogue</source>
        <translation>Only the built-in catalogue</translation>
    </message>
    <message>
        <source>Only my own contacts</source>
        <translation>Only my own contacts</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>Target &amp;group:</source>
        <translation>Target &amp;group:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>Catalogue entries</source>
        <translation>Catalogue entries</translation>
    </message>
    <message>
        <source>Catalogue edition {date} (imported file, newer than the built-in one).</source>
        <translation>Catalogue edition {date} (imported file, newer than the built-in one).</translation>
    </message>
    <message>
        <source>Catalogue edition {date} (built in).</source>
        <translation>Catalogue edition {date} (built in).</translation>
    </message>
    <message>
        <source>Figures and rules change: the official web page of each entry is the authority.</source>
        <translation>Figures and rules change: the official web page of each entry is the authority.</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {count} matching entries: type more to narrow.</source>
        <translation>Showing the first {shown} of {count} matching entries: type more to narrow.</translation>
    </message>
    <message>
        <source>{count} of {total} entries</source>
        <translation>{count} of {total} entries</translation>
    </message>
    <message>
        <source>The search has no letters or digits to look for, so every entry is shown.</source>
        <translation>The search has no letters or digits to look for, so every entry is shown.</translation>
    </message>
    <message>
        <source>Contact “{name}” saved.</source>
        <translation>Contact “{name}” saved.</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <source>Delete the contact “{name}”? Measures that use it will no longer list it.</source>
        <translation>Delete the contact “{name}”? Measures that use it will no longer list it.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Contact “{name}” deleted.</source>
        <translation>Contact “{name}” deleted.</translation>
    </message>
    <message>
        <source>The contact could not be saved. Is the disk full or read-only?</source>
        <translation>The contact could not be saved. Is the disk full or read-only?</translation>
    </message>
    <message>
        <source>Import catalogue file</source>
        <translation>Import catalogue file</translation>
    </message>
    <message>
        <source>Catalogue files (*.toml);;All files (*)</source>
        <translation>Catalogue files (*.toml);;All files (*)</translation>
    </message>
    <message>
        <source>The catalogue file was not imported.</source>
        <translation>The catalogue file was not imported.</translation>
    </message>
    <message>
        <source>The catalogue file was not imported; nothing was changed.</source>
        <translation>The catalogue file was not imported; nothing was changed.</translation>
    </message>
    <message>
        <source>Catalogue edition {date} imported and now in use.</source>
        <translation>Catalogue edition {date} imported and now in use.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Verktøykassa {version} ({kind})</source>
        <translation>Verktøykassa {version} ({kind})</translation>
    </message>
    <message>
        <source>installed program</source>
        <translation>installed program</translation>
    </message>
    <message>
        <source>from source</source>
        <translation>from source</translation>
    </message>
    <message>
        <source>Shipped files: {folder}</source>
        <translation>Shipped files: {folder}</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Data folder: {folder}</translation>
    </message>
    <message>
        <source>database migrations</source>
        <translation>database migrations</translation>
    </message>
    <message>
        <source>fonts</source>
        <translation>fonts</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>translations</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <source>icon</source>
        <translation>icon</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed. Reinstalling the program usually helps.</source>
        <translation>
            <numerusform>%n check failed. Reinstalling the program usually helps.</numerusform>
            <numerusform>%n checks failed. Reinstalling the program usually helps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) upgrade a new database to {head}</source>
        <translation>
            <numerusform>%n migration upgrades a new database to {head}</numerusform>
            <numerusform>%n migrations upgrade a new database to {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything the program needs is in place.</source>
        <translation>Everything the program needs is in place.</translation>
    </message>
    <message>
        <source>example plan</source>
        <translation>example plan</translation>
    </message>
    <message>
        <source>missing: {path}</source>
        <translation>missing: {path}</translation>
    </message>
    <message>
        <source>no migrations in {path}</source>
        <translation>no migrations in {path}</translation>
    </message>
    <message>
        <source>upgrade stopped at {found}, expected {head}</source>
        <translation>upgrade stopped at {found}, expected {head}</translation>
    </message>
    <message>
        <source>{names} load in reportlab</source>
        <translation>{names} load in reportlab</translation>
    </message>
    <message>
        <source>this build ships no compiled translations ({path})</source>
        <translation>this build ships no compiled translations ({path})</translation>
    </message>
    <message>
        <source>cannot load {path}</source>
        <translation>cannot load {path}</translation>
    </message>
    <message>
        <source>{path} does not translate “{text}”</source>
        <translation>{path} does not translate “{text}”</translation>
    </message>
    <message>
        <source>{files} load; bokmål: “{source}” → “{translated}”</source>
        <translation>{files} load; bokmål: “{source}” → “{translated}”</translation>
    </message>
    <message>
        <source>the catalogue is not part of this build</source>
        <translation>the catalogue is not part of this build</translation>
    </message>
    <message>
        <source>the catalogue has no entries</source>
        <translation>the catalogue has no entries</translation>
    </message>
    <message>
        <source>the entry nav-arbeidstrening is missing</source>
        <translation>the entry nav-arbeidstrening is missing</translation>
    </message>
    <message>
        <source>{count} entries, edition {edition}</source>
        <translation>{count} entries, edition {edition}</translation>
    </message>
    <message>
        <source>“{name}” is a complete plan file (format {version})</source>
        <translation>“{name}” is a complete plan file (format {version})</translation>
    </message>
    <message>
        <source>{path} is not a PNG image</source>
        <translation>{path} is not a PNG image</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Start the program&apos;s window (verktoykasse without a command): it offers to restore a backup or to start afresh, and keeps the damaged file aside. The backups are in {folder}.</source>
        <translation>Start the program&apos;s window (verktoykasse without a command): it offers to restore a backup or to start afresh, and keeps the damaged file aside. The backups are in {folder}.</translation>
    </message>
    <message>
        <source>the database was written by a newer version of the program; please upgrade.</source>
        <translation>the database was written by a newer version of the program; please upgrade.</translation>
    </message>
    <message>
        <source>the database cannot be opened: {reason}</source>
        <translation>the database cannot be opened: {reason}</translation>
    </message>
    <message>
        <source>Password for the shared database: </source>
        <translation>Password for the shared database: </translation>
    </message>
    <message>
        <source>something went wrong ({error}). Details are in {log}.</source>
        <translation>something went wrong ({error}). Details are in {log}.</translation>
    </message>
    <message>
        <source>unknown area {area}; use attitudes, schemes, target_groups, training or support.</source>
        <translation>unknown area {area}; use attitudes, schemes, target_groups, training or support.</translation>
    </message>
    <message>
        <source>The search has no letters or digits to look for, so every entry is listed.</source>
        <translation>The search has no letters or digits to look for, so every entry is listed.</translation>
    </message>
    <message>
        <source>{count} of {total} entries. Catalogue edition {edition}; figures change – the official page is the authority.</source>
        <translation>{count} of {total} entries. Catalogue edition {edition}; figures change – the official page is the authority.</translation>
    </message>
    <message>
        <source>Own contact</source>
        <translation>Own contact</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} is a folder; give a file name.</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist.</source>
        <translation>the folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>several plans are called “{plan}” (ids {ids}). Give the id of the one you mean, e.g. &apos;verktoykasse export {first} …&apos;.</source>
        <translation>several plans are called “{plan}” (ids {ids}). Give the id of the one you mean, e.g. &apos;verktoykasse export {first} …&apos;.</translation>
    </message>
    <message>
        <source>there is no plan called “{plan}”. &apos;verktoykasse plans&apos; lists the plans.</source>
        <translation>there is no plan called “{plan}”. &apos;verktoykasse plans&apos; lists the plans.</translation>
    </message>
    <message>
        <source>Imported the plan “{name}” (id {id}).</source>
        <translation>Imported the plan “{name}” (id {id}).</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>Changed by {who}</source>
        <translation>Changed by {who}</translation>
    </message>
    <message>
        <source>Changed by {who} {when}</source>
        <translation>Changed by {who} {when}</translation>
    </message>
    <message>
        <source>Someone else changed this</source>
        <translation>Someone else changed this</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>Someone else removed this row while you were working on it, so your change could not be saved. Your text is below: copy it if you want to keep it somewhere else.</source>
        <translation>Someone else removed this row while you were working on it, so your change could not be saved. Your text is below: copy it if you want to keep it somewhere else.</translation>
    </message>
    <message>
        <source>{who} changed the same field ({when}) while you were working on it. Choose which version to keep; nothing is overwritten until you do.</source>
        <translation>{who} changed the same field ({when}) while you were working on it. Choose which version to keep; nothing is overwritten until you do.</translation>
    </message>
    <message>
        <source>&amp;Your version:</source>
        <translation>&amp;Your version:</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>{who}&apos;s &amp;version:</source>
        <translation>{who}&apos;s &amp;version:</translation>
    </message>
    <message>
        <source>{who}&apos;s version</source>
        <translation>{who}&apos;s version</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <source>Use &amp;theirs</source>
        <translation>Use &amp;theirs</translation>
    </message>
    <message>
        <source>Use {who}&apos;s version</source>
        <translation>Use {who}&apos;s version</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Web address:</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Web address</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <source>Toolbox areas</source>
        <translation>Toolbox areas</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Please give the contact a name.</source>
        <translation>Please give the contact a name.</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>daily backup</source>
        <translation>daily backup</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>made by you</translation>
    </message>
    <message>
        <source>before a program upgrade</source>
        <translation>before a program upgrade</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>before the data folder was moved</source>
        <translation>before the data folder was moved</translation>
    </message>
    <message>
        <source>Plan files (*.json)</source>
        <translation>Plan files (*.json)</translation>
    </message>
    <message>
        <source>Plan files (*.json);;All files (*)</source>
        <translation>Plan files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>E&amp;xport plan…</source>
        <translation>E&amp;xport plan…</translation>
    </message>
    <message>
        <source>&amp;Import plan…</source>
        <translation>&amp;Import plan…</translation>
    </message>
    <message>
        <source>Mo&amp;ve to a shared database…</source>
        <translation>Mo&amp;ve to a shared database…</translation>
    </message>
    <message>
        <source>Mo&amp;ve to this computer…</source>
        <translation>Mo&amp;ve to this computer…</translation>
    </message>
    <message>
        <source>Backup made: {file}</source>
        <translation>Backup made: {file}</translation>
    </message>
    <message numerus="yes">
        <source>Backup made: %n plan file(s) in {folder}</source>
        <translation>
            <numerusform>Backup made: %n plan file in {folder}</numerusform>
            <numerusform>Backup made: %n plan files in {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>A shared database is restored by whoever runs the server. To bring back one plan, use File → Import plan… with its file from {folder}.</source>
        <translation>A shared database is restored by whoever runs the server. To bring back one plan, use File → Import plan… with its file from {folder}.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Go back to the backup from {when}? Changes made since then are replaced; what you have now is kept as a backup of its own.</source>
        <translation>Go back to the backup from {when}? Changes made since then are replaced; what you have now is kept as a backup of its own.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restored the backup from {when}.</source>
        <translation>Restored the backup from {when}.</translation>
    </message>
    <message>
        <source>Choose a plan to export first.</source>
        <translation>Choose a plan to export first.</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Export plan</translation>
    </message>
    <message>
        <source>The plan was saved to {file}</source>
        <translation>The plan was saved to {file}</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Import plan</translation>
    </message>
    <message>
        <source>Imported the plan “{name}”.</source>
        <translation>Imported the plan “{name}”.</translation>
    </message>
</context>
<context>
    <name>DataFolderBox</name>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Your data is kept in</source>
        <translation>Your data is kept in</translation>
    </message>
    <message>
        <source>Your data is &amp;kept in:</source>
        <translation>Your data is &amp;kept in:</translation>
    </message>
    <message>
        <source>&amp;Use this folder at every start</source>
        <translation>&amp;Use this folder at every start</translation>
    </message>
    <message>
        <source>Use this data folder at every start</source>
        <translation>Use this data folder at every start</translation>
    </message>
    <message>
        <source>You chose this folder when {usual} could not be used. Without the tick, the next start looks in {usual} again; what you wrote here stays in this folder.</source>
        <translation>You chose this folder when {usual} could not be used. Without the tick, the next start looks in {usual} again; what you wrote here stays in this folder.</translation>
    </message>
    <message>
        <source>The choice of data folder could not be remembered ({reason}).</source>
        <translation>The choice of data folder could not be remembered ({reason}).</translation>
    </message>
    <message>
        <source>Every start uses this data folder now.</source>
        <translation>Every start uses this data folder now.</translation>
    </message>
    <message>
        <source>From the next start, the program looks in {usual} again.</source>
        <translation>From the next start, the program looks in {usual} again.</translation>
    </message>
</context>
<context>
    <name>DatabaseBox</name>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>&amp;This computer (a file in the data folder)</source>
        <translation>&amp;This computer (a file in the data folder)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>A &amp;shared database on a server (PostgreSQL)</source>
        <translation>A &amp;shared database on a server (PostgreSQL)</translation>
    </message>
    <message>
        <source>A shared database on a server</source>
        <translation>A shared database on a server</translation>
    </message>
    <message>
        <source>Address of the shared database</source>
        <translation>Address of the shared database</translation>
    </message>
    <message>
        <source>Password for the shared database</source>
        <translation>Password for the shared database</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Test &amp;connection</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring when it has one, never in the settings file; otherwise it is asked for at each start. Add ?sslmode=require to the address to insist on an encrypted connection.</source>
        <translation>The password is kept in this computer&apos;s keyring when it has one, never in the settings file; otherwise it is asked for at each start. Add ?sslmode=require to the address to insist on an encrypted connection.</translation>
    </message>
    <message>
        <source>Write the shared database&apos;s address, for example postgresql://kari@server.example.no/verktoykasse, or choose “This computer”.</source>
        <translation>Write the shared database&apos;s address, for example postgresql://kari@server.example.no/verktoykasse, or choose “This computer”.</translation>
    </message>
    <message>
        <source>Connecting …</source>
        <translation>Connecting …</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>The connection works.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Type day, month and year, for example 31.12.2027, 31.12.27, 311227 or 31 December 2027.</source>
        <translation>Type day, month and year, for example 31.12.2027, 31.12.27, 311227 or 31 December 2027.</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendar…</translation>
    </message>
    <message>
        <source>Choose {field} in a calendar</source>
        <translation>Choose {field} in a calendar</translation>
    </message>
    <message>
        <source>Choose the date in a calendar (Alt+Down in the field)</source>
        <translation>Choose the date in a calendar (Alt+Down in the field)</translation>
    </message>
    <message>
        <source>A date is needed here; the last date is kept until you type one.</source>
        <translation>A date is needed here; the last date is kept until you type one.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Write the date as day, month and year, for example 31.12.2027.</source>
        <translation>Write the date as day, month and year, for example 31.12.2027.</translation>
    </message>
    <message>
        <source>Please add the year, for example 31.12.2027.</source>
        <translation>Please add the year, for example 31.12.2027.</translation>
    </message>
    <message>
        <source>Please add the day, for example 31.12.2027.</source>
        <translation>Please add the day, for example 31.12.2027.</translation>
    </message>
    <message>
        <source>Is this {day} {month} or {month} {year}? Please write day, month and year, for example {example}.</source>
        <translation>Is this {day} {month} or {month} {year}? Please write day, month and year, for example {example}.</translation>
    </message>
    <message>
        <source>{date} is a {weekday}, not a {typed}. Please check the date.</source>
        <translation>{date} is a {weekday}, not a {typed}. Please check the date.</translation>
    </message>
    <message>
        <source>Is {number} the year {year} or a time? For the year write {date}; a time is left out of this field.</source>
        <translation>Is {number} the year {year} or a time? For the year write {date}; a time is left out of this field.</translation>
    </message>
    <message>
        <source>This field takes a date only: please leave the time out and write just {date}.</source>
        <translation>This field takes a date only: please leave the time out and write just {date}.</translation>
    </message>
    <message>
        <source>There is no month {month}. Write the day first, for example {date}.</source>
        <translation>There is no month {month}. Write the day first, for example {date}.</translation>
    </message>
    <message>
        <source>Write the year with two or four digits, for example 2027 or 27.</source>
        <translation>Write the year with two or four digits, for example 2027 or 27.</translation>
    </message>
    <message>
        <source>The year must be between {first} and {last}.</source>
        <translation>The year must be between {first} and {last}.</translation>
    </message>
    <message>
        <source>There is no month {month}: the month is 1 to 12.</source>
        <translation>There is no month {month}: the month is 1 to 12.</translation>
    </message>
    <message>
        <source>{month} {year} has days 1 to {last}, not {day}.</source>
        <translation>{month} {year} has days 1 to {last}, not {day}.</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>What you typed in “{plan}” could not be saved: {what}. The message beside the field says why. If you open another plan now, it is lost. Open it anyway?</source>
        <translation>What you typed in “{plan}” could not be saved: {what}. The message beside the field says why. If you open another plan now, it is lost. Open it anyway?</translation>
    </message>
    <message>
        <source>Open without it</source>
        <translation>Open without it</translation>
    </message>
    <message>
        <source>What you typed could not be saved: {what}. The message beside the field says why. If you close now, it is lost. Close anyway?</source>
        <translation>What you typed could not be saved: {what}. The message beside the field says why. If you close now, it is lost. Close anyway?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>a text of {count} characters</source>
        <translation>a text of {count} characters</translation>
    </message>
    <message>
        <source>{values} and {count} more</source>
        <translation>{values} and {count} more</translation>
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
    <name>DutySection</name>
    <message>
        <source>Emp&amp;loyer:</source>
        <translation>Emp&amp;loyer:</translation>
    </message>
    <message>
        <source>A party has as&amp;ked for the four steps</source>
        <translation>A party has as&amp;ked for the four steps</translation>
    </message>
    <message>
        <source>A union representative or a majority of the employees</source>
        <translation>A union representative or a majority of the employees</translation>
    </message>
    <message>
        <source>Document our equality work anyway</source>
        <translation>Document our equality work anyway</translation>
    </message>
    <message>
        <source>Open the equality &amp;work (ARP)…</source>
        <translation>Open the equality &amp;work (ARP)…</translation>
    </message>
    <message>
        <source>Open the equality work (ARP)</source>
        <translation>Open the equality work (ARP)</translation>
    </message>
    <message>
        <source>Equality duty (ARP)</source>
        <translation>Equality duty (ARP)</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>“{field}” is too long: at most {limit} characters fit in one field, and it has {count}. Nothing was saved; shorten it and try again.</source>
        <translation>“{field}” is too long: at most {limit} characters fit in one field, and it has {count}. Nothing was saved; shorten it and try again.</translation>
    </message>
    <message>
        <source>The text is too long: at most {limit} characters fit in one field, and it has {count}. Nothing was saved; shorten it and try again.</source>
        <translation>The text is too long: at most {limit} characters fit in one field, and it has {count}. Nothing was saved; shorten it and try again.</translation>
    </message>
</context>
<context>
    <name>EntryDetail</name>
    <message>
        <source>Details of the chosen entry</source>
        <translation>Details of the chosen entry</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>What it is</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Who can use it</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>How to apply</translation>
    </message>
    <message>
        <source>&amp;Open web page</source>
        <translation>&amp;Open web page</translation>
    </message>
    <message>
        <source>Open the official web page in your browser</source>
        <translation>Open the official web page in your browser</translation>
    </message>
    <message>
        <source>Copy &amp;phone</source>
        <translation>Copy &amp;phone</translation>
    </message>
    <message>
        <source>Copy the phone number</source>
        <translation>Copy the phone number</translation>
    </message>
    <message>
        <source>Copy &amp;e-mail</source>
        <translation>Copy &amp;e-mail</translation>
    </message>
    <message>
        <source>Copy the e-mail address</source>
        <translation>Copy the e-mail address</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>&amp;Edit contact…</translation>
    </message>
    <message>
        <source>Edit this contact</source>
        <translation>Edit this contact</translation>
    </message>
    <message>
        <source>&amp;Delete contact…</source>
        <translation>&amp;Delete contact…</translation>
    </message>
    <message>
        <source>Delete this contact</source>
        <translation>Delete this contact</translation>
    </message>
    <message>
        <source>Areas: {areas}</source>
        <translation>Areas: {areas}</translation>
    </message>
    <message>
        <source>For: {groups}</source>
        <translation>For: {groups}</translation>
    </message>
    <message>
        <source>{figure} (valid for: {period})</source>
        <translation>{figure} (valid for: {period})</translation>
    </message>
    <message>
        <source>Role and note</source>
        <translation>Role and note</translation>
    </message>
    <message>
        <source>Web page: {url}</source>
        <translation>Web page: {url}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Phone: {phone}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>E-mail: {email}</translation>
    </message>
    <message>
        <source>Last checked {date} against: {source}. Figures change: the official web page is the authority.</source>
        <translation>Last checked {date} against: {source}. Figures change: the official web page is the authority.</translation>
    </message>
    <message>
        <source>Last checked {date}. Figures change: the official web page is the authority.</source>
        <translation>Last checked {date}. Figures change: the official web page is the authority.</translation>
    </message>
    <message>
        <source>Your own contact.</source>
        <translation>Your own contact.</translation>
    </message>
    <message>
        <source>Copied: {text}</source>
        <translation>Copied: {text}</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>No KPIs yet: add them to the goals in step 3.</source>
        <translation>No KPIs yet: add them to the goals in step 3.</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Measures: status and what they gave</source>
        <translation>Measures: status and what they gave</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>No measures yet: add them in step 4.</source>
        <translation>No measures yet: add them in step 4.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>What we learnt</source>
        <translation>What we learnt</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>No lessons yet. What did you learn?</source>
        <translation>No lessons yet. What did you learn?</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>From insight to practice</source>
        <translation>From insight to practice</translation>
    </message>
    <message>
        <source>&amp;Measured on:</source>
        <translation>&amp;Measured on:</translation>
    </message>
    <message>
        <source>For example internal training and personnel work.</source>
        <translation>For example internal training and personnel work.</translation>
    </message>
    <message>
        <source>Experiences to &amp;share with others:</source>
        <translation>Experiences to &amp;share with others:</translation>
    </message>
    <message>
        <source>What we &amp;celebrate:</source>
        <translation>What we &amp;celebrate:</translation>
    </message>
    <message>
        <source>{count} {status}</source>
        <translation>{count} {status}</translation>
    </message>
    <message>
        <source>No measures yet.</source>
        <translation>No measures yet.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Key figures (KPIs) over time</source>
        <translation>Key figures (KPIs) over time</translation>
    </message>
    <message>
        <source>Next cycle</source>
        <translation>Next cycle</translation>
    </message>
    <message>
        <source>How insight &amp;becomes daily practice:</source>
        <translation>How insight &amp;becomes daily practice:</translation>
    </message>
    <message>
        <source>Goal: {goal}. {direction}. Deadline {deadline}.</source>
        <translation>Goal: {goal}. {direction}. Deadline {deadline}.</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>No measurements yet. Add one each time the KPI is measured.</source>
        <translation>No measurements yet. Add one each time the KPI is measured.</translation>
    </message>
    <message>
        <source>V&amp;alue:</source>
        <translation>V&amp;alue:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>What was &amp;done:</source>
        <translation>What was &amp;done:</translation>
    </message>
    <message>
        <source>What it &amp;gave:</source>
        <translation>What it &amp;gave:</translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation>&amp;Lesson:</translation>
    </message>
    <message>
        <source>Take into the &amp;next cycle</source>
        <translation>Take into the &amp;next cycle</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Shortened to {limit} characters: a one-line field holds no more, and the rest of what you pasted was left out.</source>
        <translation>Shortened to {limit} characters: a one-line field holds no more, and the rest of what you pasted was left out.</translation>
    </message>
    <message>
        <source>This text is longer than a plan file holds (at most {limit} characters, and it has {count}): please shorten it, or a plan file with it will not import again.</source>
        <translation>This text is longer than a plan file holds (at most {limit} characters, and it has {count}): please shorten it, or a plan file with it will not import again.</translation>
    </message>
</context>
<context>
    <name>FiguresEditor</name>
    <message>
        <source>The year as it will be published</source>
        <translation>The year as it will be published</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>No year yet: add the year just ended and type its figures.</source>
        <translation>No year yet: add the year just ended and type its figures.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Job levels</source>
        <translation>Job levels</translation>
    </message>
    <message>
        <source>As it will be published (small numbers hidden)</source>
        <translation>As it will be published (small numbers hidden)</translation>
    </message>
    <message>
        <source>(year not typed)</source>
        <translation>(year not typed)</translation>
    </message>
    <message>
        <source>check the figures</source>
        <translation>check the figures</translation>
    </message>
    <message>
        <source>figures typed</source>
        <translation>figures typed</translation>
    </message>
    <message>
        <source>Women&apos;s pay</source>
        <translation>Women&apos;s pay</translation>
    </message>
    <message>
        <source>Men&apos;s pay</source>
        <translation>Men&apos;s pay</translation>
    </message>
    <message>
        <source>Women&apos;s % of men&apos;s</source>
        <translation>Women&apos;s % of men&apos;s</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Every year</translation>
    </message>
    <message>
        <source>At least every second year</source>
        <translation>At least every second year</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <source>Pay by job level (at least every second year)</source>
        <translation>Pay by job level (at least every second year)</translation>
    </message>
    <message>
        <source>(level without a name)</source>
        <translation>(level without a name)</translation>
    </message>
    <message>
        <source>No job levels yet: add one per level (for example operators, office, managers).</source>
        <translation>No job levels yet: add one per level (for example operators, office, managers).</translation>
    </message>
    <message>
        <source>&amp;Job level:</source>
        <translation>&amp;Job level:</translation>
    </message>
    <message>
        <source>&amp;Women:</source>
        <translation>&amp;Women:</translation>
    </message>
    <message>
        <source>M&amp;en:</source>
        <translation>M&amp;en:</translation>
    </message>
    <message>
        <source>Women&apos;s a&amp;verage monthly pay (kr):</source>
        <translation>Women&apos;s a&amp;verage monthly pay (kr):</translation>
    </message>
    <message>
        <source>Men&apos;s avera&amp;ge monthly pay (kr):</source>
        <translation>Men&apos;s avera&amp;ge monthly pay (kr):</translation>
    </message>
    <message>
        <source>A number of persons cannot be negative.</source>
        <translation>A number of persons cannot be negative.</translation>
    </message>
    <message>
        <source>Weeks of leave cannot be negative.</source>
        <translation>Weeks of leave cannot be negative.</translation>
    </message>
    <message>
        <source>A year between {first} and {last}, please.</source>
        <translation>A year between {first} and {last}, please.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Last typed: gender balance {yearly}, pay by job level {pay}, involuntary part-time {part}.</source>
        <translation>Last typed: gender balance {yearly}, pay by job level {pay}, involuntary part-time {part}.</translation>
    </message>
    <message>
        <source>The figures for {year} are due.</source>
        <translation>The figures for {year} are due.</translation>
    </message>
    <message>
        <source>The two-yearly survey (pay by job level and involuntary part-time) is due.</source>
        <translation>The two-yearly survey (pay by job level and involuntary part-time) is due.</translation>
    </message>
    <message>
        <source>The next two-yearly survey is for {year}.</source>
        <translation>The next two-yearly survey is for {year}.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the file is open in another program</source>
        <translation>the file is open in another program</translation>
    </message>
    <message>
        <source>the disk is write-protected (read-only)</source>
        <translation>the disk is write-protected (read-only)</translation>
    </message>
    <message>
        <source>you may not write there</source>
        <translation>you may not write there</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>its folder does not exist</translation>
    </message>
    <message>
        <source>the name is too long for the disk</source>
        <translation>the name is too long for the disk</translation>
    </message>
    <message>
        <source>the name is not allowed there</source>
        <translation>the name is not allowed there</translation>
    </message>
    <message>
        <source>the disk or network drive is not ready</source>
        <translation>the disk or network drive is not ready</translation>
    </message>
    <message>
        <source>the system refused it</source>
        <translation>the system refused it</translation>
    </message>
    <message>
        <source>Free some space and try again.</source>
        <translation>Free some space and try again.</translation>
    </message>
    <message>
        <source>Close it there and try again.</source>
        <translation>Close it there and try again.</translation>
    </message>
    <message>
        <source>Choose another place, or remove the write protection of the USB stick or card.</source>
        <translation>Choose another place, or remove the write protection of the USB stick or card.</translation>
    </message>
    <message>
        <source>If the file is open in another program (a PDF viewer), close it there; or choose another folder.</source>
        <translation>If the file is open in another program (a PDF viewer), close it there; or choose another folder.</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Choose another folder.</translation>
    </message>
    <message>
        <source>Choose a shorter name.</source>
        <translation>Choose a shorter name.</translation>
    </message>
    <message>
        <source>Choose a name of letters, digits and spaces.</source>
        <translation>Choose a name of letters, digits and spaces.</translation>
    </message>
    <message>
        <source>Check that it is connected, and try again.</source>
        <translation>Check that it is connected, and try again.</translation>
    </message>
    <message>
        <source>Try another folder; the details are in the log file.</source>
        <translation>Try another folder; the details are in the log file.</translation>
    </message>
    <message>
        <source>{reason}. {advice}</source>
        <translation>{reason}. {advice}</translation>
    </message>
    <message>
        <source>the file is not there (any more)</source>
        <translation>the file is not there (any more)</translation>
    </message>
    <message>
        <source>Choose it again.</source>
        <translation>Choose it again.</translation>
    </message>
    <message>
        <source>you may not read it</source>
        <translation>you may not read it</translation>
    </message>
    <message>
        <source>Copy it to your Documents folder and try again.</source>
        <translation>Copy it to your Documents folder and try again.</translation>
    </message>
    <message>
        <source>Try another copy of the file; the details are in the log file.</source>
        <translation>Try another copy of the file; the details are in the log file.</translation>
    </message>
    <message>
        <source>{file} could not be written: the program could not read one of its own files ({name}). Your plans are safe; install Verktøykassa again.</source>
        <translation>{file} could not be written: the program could not read one of its own files ({name}). Your plans are safe; install Verktøykassa again.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (it is a folder, a device or a link to nothing), so it was not replaced. Choose another file name.</source>
        <translation>{file} is not a regular file (it is a folder, a device or a link to nothing), so it was not replaced. Choose another file name.</translation>
    </message>
    <message>
        <source>{file} is read-only, so it was not replaced. Choose another file name.</source>
        <translation>{file} is read-only, so it was not replaced. Choose another file name.</translation>
    </message>
    <message>
        <source>{file} is a folder. Choose a file name.</source>
        <translation>{file} is a folder. Choose a file name.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} could not be written: {reason}</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Milestone “{title}” of “{measure}”, overdue since {date}</source>
        <translation>Milestone “{title}” of “{measure}”, overdue since {date}</translation>
    </message>
    <message>
        <source>Milestone “{title}” of “{measure}”, due {date}</source>
        <translation>Milestone “{title}” of “{measure}”, due {date}</translation>
    </message>
    <message>
        <source>Time to measure “{kpi}” (goal “{goal}”), due since {date}</source>
        <translation>Time to measure “{kpi}” (goal “{goal}”), due since {date}</translation>
    </message>
    <message>
        <source>“{title}” is late: its deadline was {date}</source>
        <translation>“{title}” is late: its deadline was {date}</translation>
    </message>
    <message>
        <source>Was “{title}” held? It was due {date}</source>
        <translation>Was “{title}” held? It was due {date}</translation>
    </message>
    <message>
        <source>“{title}” is to be held on {date}</source>
        <translation>“{title}” is to be held on {date}</translation>
    </message>
    <message>
        <source>Equality figures for {year} (ARP): gender balance, temporary and part-time staff, parental leave — due since {date}</source>
        <translation>Equality figures for {year} (ARP): gender balance, temporary and part-time staff, parental leave — due since {date}</translation>
    </message>
    <message>
        <source>Equality figures for {year} (ARP): gender balance, temporary and part-time staff, parental leave — due {date}</source>
        <translation>Equality figures for {year} (ARP): gender balance, temporary and part-time staff, parental leave — due {date}</translation>
    </message>
    <message>
        <source>The two-yearly equality survey for {year} is due: pay by job level and involuntary part-time (last done for {last})</source>
        <translation>The two-yearly equality survey for {year} is due: pay by job level and involuntary part-time (last done for {last})</translation>
    </message>
    <message>
        <source>The two-yearly equality survey for {year} is due: pay by job level and involuntary part-time (never done in this plan)</source>
        <translation>The two-yearly equality survey for {year} is due: pay by job level and involuntary part-time (never done in this plan)</translation>
    </message>
    <message>
        <source>Report to the board on {date}</source>
        <translation>Report to the board on {date}</translation>
    </message>
    <message>
        <source>The period ended on {date}: evaluate it and start the next cycle.</source>
        <translation>The period ended on {date}: evaluate it and start the next cycle.</translation>
    </message>
    <message>
        <source>Nothing due in the next {days} days.</source>
        <translation>Nothing due in the next {days} days.</translation>
    </message>
    <message>
        <source>Next board report: {date}.</source>
        <translation>Next board report: {date}.</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>Rea&amp;dy for the board?…</source>
        <translation>Rea&amp;dy for the board?…</translation>
    </message>
    <message>
        <source>See what the board will miss in the action plan</source>
        <translation>See what the board will miss in the action plan</translation>
    </message>
    <message>
        <source>Export ca&amp;lendar (.ics)…</source>
        <translation>Export ca&amp;lendar (.ics)…</translation>
    </message>
    <message>
        <source>Save milestones, deadlines, measurements and board reports for Outlook, Google or Apple</source>
        <translation>Save milestones, deadlines, measurements and board reports for Outlook, Google or Apple</translation>
    </message>
    <message>
        <source>Export the plan&apos;s dates as a calendar</source>
        <translation>Export the plan&apos;s dates as a calendar</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>Calendar saved to {path}. Import it in Outlook, Google Calendar or Apple Calendar.</source>
        <translation>Calendar saved to {path}. Import it in Outlook, Google Calendar or Apple Calendar.</translation>
    </message>
</context>
<context>
    <name>GapChart</name>
    <message>
        <source>Gaps: today and desired</source>
        <translation>Gaps: today and desired</translation>
    </message>
    <message>
        <source>{title}: today {current}, desired {desired}, gap {size}</source>
        <translation>{title}: today {current}, desired {desired}, gap {size}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Click on a row to set a score.</source>
        <translation>Click on a row to set a score.</translation>
    </message>
    <message>
        <source>1 = hardly in place, 3 = partly, 5 = works well every day</source>
        <translation>1 = hardly in place, 3 = partly, 5 = works well every day</translation>
    </message>
    <message>
        <source>Score 1–5</source>
        <translation>Score 1–5</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Desired</translation>
    </message>
    <message>
        <source>No gap areas yet.</source>
        <translation>No gap areas yet.</translation>
    </message>
</context>
<context>
    <name>GapSlide</name>
    <message>
        <source>Gap area {number} of {count}</source>
        <translation>Gap area {number} of {count}</translation>
    </message>
    <message>
        <source>Dots on score</source>
        <translation>Dots on score</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Desired</translation>
    </message>
    <message>
        <source>{side}: dots on score {score}</source>
        <translation>{side}: dots on score {score}</translation>
    </message>
    <message>
        <source>Type how many dots each score got. The plan gets the score of the middle dot; with two middle dots on different scores, the lower one.</source>
        <translation>Type how many dots each score got. The plan gets the score of the middle dot; with two middle dots on different scores, the lower one.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>desired</source>
        <translation>desired</translation>
    </message>
    <message>
        <source>{side} {score} ({dots} dots)</source>
        <translation>{side} {score} ({dots} dots)</translation>
    </message>
    <message>
        <source>The room&apos;s score: {scores}</source>
        <translation>The room&apos;s score: {scores}</translation>
    </message>
    <message>
        <source>The plan so far: today {today}, desired {desired}</source>
        <translation>The plan so far: today {today}, desired {desired}</translation>
    </message>
</context>
<context>
    <name>GapsPage</name>
    <message>
        <source>Gap areas</source>
        <translation>Gap areas</translation>
    </message>
    <message>
        <source>Insert the five typical &amp;gap areas</source>
        <translation>Insert the five typical &amp;gap areas</translation>
    </message>
    <message>
        <source>Areas: today and where we want to be</source>
        <translation>Areas: today and where we want to be</translation>
    </message>
    <message>
        <source>Insert the five typical gap areas</source>
        <translation>Insert the five typical gap areas</translation>
    </message>
    <message>
        <source>Adds the areas of the method that are not in the list yet: diversity, recruitment, managers&apos; competence, cooperation with external actors, follow-up routines.</source>
        <translation>Adds the areas of the method that are not in the list yet: diversity, recruitment, managers&apos; competence, cooperation with external actors, follow-up routines.</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>New area</translation>
    </message>
    <message>
        <source>No areas yet. Insert the five typical areas, or add your own.</source>
        <translation>No areas yet. Insert the five typical areas, or add your own.</translation>
    </message>
    <message>
        <source>What already works well</source>
        <translation>What already works well</translation>
    </message>
    <message>
        <source>Positive results are to be highlighted, reinforced and celebrated.</source>
        <translation>Positive results are to be highlighted, reinforced and celebrated.</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Nothing yet. What works well today?</source>
        <translation>Nothing yet. What works well today?</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Desired</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>What works well</source>
        <translation>What works well</translation>
    </message>
    <message>
        <source>How we celebrate it</source>
        <translation>How we celebrate it</translation>
    </message>
    <message>
        <source>From the method:</source>
        <translation>From the method:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>Today (current &amp;situation):</source>
        <translation>Today (current &amp;situation):</translation>
    </message>
    <message>
        <source>&amp;Desired situation:</source>
        <translation>&amp;Desired situation:</translation>
    </message>
    <message>
        <source>Score t&amp;oday (1–5):</source>
        <translation>Score t&amp;oday (1–5):</translation>
    </message>
    <message>
        <source>Desired sco&amp;re (1–5):</source>
        <translation>Desired sco&amp;re (1–5):</translation>
    </message>
    <message>
        <source>Distance to go (the gap):</source>
        <translation>Distance to go (the gap):</translation>
    </message>
    <message>
        <source>Relevant to SDG {label}</source>
        <translation>Relevant to SDG {label}</translation>
    </message>
    <message>
        <source>E&amp;xpected effect of closing it (1–5):</source>
        <translation>E&amp;xpected effect of closing it (1–5):</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>Priorit&amp;y:</translation>
    </message>
    <message>
        <source>What works we&amp;ll here:</source>
        <translation>What works we&amp;ll here:</translation>
    </message>
    <message>
        <source>Not prioritised</source>
        <translation>Not prioritised</translation>
    </message>
    <message>
        <source>What wor&amp;ks well:</source>
        <translation>What wor&amp;ks well:</translation>
    </message>
    <message>
        <source>How we &amp;celebrate it:</source>
        <translation>How we &amp;celebrate it:</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>Open the e&amp;xample plan</source>
        <translation>Open the e&amp;xample plan</translation>
    </message>
    <message>
        <source>What the program does</source>
        <translation>What the program does</translation>
    </message>
    <message>
        <source>Verktøykassa helps a small business include more people in work. You make a plan in five steps, the program turns it into an action plan for the board, and the catalogue tells you what help you can get and whom to call.</source>
        <translation>Verktøykassa helps a small business include more people in work. You make a plan in five steps, the program turns it into an action plan for the board, and the catalogue tells you what help you can get and whom to call.</translation>
    </message>
    <message>
        <source>The five steps</source>
        <translation>The five steps</translation>
    </message>
    <message>
        <source>Look at the example plan first</source>
        <translation>Look at the example plan first</translation>
    </message>
    <message>
        <source>The example plan is a small bakery&apos;s finished plan. Open it from the list of plans (“Open example plan”) and look around: you cannot break anything, and your own plans are kept apart.</source>
        <translation>The example plan is a small bakery&apos;s finished plan. Open it from the list of plans (“Open example plan”) and look around: you cannot break anything, and your own plans are kept apart.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Saving</translation>
    </message>
    <message>
        <source>There is no Save button: everything you type is saved at once (a longer text or a number when you pause). If the disk is full, a red bar says so and your text stays in the field until it can be saved.</source>
        <translation>There is no Save button: everything you type is saved at once (a longer text or a number when you pause). If the disk is full, a red bar says so and your text stays in the field until it can be saved.</translation>
    </message>
    <message>
        <source>Words you may not know</source>
        <translation>Words you may not know</translation>
    </message>
    <message>
        <source>Press ⓘ beside a word, or open Help → Glossary. “Measures” are what your business does; “schemes” are the help you can get from Nav and others.</source>
        <translation>Press ⓘ beside a word, or open Help → Glossary. “Measures” are what your business does; “schemes” are the help you can get from Nav and others.</translation>
    </message>
    <message>
        <source>Where your data is</source>
        <translation>Where your data is</translation>
    </message>
    <message>
        <source>Everything stays on this computer, in this folder:</source>
        <translation>Everything stays on this computer, in this folder:</translation>
    </message>
    <message>
        <source>Back it up with File → Back up now, or save a plan in a file with File → Export plan.</source>
        <translation>Back it up with File → Back up now, or save a plan in a file with File → Export plan.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Needs exploration</source>
        <translation>Needs exploration</translation>
    </message>
    <message>
        <source>The first step of the method: finding out what the business needs (people, skills, hands) and what the people you could hire need to do well at work.</source>
        <translation>The first step of the method: finding out what the business needs (people, skills, hands) and what the people you could hire need to do well at work.</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Problem statement</translation>
    </message>
    <message>
        <source>One or two sentences that say what the plan is meant to solve, for example: “We lack bakers, and we have never hired anyone who needed adjustments.”</source>
        <translation>One or two sentences that say what the plan is meant to solve, for example: “We lack bakers, and we have never hired anyone who needed adjustments.”</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>The distance between how things are today and how you want them to be, in one area. You score both from 1 (weak) to 5 (strong); the difference is the gap.</source>
        <translation>The distance between how things are today and how you want them to be, in one area. You score both from 1 (weak) to 5 (strong); the difference is the gap.</translation>
    </message>
    <message>
        <source>Gap analysis</source>
        <translation>Gap analysis</translation>
    </message>
    <message>
        <source>The second step: describe a few areas as they are today and as you want them, score both, and see where the gaps are largest. Start your work there.</source>
        <translation>The second step: describe a few areas as they are today and as you want them, score both, and see where the gaps are largest. Start your work there.</translation>
    </message>
    <message>
        <source>Score (1–5)</source>
        <translation>Score (1–5)</translation>
    </message>
    <message>
        <source>1 means hardly anything is in place, 3 that some of it works, 5 that it works well and is part of how you work every day.</source>
        <translation>1 means hardly anything is in place, 3 that some of it works, 5 that it works well and is part of how you work every day.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>What you want to have achieved, in one sentence, so that everyone can tell later whether you got there.</source>
        <translation>What you want to have achieved, in one sentence, so that everyone can tell later whether you got there.</translation>
    </message>
    <message>
        <source>KPI (key figure)</source>
        <translation>KPI (key figure)</translation>
    </message>
    <message>
        <source>A number you count to see whether a goal comes closer, for example “people hired from the target group” or “managers who have taken the course”. KPI is short for key performance indicator.</source>
        <translation>A number you count to see whether a goal comes closer, for example “people hired from the target group” or “managers who have taken the course”. KPI is short for key performance indicator.</translation>
    </message>
    <message>
        <source>Baseline (value today)</source>
        <translation>Baseline (value today)</translation>
    </message>
    <message>
        <source>What the key figure is when you start, so you can see the change later. Often 0.</source>
        <translation>What the key figure is when you start, so you can see the change later. Often 0.</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>The number you want the key figure to reach by the end of the plan&apos;s period.</source>
        <translation>The number you want the key figure to reach by the end of the plan&apos;s period.</translation>
    </message>
    <message>
        <source>Measure (what we do)</source>
        <translation>Measure (what we do)</translation>
    </message>
    <message>
        <source>Something your business does to reach a goal, with an owner and a deadline, for example “a mentor for every new employee”. Not the same as Nav&apos;s schemes: a measure can use a scheme, such as a wage subsidy.</source>
        <translation>Something your business does to reach a goal, with an owner and a deadline, for example “a mentor for every new employee”. Not the same as Nav&apos;s schemes: a measure can use a scheme, such as a wage subsidy.</translation>
    </message>
    <message>
        <source>Scheme (help from Nav and others)</source>
        <translation>Scheme (help from Nav and others)</translation>
    </message>
    <message>
        <source>Help the business can get from outside: Nav&apos;s wage subsidies, work trials, grants, courses and advisers. Nav calls these “tiltak”; in this program they are “schemes”, so that they are not confused with the measures your business does itself. The catalogue (Ctrl+K) lists them.</source>
        <translation>Help the business can get from outside: Nav&apos;s wage subsidies, work trials, grants, courses and advisers. Nav calls these “tiltak”; in this program they are “schemes”, so that they are not confused with the measures your business does itself. The catalogue (Ctrl+K) lists them.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>The measures with who does what and by when, in one document for the board and the staff. File → Export PDF makes it.</source>
        <translation>The measures with who does what and by when, in one document for the board and the staff. File → Export PDF makes it.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>A point on the way to a measure&apos;s deadline that you can tick off, such as “mentor chosen”.</source>
        <translation>A point on the way to a measure&apos;s deadline that you can tick off, such as “mentor chosen”.</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Looking back: what the measures gave, what the key figures show now, and what you learned and take with you into next year&apos;s plan.</source>
        <translation>Looking back: what the measures gave, what the key figures show now, and what you learned and take with you into next year&apos;s plan.</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>The people the plan is meant to open doors for: people with disabilities, gaps in their CV, immigrants, and young people outside work and school.</source>
        <translation>The people the plan is meant to open doors for: people with disabilities, gaps in their CV, immigrants, and young people outside work and school.</translation>
    </message>
    <message>
        <source>SDG (sustainable development goal)</source>
        <translation>SDG (sustainable development goal)</translation>
    </message>
    <message>
        <source>The UN&apos;s 17 goals for the world. Inclusion in work serves mainly goal 8 (decent work) and goal 10 (reduced inequalities); ticking them helps if the business reports on sustainability.</source>
        <translation>The UN&apos;s 17 goals for the world. Inclusion in work serves mainly goal 8 (decent work) and goal 10 (reduced inequalities); ticking them helps if the business reports on sustainability.</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>Find a word</source>
        <translation>Find a word</translation>
    </message>
    <message>
        <source>Find a word in the glossary</source>
        <translation>Find a word in the glossary</translation>
    </message>
    <message>
        <source>Words and what they mean</source>
        <translation>Words and what they mean</translation>
    </message>
    <message>
        <source>&amp;Find a word:</source>
        <translation>&amp;Find a word:</translation>
    </message>
    <message>
        <source>No word in the glossary matches “{text}”.</source>
        <translation>No word in the glossary matches “{text}”.</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Insert an &amp;example goal</source>
        <translation>Insert an &amp;example goal</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>No goals yet. Add a goal for each prioritised gap.</source>
        <translation>No goals yet. Add a goal for each prioritised gap.</translation>
    </message>
    <message>
        <source>no gap chosen</source>
        <translation>no gap chosen</translation>
    </message>
    <message numerus="yes">
        <source>{title} · for: {gap} · %n KPI(s)</source>
        <translation>
            <numerusform>{title} · for: {gap} · %n KPI</numerusform>
            <numerusform>{title} · for: {gap} · %n KPIs</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>For the area</source>
        <translation>For the area</translation>
    </message>
    <message>
        <source>no area chosen</source>
        <translation>no area chosen</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>(no gap chosen)</source>
        <translation>(no gap chosen)</translation>
    </message>
    <message>
        <source>{title} (priority: {priority})</source>
        <translation>{title} (priority: {priority})</translation>
    </message>
    <message>
        <source>For the &amp;gap:</source>
        <translation>For the &amp;gap:</translation>
    </message>
    <message>
        <source>&amp;Clear — what changes or improves:</source>
        <translation>&amp;Clear — what changes or improves:</translation>
    </message>
    <message>
        <source>&amp;Relevant — to our needs and capacity:</source>
        <translation>&amp;Relevant — to our needs and capacity:</translation>
    </message>
    <message>
        <source>&amp;Measurable — how progress is followed:</source>
        <translation>&amp;Measurable — how progress is followed:</translation>
    </message>
    <message>
        <source>Key figures (KPIs) of this goal</source>
        <translation>Key figures (KPIs) of this goal</translation>
    </message>
    <message>
        <source>No key figures yet: add a simple number that shows whether the gap shrinks.</source>
        <translation>No key figures yet: add a simple number that shows whether the gap shrinks.</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Key figure (KPI) &amp;name:</source>
        <translation>Key figure (KPI) &amp;name:</translation>
    </message>
    <message>
        <source>Value today (&amp;baseline):</source>
        <translation>Value today (&amp;baseline):</translation>
    </message>
    <message>
        <source>T&amp;arget value:</source>
        <translation>T&amp;arget value:</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>New KPI</translation>
    </message>
    <message>
        <source>Goa&amp;l:</source>
        <translation>Goa&amp;l:</translation>
    </message>
    <message>
        <source>{name}: {baseline} → {target} {unit}</source>
        <translation>{name}: {baseline} → {target} {unit}</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>Measured how &amp;often:</source>
        <translation>Measured how &amp;often:</translation>
    </message>
    <message>
        <source>Data &amp;source:</source>
        <translation>Data &amp;source:</translation>
    </message>
    <message>
        <source>Measured b&amp;y:</source>
        <translation>Measured b&amp;y:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Di&amp;rection:</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>A few facts about your business, and the question the whole plan starts from.</source>
        <translation>A few facts about your business, and the question the whole plan starts from.</translation>
    </message>
    <message>
        <source>Writing the main question down keeps the work on track. It can be simple, for example: “How can we find the bakers we need among people who stand outside working life?”</source>
        <translation>Writing the main question down keeps the work on track. It can be simple, for example: “How can we find the bakers we need among people who stand outside working life?”</translation>
    </message>
    <message>
        <source>Find out what your business needs in people and skills, and what people outside working life need to get a job with you.</source>
        <translation>Find out what your business needs in people and skills, and what people outside working life need to get a job with you.</translation>
    </message>
    <message>
        <source>Good measures start from real needs on both sides. Those who do the work every day often know best, so bring in everyone affected.</source>
        <translation>Good measures start from real needs on both sides. Those who do the work every day often know best, so bring in everyone affected.</translation>
    </message>
    <message>
        <source>Invite staff, someone from the target group, your Nav contact and perhaps a local organisation to a short workshop. Afterwards, write down what you learnt.</source>
        <translation>Invite staff, someone from the target group, your Nav contact and perhaps a local organisation to a short workshop. Afterwards, write down what you learnt.</translation>
    </message>
    <message>
        <source>If the need is big and tangled, pick one important part to work on. One concrete improvement beats something large you cannot handle.</source>
        <translation>If the need is big and tangled, pick one important part to work on. One concrete improvement beats something large you cannot handle.</translation>
    </message>
    <message>
        <source>Be open to new ways of organising the work. In Sweden, “Enkla jobb” gathers simple tasks into a job of their own, so skilled staff get time for skilled work. With an effect contract, the payment follows the results achieved.</source>
        <translation>Be open to new ways of organising the work. In Sweden, “Enkla jobb” gathers simple tasks into a job of their own, so skilled staff get time for skilled work. With an effect contract, the payment follows the results achieved.</translation>
    </message>
    <message>
        <source>Before you go on, check that both your needs and the target group&apos;s needs are written down.</source>
        <translation>Before you go on, check that both your needs and the target group&apos;s needs are written down.</translation>
    </message>
    <message>
        <source>What does the business need in people? Which skills and experience are needed?</source>
        <translation>What does the business need in people? Which skills and experience are needed?</translation>
    </message>
    <message>
        <source>What do people outside working life need to get a job, and what skills and experience do they bring?</source>
        <translation>What do people outside working life need to get a job, and what skills and experience do they bring?</translation>
    </message>
    <message>
        <source>Could other kinds of jobs, or tasks split in a new way, do the work just as well?</source>
        <translation>Could other kinds of jobs, or tasks split in a new way, do the work just as well?</translation>
    </message>
    <message>
        <source>How can people who stand outside working life today be seen as a resource for the tasks we have?</source>
        <translation>How can people who stand outside working life today be seen as a resource for the tasks we have?</translation>
    </message>
    <message>
        <source>For each area, describe how things are today and how you want them to be, and give both a score from 1 to 5. The difference is the gap.</source>
        <translation>For each area, describe how things are today and how you want them to be, and give both a score from 1 to 5. The difference is the gap.</translation>
    </message>
    <message>
        <source>Seeing the gaps side by side shows where a measure will do the most good. Start with the gaps that give the biggest effect.</source>
        <translation>Seeing the gaps side by side shows where a measure will do the most good. Start with the gaps that give the biggest effect.</translation>
    </message>
    <message>
        <source>Mark which UN Sustainable Development Goals an area touches: 8 decent work, 10 reduced inequalities, 4 quality education, 17 partnerships.</source>
        <translation>Mark which UN Sustainable Development Goals an area touches: 8 decent work, 10 reduced inequalities, 4 quality education, 17 partnerships.</translation>
    </message>
    <message>
        <source>Write down what already works well, too. Good results deserve to be noticed, strengthened and celebrated.</source>
        <translation>Write down what already works well, too. Good results deserve to be noticed, strengthened and celebrated.</translation>
    </message>
    <message>
        <source>Set goals for the gaps you chose, and a few simple numbers that show progress.</source>
        <translation>Set goals for the gaps you chose, and a few simple numbers that show progress.</translation>
    </message>
    <message>
        <source>A good goal is clear (what changes?), relevant (does it fit our needs and capacity?) and measurable (can we follow it over time?).</source>
        <translation>A good goal is clear (what changes?), relevant (does it fit our needs and capacity?) and measurable (can we follow it over time?).</translation>
    </message>
    <message>
        <source>Pick simple indicators that show whether the gap grows or shrinks, and that help you decide what to do next.</source>
        <translation>Pick simple indicators that show whether the gap grows or shrinks, and that help you decide what to do next.</translation>
    </message>
    <message>
        <source>For each number, write where it comes from, who measures it and how often, so it actually gets done.</source>
        <translation>For each number, write where it comes from, who measures it and how often, so it actually gets done.</translation>
    </message>
    <message>
        <source>Choose what you will do to reach the goals, who owns each measure, and when it is done.</source>
        <translation>Choose what you will do to reach the goals, who owns each measure, and when it is done.</translation>
    </message>
    <message>
        <source>Measures bridge the gap between today and where you want to be. Realistic measures that fit into how you already work are the ones that happen.</source>
        <translation>Measures bridge the gap between today and where you want to be. Realistic measures that fit into how you already work are the ones that happen.</translation>
    </message>
    <message>
        <source>Look through the catalogue first: Nav schemes, wage subsidies and partners can carry much of the load. Good partnerships are for the long run.</source>
        <translation>Look through the catalogue first: Nav schemes, wage subsidies and partners can carry much of the load. Good partnerships are for the long run.</translation>
    </message>
    <message>
        <source>Make it clear who owns the work, who does it day to day, and how progress is followed up and reported.</source>
        <translation>Make it clear who owns the work, who does it day to day, and how progress is followed up and reported.</translation>
    </message>
    <message>
        <source>Anchor the plan where decisions are made: in the management group, at the board, and in the business&apos;s plans.</source>
        <translation>Anchor the plan where decisions are made: in the management group, at the board, and in the business&apos;s plans.</translation>
    </message>
    <message>
        <source>Think about support: training, outside advisors, and how new colleagues will be followed up.</source>
        <translation>Think about support: training, outside advisors, and how new colleagues will be followed up.</translation>
    </message>
    <message>
        <source>Look at what the measures gave, note the numbers, and write down what you learnt.</source>
        <translation>Look at what the measures gave, note the numbers, and write down what you learnt.</translation>
    </message>
    <message>
        <source>The most important part is turning what you learnt into daily practice, through training and everyday leadership.</source>
        <translation>The most important part is turning what you learnt into daily practice, through training and everyday leadership.</translation>
    </message>
    <message>
        <source>Share your experiences with other businesses and partners. Good stories change attitudes.</source>
        <translation>Share your experiences with other businesses and partners. Good stories change attitudes.</translation>
    </message>
    <message>
        <source>Celebrate what went well, together with those who made it happen.</source>
        <translation>Celebrate what went well, together with those who made it happen.</translation>
    </message>
    <message>
        <source>When the year is over, start the next round: open measures and lessons come along.</source>
        <translation>When the year is over, start the next round: open measures and lessons come along.</translation>
    </message>
</context>
<context>
    <name>GuidanceBox</name>
    <message>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Tips:</source>
        <translation>Tips:</translation>
    </message>
    <message>
        <source>Questions to ask:</source>
        <translation>Questions to ask:</translation>
    </message>
    <message>
        <source>Click to read the whole guidance</source>
        <translation>Click to read the whole guidance</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>The file that should hold your data ({file}) is not a Verktøykassa database. It may have been replaced or damaged by another program.</source>
        <translation>The file that should hold your data ({file}) is not a Verktøykassa database. It may have been replaced or damaged by another program.</translation>
    </message>
    <message>
        <source>The file that holds your data ({file}) is damaged. This can happen after a power cut or on a failing disk.</source>
        <translation>The file that holds your data ({file}) is damaged. This can happen after a power cut or on a failing disk.</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of Verktøykassa. Install that version (or a newer one) to open it; this version leaves it unchanged.</source>
        <translation>Your data was saved by a newer version of Verktøykassa. Install that version (or a newer one) to open it; this version leaves it unchanged.</translation>
    </message>
    <message>
        <source>Another program is using your data file right now (perhaps a second copy of Verktøykassa, or a backup or sync program). Close it and try again.</source>
        <translation>Another program is using your data file right now (perhaps a second copy of Verktøykassa, or a backup or sync program). Close it and try again.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written to. Check that the disk or USB stick is not write-protected and that you may change the folder.</source>
        <translation>The data folder {folder} cannot be written to. Check that the disk or USB stick is not write-protected and that you may change the folder.</translation>
    </message>
    <message>
        <source>The disk with your data folder ({folder}) is full or nearly full. Free some space (empty the wastebasket, remove large files you do not need) so that your work can be saved.</source>
        <translation>The disk with your data folder ({folder}) is full or nearly full. Free some space (empty the wastebasket, remove large files you do not need) so that your work can be saved.</translation>
    </message>
    <message>
        <source>You do not have permission to read the file that holds your data ({file}).</source>
        <translation>You do not have permission to read the file that holds your data ({file}).</translation>
    </message>
    <message>
        <source>This backup is damaged or was made by a newer version, so it cannot be restored. Choose another backup.</source>
        <translation>This backup is damaged or was made by a newer version, so it cannot be restored. Choose another backup.</translation>
    </message>
    <message>
        <source>Your data could not be opened or saved ({detail}).</source>
        <translation>Your data could not be opened or saved ({detail}).</translation>
    </message>
    <message>
        <source>The backup could not be made.</source>
        <translation>The backup could not be made.</translation>
    </message>
    <message>
        <source>Nothing more was written to it. Open Verktøykassa&apos;s window: it offers to restore a backup or to start with an empty database, and first sets the damaged file aside, untouched.</source>
        <translation>Nothing more was written to it. Open Verktøykassa&apos;s window: it offers to restore a backup or to start with an empty database, and first sets the damaged file aside, untouched.</translation>
    </message>
    <message>
        <source>The data folder {folder} is a file, not a folder. Move or rename that file.</source>
        <translation>The data folder {folder} is a file, not a folder. Move or rename that file.</translation>
    </message>
    <message>
        <source>The data folder {folder} is a file, not a folder. Move or rename that file, or choose another data folder (--data-dir).</source>
        <translation>The data folder {folder} is a file, not a folder. Move or rename that file, or choose another data folder (--data-dir).</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used ({reason}). If it is on a USB stick or a network drive, check that it is connected, and that you may change the folder.</source>
        <translation>The data folder {folder} cannot be used ({reason}). If it is on a USB stick or a network drive, check that it is connected, and that you may change the folder.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used ({reason}). Choose another data folder (--data-dir).</source>
        <translation>The data folder {folder} cannot be used ({reason}). Choose another data folder (--data-dir).</translation>
    </message>
</context>
<context>
    <name>HeldBanner</name>
    <message>
        <source>Opened read-only</source>
        <translation>Opened read-only</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Try again to open the data for editing</source>
        <translation>Try again to open the data for editing</translation>
    </message>
    <message>
        <source>Take over…</source>
        <translation>Take over…</translation>
    </message>
    <message>
        <source>Take over the data from the computer where Verktøykassa seems to have stopped</source>
        <translation>Take over the data from the computer where Verktøykassa seems to have stopped</translation>
    </message>
    <message>
        <source>You can look at, print and export the plans here, but not change them. If that computer crashed, lost power or was switched off without closing the program, press Take over… to change the plans here. If the program there is still in use, close it there first and press Try again.</source>
        <translation>You can look at, print and export the plans here, but not change them. If that computer crashed, lost power or was switched off without closing the program, press Take over… to change the plans here. If the program there is still in use, close it there first and press Try again.</translation>
    </message>
    <message>
        <source>You can look at, print and export the plans here, but not change them. The check takes a few minutes: if the program there has stopped, you can then take over the data here. If it is still in use, close it there first and press Try again.</source>
        <translation>You can look at, print and export the plans here, but not change them. The check takes a few minutes: if the program there has stopped, you can then take over the data here. If it is still in use, close it there first and press Try again.</translation>
    </message>
    <message>
        <source>You can look at, print and export the plans here, but not change them: two computers writing one data file can damage it. When the program there is closed, press Try again to change the plans here. To work on the same plans from several computers, use a shared database (Tools → Settings… → Database).</source>
        <translation>You can look at, print and export the plans here, but not change them: two computers writing one data file can damage it. When the program there is closed, press Try again to change the plans here. To work on the same plans from several computers, use a shared database (Tools → Settings… → Database).</translation>
    </message>
</context>
<context>
    <name>HomeActions</name>
    <message>
        <source>Open e&amp;xample plan</source>
        <translation>Open e&amp;xample plan</translation>
    </message>
    <message>
        <source>Open example plan</source>
        <translation>Open example plan</translation>
    </message>
    <message>
        <source>A filled-in plan of a small bakery, to look around in.</source>
        <translation>A filled-in plan of a small bakery, to look around in.</translation>
    </message>
    <message>
        <source>Start next c&amp;ycle…</source>
        <translation>Start next c&amp;ycle…</translation>
    </message>
    <message>
        <source>Start next cycle</source>
        <translation>Start next cycle</translation>
    </message>
    <message>
        <source>A new plan for the next year that builds on the selected one: profile, gaps, goals, KPIs with their latest values as baseline, open measures and the lessons to carry on.</source>
        <translation>A new plan for the next year that builds on the selected one: profile, gaps, goals, KPIs with their latest values as baseline, open measures and the lessons to carry on.</translation>
    </message>
    <message>
        <source>The example plan could not be added:</source>
        <translation>The example plan could not be added:</translation>
    </message>
    <message>
        <source>{name} – next cycle</source>
        <translation>{name} – next cycle</translation>
    </message>
    <message>
        <source>Name of the new plan:</source>
        <translation>Name of the new plan:</translation>
    </message>
    <message>
        <source>The next cycle could not be started:</source>
        <translation>The next cycle could not be started:</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Now: what is due in your plans</source>
        <translation>Now: what is due in your plans</translation>
    </message>
    <message>
        <source>What is due in your plans</source>
        <translation>What is due in your plans</translation>
    </message>
    <message>
        <source>Your plans</source>
        <translation>Your plans</translation>
    </message>
    <message>
        <source>A plan takes your business through five steps: what you need, where you are and want to be, goals, what you will do, and how it went. Everything is saved as you type. New here? Help → Getting started (F1).</source>
        <translation>A plan takes your business through five steps: what you need, where you are and want to be, goals, what you will do, and how it went. Everything is saved as you type. New here? Help → Getting started (F1).</translation>
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
        <source>Bin…</source>
        <translation>Bin…</translation>
    </message>
    <message>
        <source>Plan bin: deleted plans, to restore</source>
        <translation>Plan bin: deleted plans, to restore</translation>
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
        <source>Delete the plan “{name}”? It goes to the bin, where it is kept for {days} days: “Bin…” brings it back.</source>
        <translation>Delete the plan “{name}”? It goes to the bin, where it is kept for {days} days: “Bin…” brings it back.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>InfoButton</name>
    <message>
        <source>What is “{term}”? (step: {step})</source>
        <translation>What is “{term}”? (step: {step})</translation>
    </message>
    <message>
        <source>What is “{term}”? (field: {field})</source>
        <translation>What is “{term}”? (field: {field})</translation>
    </message>
    <message>
        <source>What is “{term}”?</source>
        <translation>What is “{term}”?</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <source>KPI chart</source>
        <translation>KPI chart</translation>
    </message>
    <message>
        <source>No KPI chosen.</source>
        <translation>No KPI chosen.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>KPI chart: {name}</source>
        <translation>KPI chart: {name}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>latest {value} ({date})</source>
        <translation>latest {value} ({date})</translation>
    </message>
    <message>
        <source>no measurements yet</source>
        <translation>no measurements yet</translation>
    </message>
    <message>
        <source>{name}: baseline {baseline}, target {target}, {latest}</source>
        <translation>{name}: baseline {baseline}, target {target}, {latest}</translation>
    </message>
    <message>
        <source>{count} measurements: {values}</source>
        <translation>{count} measurements: {values}</translation>
    </message>
    <message>
        <source>Choose a KPI.</source>
        <translation>Choose a KPI.</translation>
    </message>
    <message>
        <source>No baseline, target or measurements yet.</source>
        <translation>No baseline, target or measurements yet.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>No measurements yet.</source>
        <translation>No measurements yet.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Business profile</source>
        <translation>Business profile</translation>
    </message>
    <message>
        <source>What do we need?</source>
        <translation>What do we need?</translation>
    </message>
    <message>
        <source>Where are we – where do we want to be?</source>
        <translation>Where are we – where do we want to be?</translation>
    </message>
    <message>
        <source>Goals and targets</source>
        <translation>Goals and targets</translation>
    </message>
    <message>
        <source>What we will do</source>
        <translation>What we will do</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>How did it go?</translation>
    </message>
    <message>
        <source>needs exploration</source>
        <translation>needs exploration</translation>
    </message>
    <message>
        <source>gap analysis</source>
        <translation>gap analysis</translation>
    </message>
    <message>
        <source>goals and KPIs</source>
        <translation>goals and KPIs</translation>
    </message>
    <message>
        <source>measures and action plan</source>
        <translation>measures and action plan</translation>
    </message>
    <message>
        <source>evaluation and learning</source>
        <translation>evaluation and learning</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Person from the target group</source>
        <translation>Person from the target group</translation>
    </message>
    <message>
        <source>Nav</source>
        <translation>Nav</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>The employer&apos;s need</source>
        <translation>The employer&apos;s need</translation>
    </message>
    <message>
        <source>The target group&apos;s need</source>
        <translation>The target group&apos;s need</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Every six months</source>
        <translation>Every six months</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>Quality education</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>Decent work and economic growth</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>Reduced inequalities</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>Partnerships for the goals</translation>
    </message>
    <message>
        <source>Diversity at the workplace</source>
        <translation>Diversity at the workplace</translation>
    </message>
    <message>
        <source>Recruitment processes</source>
        <translation>Recruitment processes</translation>
    </message>
    <message>
        <source>Managers&apos; competence in adapting work</source>
        <translation>Managers&apos; competence in adapting work</translation>
    </message>
    <message>
        <source>Cooperation with Nav, job-training providers and non-profits</source>
        <translation>Cooperation with Nav, job-training providers and non-profits</translation>
    </message>
    <message>
        <source>Routines for follow-up and inclusion over time</source>
        <translation>Routines for follow-up and inclusion over time</translation>
    </message>
    <message>
        <source>SDG {number}</source>
        <translation>SDG {number}</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Insert adds, Delete removes, Alt+Up and Alt+Down move the selected row.</source>
        <translation>Insert adds, Delete removes, Alt+Up and Alt+Down move the selected row.</translation>
    </message>
    <message>
        <source>Click a column&apos;s heading to sort by it.</source>
        <translation>Click a column&apos;s heading to sort by it.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add to {list}</source>
        <translation>Add to {list}</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Remove from {list}</source>
        <translation>Remove from {list}</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move up in {list}</source>
        <translation>Move up in {list}</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Move down in {list}</source>
        <translation>Move down in {list}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove “{name}” from {list}? Edit → Undo (Ctrl+Z) brings it back.</source>
        <translation>Remove “{name}” from {list}? Edit → Undo (Ctrl+Z) brings it back.</translation>
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
        <source>Ed&amp;it</source>
        <translation>Ed&amp;it</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Getting started</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>G&amp;lossary</translation>
    </message>
    <message>
        <source>&amp;About Verktøykassa</source>
        <translation>&amp;About Verktøykassa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Plans</translation>
    </message>
    <message>
        <source>Import &amp;catalogue file…</source>
        <translation>Import &amp;catalogue file…</translation>
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
        <source>One moment: your data is still opening…</source>
        <translation>One moment: your data is still opening…</translation>
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
        <source>The data could not be read just now (the other computer may be saving). Press Try again.</source>
        <translation>The data could not be read just now (the other computer may be saving). Press Try again.</translation>
    </message>
    <message>
        <source>Your data file is damaged. Nothing more is saved to it.</source>
        <translation>Your data file is damaged. Nothing more is saved to it.</translation>
    </message>
    <message>
        <source>The data is still open on {computer}.</source>
        <translation>The data is still open on {computer}.</translation>
    </message>
    <message>
        <source>The data is open for editing on this computer now.</source>
        <translation>The data is open for editing on this computer now.</translation>
    </message>
    <message>
        <source>Take over the data?</source>
        <translation>Take over the data?</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>The data could not be taken over from {computer}. Try again in a moment.</source>
        <translation>The data could not be taken over from {computer}. Try again in a moment.</translation>
    </message>
    <message>
        <source>Verktøykassa on {computer} may still be running, so the data stays read-only here while this computer checks for a few minutes.</source>
        <translation>Verktøykassa on {computer} may still be running, so the data stays read-only here while this computer checks for a few minutes.</translation>
    </message>
    <message>
        <source>Verktøykassa on {computer} has just given a sign of life, so the data stays read-only here. Close the program there first.</source>
        <translation>Verktøykassa on {computer} has just given a sign of life, so the data stays read-only here. Close the program there first.</translation>
    </message>
    <message>
        <source>You have taken over the data from {computer}. You can change the plans here now.</source>
        <translation>You have taken over the data from {computer}. You can change the plans here now.</translation>
    </message>
    <message>
        <source>Verktøykassa on {computer} has taken over your data, because this program seemed to have stopped. You can still look at the plans here, but not change them. To change them here again, close the program on {computer} and press Try again.</source>
        <translation>Verktøykassa on {computer} has taken over your data, because this program seemed to have stopped. You can still look at the plans here, but not change them. To change them here again, close the program on {computer} and press Try again.</translation>
    </message>
    <message>
        <source>Opening the plan as soon as your data is ready…</source>
        <translation>Opening the plan as soon as your data is ready…</translation>
    </message>
    <message>
        <source>Your data is not open yet.</source>
        <translation>Your data is not open yet.</translation>
    </message>
    <message>
        <source>The catalogue could not be read; please reinstall the program.</source>
        <translation>The catalogue could not be read; please reinstall the program.</translation>
    </message>
    <message>
        <source>Your settings (language, window size, the plan you had open) could not be saved.</source>
        <translation>Your settings (language, window size, the plan you had open) could not be saved.</translation>
    </message>
    <message>
        <source>The window closes when you press OK.</source>
        <translation>The window closes when you press OK.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nothing to redo.</translation>
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
    <name>MeasuresPage</name>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Insert an e&amp;xample measure</source>
        <translation>Insert an e&amp;xample measure</translation>
    </message>
    <message>
        <source>Insert from a real &amp;plan (area → measure)</source>
        <translation>Insert from a real &amp;plan (area → measure)</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>No measures yet. Add one for each goal, or insert an example.</source>
        <translation>No measures yet. Add one for each goal, or insert an example.</translation>
    </message>
    <message>
        <source>Budget and Nav&apos;s schemes</source>
        <translation>Budget and Nav&apos;s schemes</translation>
    </message>
    <message>
        <source>Roles and follow-up</source>
        <translation>Roles and follow-up</translation>
    </message>
    <message>
        <source>Who owns the wor&amp;k:</source>
        <translation>Who owns the wor&amp;k:</translation>
    </message>
    <message>
        <source>Operational responsi&amp;bility:</source>
        <translation>Operational responsi&amp;bility:</translation>
    </message>
    <message>
        <source>How progress is fo&amp;llowed up and reported:</source>
        <translation>How progress is fo&amp;llowed up and reported:</translation>
    </message>
    <message>
        <source>Reported ho&amp;w often:</source>
        <translation>Reported ho&amp;w often:</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>Where the plan is a&amp;nchored:</source>
        <translation>Where the plan is a&amp;nchored:</translation>
    </message>
    <message>
        <source>For example the strategy, the management group, steering documents.</source>
        <translation>For example the strategy, the management group, steering documents.</translation>
    </message>
    <message>
        <source>For the board&apos;s decision</source>
        <translation>For the board&apos;s decision</translation>
    </message>
    <message>
        <source>Competence and support</source>
        <translation>Competence and support</translation>
    </message>
    <message>
        <source>External partners and a&amp;dvisors:</source>
        <translation>External partners and a&amp;dvisors:</translation>
    </message>
    <message>
        <source>Framework for following up included &amp;employees:</source>
        <translation>Framework for following up included &amp;employees:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Measure:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>A&amp;rea:</translation>
    </message>
    <message>
        <source>&amp;What it is:</source>
        <translation>&amp;What it is:</translation>
    </message>
    <message>
        <source>Tick the goals this measure serves, the one it mainly serves first. Space ticks.</source>
        <translation>Tick the goals this measure serves, the one it mainly serves first. Space ticks.</translation>
    </message>
    <message>
        <source>Serves the &amp;goals:</source>
        <translation>Serves the &amp;goals:</translation>
    </message>
    <message>
        <source>Need for trainin&amp;g and awareness:</source>
        <translation>Need for trainin&amp;g and awareness:</translation>
    </message>
    <message>
        <source>Not prioritised</source>
        <translation>Not prioritised</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>Priorit&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>Operational responsi&amp;ble:</source>
        <translation>Operational responsi&amp;ble:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>&amp;Cost (kr):</source>
        <translation>&amp;Cost (kr):</translation>
    </message>
    <message>
        <source>Hour&amp;s:</source>
        <translation>Hour&amp;s:</translation>
    </message>
    <message>
        <source>Other resource &amp;needs:</source>
        <translation>Other resource &amp;needs:</translation>
    </message>
    <message>
        <source>E&amp;xpected effect:</source>
        <translation>E&amp;xpected effect:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Recurs:</source>
        <translation>Recurs:</translation>
    </message>
    <message>
        <source>Does not recur</source>
        <translation>Does not recur</translation>
    </message>
    <message>
        <source>Recurs until (empty: the plan&apos;s period):</source>
        <translation>Recurs until (empty: the plan&apos;s period):</translation>
    </message>
    <message>
        <source>Milestones of this measure</source>
        <translation>Milestones of this measure</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>New milestone</translation>
    </message>
    <message>
        <source>No milestones yet.</source>
        <translation>No milestones yet.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Times it was held</source>
        <translation>Times it was held</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A recurring measure is ticked as held under “Now” on the home view.</source>
        <translation>A recurring measure is ticked as held under “Now” on the home view.</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Held on:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Mi&amp;lestone:</source>
        <translation>Mi&amp;lestone:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>D&amp;ue:</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>D&amp;one</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>Meeting mode</source>
        <translation>Meeting mode</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>Saved as you type</translation>
    </message>
    <message>
        <source>Not saved: is the disk full? Keep this open.</source>
        <translation>Not saved: is the disk full? Keep this open.</translation>
    </message>
    <message>
        <source>PgDn next · PgUp back · Ctrl+T timer · Esc leave</source>
        <translation>PgDn next · PgUp back · Ctrl+T timer · Esc leave</translation>
    </message>
    <message>
        <source>Workshop: needs and resources</source>
        <translation>Workshop: needs and resources</translation>
    </message>
    <message>
        <source>&amp;Timer on each question, minutes:</source>
        <translation>&amp;Timer on each question, minutes:</translation>
    </message>
    <message>
        <source>Minutes per question</source>
        <translation>Minutes per question</translation>
    </message>
    <message>
        <source>Press PgDn to begin.</source>
        <translation>Press PgDn to begin.</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>Question {number} of {count}</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>Draft summary of the workshop</source>
        <translation>Draft summary of the workshop</translation>
    </message>
    <message>
        <source>&amp;Add this draft below the summary you wrote</source>
        <translation>&amp;Add this draft below the summary you wrote</translation>
    </message>
    <message>
        <source>Press Esc to leave meeting mode.</source>
        <translation>Press Esc to leave meeting mode.</translation>
    </message>
    <message>
        <source>{number} / {count}</source>
        <translation>{number} / {count}</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <source>{time} (paused)</source>
        <translation>{time} (paused)</translation>
    </message>
    <message>
        <source>Nothing was typed in the meeting.</source>
        <translation>Nothing was typed in the meeting.</translation>
    </message>
    <message>
        <source>This draft goes into step 1&apos;s summary when you leave; edit it there.</source>
        <translation>This draft goes into step 1&apos;s summary when you leave; edit it there.</translation>
    </message>
    <message>
        <source>Step 1 already has a summary, which is kept as you wrote it. This is a draft from today:</source>
        <translation>Step 1 already has a summary, which is kept as you wrote it. This is a draft from today:</translation>
    </message>
    <message>
        <source>Your summary and this draft together are longer than one text can be (at most {limit} characters): copy what you need from the draft into step 1 by hand.</source>
        <translation>Your summary and this draft together are longer than one text can be (at most {limit} characters): copy what you need from the draft into step 1 by hand.</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <source>Some answers could not be saved (is the disk full?). If you leave now, they are lost. Leave anyway?</source>
        <translation>Some answers could not be saved (is the disk full?). If you leave now, they are lost. Leave anyway?</translation>
    </message>
    <message>
        <source>Leave without saving</source>
        <translation>Leave without saving</translation>
    </message>
    <message>
        <source>Answer too long</source>
        <translation>Answer too long</translation>
    </message>
    <message>
        <source>An answer is too long to be saved (the message beside it says how long it may be). If you leave now, it is lost. Leave anyway?</source>
        <translation>An answer is too long to be saved (the message beside it says how long it may be). If you leave now, it is lost. Leave anyway?</translation>
    </message>
</context>
<context>
    <name>MoveActions</name>
    <message>
        <source>The plans are on the shared database now; the file on this computer is kept as it was.</source>
        <translation>The plans are on the shared database now; the file on this computer is kept as it was.</translation>
    </message>
    <message>
        <source>Move to this computer</source>
        <translation>Move to this computer</translation>
    </message>
    <message>
        <source>Copy every plan and contact from the shared database into the file on this computer, and work there from now on? The shared database is kept as it is; your colleagues no longer see your changes.</source>
        <translation>Copy every plan and contact from the shared database into the file on this computer, and work there from now on? The shared database is kept as it is; your colleagues no longer see your changes.</translation>
    </message>
    <message>
        <source>Move the plans</source>
        <translation>Move the plans</translation>
    </message>
    <message>
        <source>The plans are in the file on this computer now; the shared database is kept as it was.</source>
        <translation>The plans are in the file on this computer now; the shared database is kept as it was.</translation>
    </message>
</context>
<context>
    <name>MoveToServerDialog</name>
    <message>
        <source>Move to a shared database</source>
        <translation>Move to a shared database</translation>
    </message>
    <message>
        <source>Every plan and contact on this computer is copied to the shared database and checked; then the program works there. The file on this computer is kept as it is.</source>
        <translation>Every plan and contact on this computer is copied to the shared database and checked; then the program works there. The file on this computer is kept as it is.</translation>
    </message>
    <message>
        <source>&amp;Move the plans</source>
        <translation>&amp;Move the plans</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <source>The need for labour and the people outside work</source>
        <translation>The need for labour and the people outside work</translation>
    </message>
    <message>
        <source>Which tasks, competences and experience are needed?</source>
        <translation>Which tasks, competences and experience are needed?</translation>
    </message>
    <message>
        <source>For example “Enkla jobb”, effect contracts, new kinds of positions.</source>
        <translation>For example “Enkla jobb”, effect contracts, new kinds of positions.</translation>
    </message>
    <message>
        <source>Target gr&amp;oups&apos; needs and resources:</source>
        <translation>Target gr&amp;oups&apos; needs and resources:</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Guiding questions</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Nobody yet. Add managers, employees, people from the target group, Nav and organisations.</source>
        <translation>Nobody yet. Add managers, employees, people from the target group, Nav and organisations.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role or organisation</source>
        <translation>Role or organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>In the workshop</source>
        <translation>In the workshop</translation>
    </message>
    <message>
        <source>Workshop, data and narrowing</source>
        <translation>Workshop, data and narrowing</translation>
    </message>
    <message>
        <source>&amp;Workshop date:</source>
        <translation>&amp;Workshop date:</translation>
    </message>
    <message>
        <source>&amp;Data and statistics used:</source>
        <translation>&amp;Data and statistics used:</translation>
    </message>
    <message>
        <source>N&amp;arrowing — the part we work on:</source>
        <translation>N&amp;arrowing — the part we work on:</translation>
    </message>
    <message>
        <source>A complex need can be cut down to one important part.</source>
        <translation>A complex need can be cut down to one important part.</translation>
    </message>
    <message>
        <source>Needs found</source>
        <translation>Needs found</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>No needs yet. Add the employer&apos;s needs and the target group&apos;s needs.</source>
        <translation>No needs yet. Add the employer&apos;s needs and the target group&apos;s needs.</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>Check before you go on</source>
        <translation>Check before you go on</translation>
    </message>
    <message>
        <source>The &amp;employer&apos;s needs are visible</source>
        <translation>The &amp;employer&apos;s needs are visible</translation>
    </message>
    <message>
        <source>The target &amp;group&apos;s needs are visible</source>
        <translation>The target &amp;group&apos;s needs are visible</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>The employer&apos;s need for la&amp;bour:</source>
        <translation>The employer&apos;s need for la&amp;bour:</translation>
    </message>
    <message>
        <source>New wa&amp;ys of organising work:</source>
        <translation>New wa&amp;ys of organising work:</translation>
    </message>
    <message>
        <source>S&amp;ummary of insights:</source>
        <translation>S&amp;ummary of insights:</translation>
    </message>
    <message>
        <source>Whose need</source>
        <translation>Whose need</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Role or organisation:</source>
        <translation>&amp;Role or organisation:</translation>
    </message>
    <message>
        <source>E-mai&amp;l (for the invitation):</source>
        <translation>E-mai&amp;l (for the invitation):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Took part in the wor&amp;kshop</source>
        <translation>Took part in the wor&amp;kshop</translation>
    </message>
    <message>
        <source>Whose &amp;need:</source>
        <translation>Whose &amp;need:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Competences and experience they bring:</source>
        <translation>&amp;Competences and experience they bring:</translation>
    </message>
    <message>
        <source>&amp;Selected — the part we work on</source>
        <translation>&amp;Selected — the part we work on</translation>
    </message>
</context>
<context>
    <name>NowPanel</name>
    <message numerus="yes">
        <source>Today %n thing(s) in your plans need you: they are listed below.</source>
        <translation>
            <numerusform>Today %n thing in your plans needs you: it is listed below.</numerusform>
            <numerusform>Today %n things in your plans need you: they are listed below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to follow up yet: create a plan with goals and measures.</source>
        <translation>Nothing to follow up yet: create a plan with goals and measures.</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n line(s) of this plan</source>
        <translation>
            <numerusform>Show the %n line of this plan</numerusform>
            <numerusform>Show all %n lines of this plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %n line(s) of “{plan}”</source>
        <translation>
            <numerusform>Show the %n line of “{plan}”</numerusform>
            <numerusform>Show all %n lines of “{plan}”</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick when the milestone is reached.</source>
        <translation>Tick when the milestone is reached.</translation>
    </message>
    <message>
        <source>Tick when the measure is done.</source>
        <translation>Tick when the measure is done.</translation>
    </message>
    <message>
        <source>Open in the plan</source>
        <translation>Open in the plan</translation>
    </message>
    <message>
        <source>Open “{what}” in the plan</source>
        <translation>Open “{what}” in the plan</translation>
    </message>
    <message>
        <source>Open the figures</source>
        <translation>Open the figures</translation>
    </message>
    <message>
        <source>Open the equality figures for {year}</source>
        <translation>Open the equality figures for {year}</translation>
    </message>
    <message>
        <source>Open the equality survey for {year}: pay and involuntary part-time</source>
        <translation>Open the equality survey for {year}: pay and involuntary part-time</translation>
    </message>
    <message>
        <source>Value of “{kpi}” today</source>
        <translation>Value of “{kpi}” today</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Save value</source>
        <translation>Save value</translation>
    </message>
    <message>
        <source>Save the value of “{kpi}”</source>
        <translation>Save the value of “{kpi}”</translation>
    </message>
    <message>
        <source>Tick when it was held; the note is saved with it.</source>
        <translation>Tick when it was held; the note is saved with it.</translation>
    </message>
    <message>
        <source>Note: how did it go? (optional)</source>
        <translation>Note: how did it go? (optional)</translation>
    </message>
    <message>
        <source>Note on “{title}” of {date}</source>
        <translation>Note on “{title}” of {date}</translation>
    </message>
    <message>
        <source>Type the value first.</source>
        <translation>Type the value first.</translation>
    </message>
    <message>
        <source>This KPI no longer exists.</source>
        <translation>This KPI no longer exists.</translation>
    </message>
    <message>
        <source>Could not save the value; it is still in the field. Try again.</source>
        <translation>Could not save the value; it is still in the field. Try again.</translation>
    </message>
    <message>
        <source>Saved: {value} {unit}</source>
        <translation>Saved: {value} {unit}</translation>
    </message>
    <message>
        <source>Could not save the tick. Is the disk full? Please try again.</source>
        <translation>Could not save the tick. Is the disk full? Please try again.</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>A value is needed here; the last value is kept until you type one.</source>
        <translation>A value is needed here; the last value is kept until you type one.</translation>
    </message>
    <message>
        <source>Please type a whole number.</source>
        <translation>Please type a whole number.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for the shared database</source>
        <translation>Password for the shared database</translation>
    </message>
    <message>
        <source>The shared database {address} asks for a password.</source>
        <translation>The shared database {address} asks for a password.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Remember it in this computer&apos;s keyring</source>
        <translation>&amp;Remember it in this computer&apos;s keyring</translation>
    </message>
    <message>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>Remember the password in this computer&apos;s keyring</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is asked at each start.</source>
        <translation>This computer has no keyring: the password is asked at each start.</translation>
    </message>
    <message>
        <source>Type the password, or press Cancel.</source>
        <translation>Type the password, or press Cancel.</translation>
    </message>
</context>
<context>
    <name>PlanBinDialog</name>
    <message>
        <source>Plan bin</source>
        <translation>Plan bin</translation>
    </message>
    <message>
        <source>Deleted &amp;plans are kept here for {days} days, then deleted for good.</source>
        <translation>Deleted &amp;plans are kept here for {days} days, then deleted for good.</translation>
    </message>
    <message>
        <source>Plans in the bin</source>
        <translation>Plans in the bin</translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation>The bin is empty.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Restore the plan</source>
        <translation>Restore the plan</translation>
    </message>
    <message>
        <source>&amp;Delete now…</source>
        <translation>&amp;Delete now…</translation>
    </message>
    <message>
        <source>Delete the plan now, for good</source>
        <translation>Delete the plan now, for good</translation>
    </message>
    <message>
        <source>{name}
deleted {deleted}, deleted for good {gone}</source>
        <translation>{name}
deleted {deleted}, deleted for good {gone}</translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation>Delete now</translation>
    </message>
    <message>
        <source>Delete the plan “{name}” and everything in it for good? This cannot be undone.</source>
        <translation>Delete the plan “{name}” and everything in it for good? This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Delete for good</translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>Date measured</source>
        <translation>Date measured</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>How often it is measured</source>
        <translation>How often it is measured</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Measured by</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Better when</translation>
    </message>
    <message>
        <source>Gap areas</source>
        <translation>Gap areas</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Desired situation</source>
        <translation>Desired situation</translation>
    </message>
    <message>
        <source>Score today</source>
        <translation>Score today</translation>
    </message>
    <message>
        <source>Desired score</source>
        <translation>Desired score</translation>
    </message>
    <message>
        <source>Workshop dots today</source>
        <translation>Workshop dots today</translation>
    </message>
    <message>
        <source>Workshop dots desired</source>
        <translation>Workshop dots desired</translation>
    </message>
    <message>
        <source>UN goal 4: quality education</source>
        <translation>UN goal 4: quality education</translation>
    </message>
    <message>
        <source>UN goal 8: decent work</source>
        <translation>UN goal 8: decent work</translation>
    </message>
    <message>
        <source>UN goal 10: reduced inequalities</source>
        <translation>UN goal 10: reduced inequalities</translation>
    </message>
    <message>
        <source>UN goal 17: partnerships</source>
        <translation>UN goal 17: partnerships</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>Expected effect</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>What already works well</source>
        <translation>What already works well</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>What changes</translation>
    </message>
    <message>
        <source>Why it matters to us</source>
        <translation>Why it matters to us</translation>
    </message>
    <message>
        <source>How we measure it</source>
        <translation>How we measure it</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Schemes and contacts used</source>
        <translation>Schemes and contacts used</translation>
    </message>
    <message>
        <source>Times it was held</source>
        <translation>Times it was held</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Planned hires</source>
        <translation>Planned hires</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>Hire</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Reduced work capacity</source>
        <translation>Reduced work capacity</translation>
    </message>
    <message>
        <source>Monthly wage at 100 % (kr)</source>
        <translation>Monthly wage at 100 % (kr)</translation>
    </message>
    <message>
        <source>Job percentage</source>
        <translation>Job percentage</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>Schemes</translation>
    </message>
    <message>
        <source>Mentor&apos;s hours a month</source>
        <translation>Mentor&apos;s hours a month</translation>
    </message>
    <message>
        <source>Mentor&apos;s hourly wage (kr)</source>
        <translation>Mentor&apos;s hourly wage (kr)</translation>
    </message>
    <message>
        <source>Extra adaptation costs (kr)</source>
        <translation>Extra adaptation costs (kr)</translation>
    </message>
    <message>
        <source>Board decisions</source>
        <translation>Board decisions</translation>
    </message>
    <message>
        <source>The board is asked to</source>
        <translation>The board is asked to</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Operational responsible</source>
        <translation>Operational responsible</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Cost (kr)</source>
        <translation>Cost (kr)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Other resources</source>
        <translation>Other resources</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recurs</source>
        <translation>Recurs</translation>
    </message>
    <message>
        <source>Recurs until</source>
        <translation>Recurs until</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>What it gave</source>
        <translation>What it gave</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role or organisation</source>
        <translation>Role or organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>In the workshop</source>
        <translation>In the workshop</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Whose need</source>
        <translation>Whose need</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Competences and experience</source>
        <translation>Competences and experience</translation>
    </message>
    <message>
        <source>Chosen to work on</source>
        <translation>Chosen to work on</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>What works well</source>
        <translation>What works well</translation>
    </message>
    <message>
        <source>How we celebrate it</source>
        <translation>How we celebrate it</translation>
    </message>
    <message>
        <source>Lessons learnt</source>
        <translation>Lessons learnt</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Into the next cycle</source>
        <translation>Into the next cycle</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Name of the plan</source>
        <translation>Name of the plan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Step open</source>
        <translation>Step open</translation>
    </message>
    <message>
        <source>Example plan</source>
        <translation>Example plan</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Risk map</source>
        <translation>Risk map</translation>
    </message>
    <message>
        <source>Discrimination ground</source>
        <translation>Discrimination ground</translation>
    </message>
    <message>
        <source>HR area</source>
        <translation>HR area</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Causes found</source>
        <translation>Causes found</translation>
    </message>
    <message>
        <source>Involvement of the employees&apos; representatives</source>
        <translation>Involvement of the employees&apos; representatives</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <source>Step of the work</source>
        <translation>Step of the work</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>What was discussed</translation>
    </message>
    <message>
        <source>Pay by job level</source>
        <translation>Pay by job level</translation>
    </message>
    <message>
        <source>Job level</source>
        <translation>Job level</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Women&apos;s average pay (kr)</source>
        <translation>Women&apos;s average pay (kr)</translation>
    </message>
    <message>
        <source>Men&apos;s average pay (kr)</source>
        <translation>Men&apos;s average pay (kr)</translation>
    </message>
    <message>
        <source>Equality figures per year</source>
        <translation>Equality figures per year</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Women employed</source>
        <translation>Women employed</translation>
    </message>
    <message>
        <source>Men employed</source>
        <translation>Men employed</translation>
    </message>
    <message>
        <source>Temporary staff, women</source>
        <translation>Temporary staff, women</translation>
    </message>
    <message>
        <source>Temporary staff, men</source>
        <translation>Temporary staff, men</translation>
    </message>
    <message>
        <source>Part-time staff, women</source>
        <translation>Part-time staff, women</translation>
    </message>
    <message>
        <source>Part-time staff, men</source>
        <translation>Part-time staff, men</translation>
    </message>
    <message>
        <source>Women who took parental leave</source>
        <translation>Women who took parental leave</translation>
    </message>
    <message>
        <source>Men who took parental leave</source>
        <translation>Men who took parental leave</translation>
    </message>
    <message>
        <source>Average weeks of parental leave, women</source>
        <translation>Average weeks of parental leave, women</translation>
    </message>
    <message>
        <source>Average weeks of parental leave, men</source>
        <translation>Average weeks of parental leave, men</translation>
    </message>
    <message>
        <source>Involuntary part-time, women</source>
        <translation>Involuntary part-time, women</translation>
    </message>
    <message>
        <source>Involuntary part-time, men</source>
        <translation>Involuntary part-time, men</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>The question we work from</source>
        <translation>The question we work from</translation>
    </message>
    <message>
        <source>Labour need</source>
        <translation>Labour need</translation>
    </message>
    <message>
        <source>New ways of working</source>
        <translation>New ways of working</translation>
    </message>
    <message>
        <source>Needs of the target group</source>
        <translation>Needs of the target group</translation>
    </message>
    <message>
        <source>What does the employer need?</source>
        <translation>What does the employer need?</translation>
    </message>
    <message>
        <source>What do people outside work need?</source>
        <translation>What do people outside work need?</translation>
    </message>
    <message>
        <source>Other kinds of positions?</source>
        <translation>Other kinds of positions?</translation>
    </message>
    <message>
        <source>Seen as resources?</source>
        <translation>Seen as resources?</translation>
    </message>
    <message>
        <source>Data and statistics used</source>
        <translation>Data and statistics used</translation>
    </message>
    <message>
        <source>What we narrow down to</source>
        <translation>What we narrow down to</translation>
    </message>
    <message>
        <source>Workshop date</source>
        <translation>Workshop date</translation>
    </message>
    <message>
        <source>Workshop time</source>
        <translation>Workshop time</translation>
    </message>
    <message>
        <source>Workshop place</source>
        <translation>Workshop place</translation>
    </message>
    <message>
        <source>Workshop summary</source>
        <translation>Workshop summary</translation>
    </message>
    <message>
        <source>The employer&apos;s needs are visible</source>
        <translation>The employer&apos;s needs are visible</translation>
    </message>
    <message>
        <source>The target group&apos;s needs are visible</source>
        <translation>The target group&apos;s needs are visible</translation>
    </message>
    <message>
        <source>Owner of the work</source>
        <translation>Owner of the work</translation>
    </message>
    <message>
        <source>How we follow up</source>
        <translation>How we follow up</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <source>Anchoring</source>
        <translation>Anchoring</translation>
    </message>
    <message>
        <source>Training needs</source>
        <translation>Training needs</translation>
    </message>
    <message>
        <source>External support</source>
        <translation>External support</translation>
    </message>
    <message>
        <source>Follow-up of new employees</source>
        <translation>Follow-up of new employees</translation>
    </message>
    <message>
        <source>Language of the printed report</source>
        <translation>Language of the printed report</translation>
    </message>
    <message>
        <source>Hourly cost (kr)</source>
        <translation>Hourly cost (kr)</translation>
    </message>
    <message>
        <source>Holiday pay (%)</source>
        <translation>Holiday pay (%)</translation>
    </message>
    <message>
        <source>Occupational pension (%)</source>
        <translation>Occupational pension (%)</translation>
    </message>
    <message>
        <source>Employer&apos;s contribution (%)</source>
        <translation>Employer&apos;s contribution (%)</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>How insight becomes daily practice</source>
        <translation>How insight becomes daily practice</translation>
    </message>
    <message>
        <source>Experiences to share</source>
        <translation>Experiences to share</translation>
    </message>
    <message>
        <source>What we celebrate</source>
        <translation>What we celebrate</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>A party in the workplace has asked for the four steps</source>
        <translation>A party in the workplace has asked for the four steps</translation>
    </message>
    <message>
        <source>We document our equality work</source>
        <translation>We document our equality work</translation>
    </message>
    <message>
        <source>Hide figures of fewer persons than</source>
        <translation>Hide figures of fewer persons than</translation>
    </message>
    <message>
        <source>Principles, procedures and standards</source>
        <translation>Principles, procedures and standards</translation>
    </message>
    <message>
        <source>Who is responsible for the equality work</source>
        <translation>Who is responsible for the equality work</translation>
    </message>
    <message>
        <source>Own contacts</source>
        <translation>Own contacts</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Web address</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>refers to a gap area that is not in the file</source>
        <translation>refers to a gap area that is not in the file</translation>
    </message>
    <message>
        <source>refers to a goal that is not in the file</source>
        <translation>refers to a goal that is not in the file</translation>
    </message>
    <message>
        <source>refers to a contact that is not in the file</source>
        <translation>refers to a contact that is not in the file</translation>
    </message>
    <message>
        <source>refers to something that is not in the file</source>
        <translation>refers to something that is not in the file</translation>
    </message>
    <message>
        <source>{file} is not a plan file: it is a folder, a device or a pipe, not an ordinary file. Nothing was imported.</source>
        <translation>{file} is not a plan file: it is a folder, a device or a pipe, not an ordinary file. Nothing was imported.</translation>
    </message>
    <message>
        <source>The file is too large to be a plan (more than {limit} MB; plans are far smaller). Nothing was imported.</source>
        <translation>The file is too large to be a plan (more than {limit} MB; plans are far smaller). Nothing was imported.</translation>
    </message>
    <message>
        <source>The file {file} could not be read: {reason}</source>
        <translation>The file {file} could not be read: {reason}</translation>
    </message>
    <message>
        <source>The plan file holds far more than a plan can (more than {limit} values). Nothing was imported.</source>
        <translation>The plan file holds far more than a plan can (more than {limit} values). Nothing was imported.</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>needs</translation>
    </message>
    <message>
        <source>gap areas</source>
        <translation>gap areas</translation>
    </message>
    <message>
        <source>strengths</source>
        <translation>strengths</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>goals</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>indicators</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>measurements</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>measures</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>milestones</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>resources</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>lessons</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>The plan file lists too many {what}: {count}, where a plan may have at most {limit}. Nothing was imported.</source>
        <translation>The plan file lists too many {what}: {count}, where a plan may have at most {limit}. Nothing was imported.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>a group of fields</source>
        <translation>a group of fields</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>the value has the wrong kind (expected {kind})</source>
        <translation>the value has the wrong kind (expected {kind})</translation>
    </message>
    <message>
        <source>the text is too long (at most {limit} characters)</source>
        <translation>the text is too long (at most {limit} characters)</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>the text is empty</translation>
    </message>
    <message>
        <source>the list is too long (at most {limit} rows)</source>
        <translation>the list is too long (at most {limit} rows)</translation>
    </message>
    <message>
        <source>the list has too few items (at least {limit})</source>
        <translation>the list has too few items (at least {limit})</translation>
    </message>
    <message>
        <source>the same entry is listed twice</source>
        <translation>the same entry is listed twice</translation>
    </message>
    <message>
        <source>the value is not one of those allowed</source>
        <translation>the value is not one of those allowed</translation>
    </message>
    <message>
        <source>the value is not in the expected form</source>
        <translation>the value is not in the expected form</translation>
    </message>
    <message>
        <source>the number is too small (at least {limit})</source>
        <translation>the number is too small (at least {limit})</translation>
    </message>
    <message>
        <source>the number is too small (more than {limit})</source>
        <translation>the number is too small (more than {limit})</translation>
    </message>
    <message>
        <source>the number is too large (at most {limit})</source>
        <translation>the number is too large (at most {limit})</translation>
    </message>
    <message>
        <source>a field is missing ({name})</source>
        <translation>a field is missing ({name})</translation>
    </message>
    <message>
        <source>there is a field that does not belong here</source>
        <translation>there is a field that does not belong here</translation>
    </message>
    <message>
        <source>the entry is neither of the kinds allowed here</source>
        <translation>the entry is neither of the kinds allowed here</translation>
    </message>
    <message>
        <source>the value is not allowed here</source>
        <translation>the value is not allowed here</translation>
    </message>
    <message>
        <source>This file is not a Verktøykassa plan file (or it is incomplete or damaged).</source>
        <translation>This file is not a Verktøykassa plan file (or it is incomplete or damaged).</translation>
    </message>
    <message>
        <source>This plan file was made by a newer version of Verktøykassa ({version}). Install that version or a newer one to import it.</source>
        <translation>This plan file was made by a newer version of Verktøykassa ({version}). Install that version or a newer one to import it.</translation>
    </message>
    <message>
        <source>This file is not a Verktøykassa plan file.</source>
        <translation>This file is not a Verktøykassa plan file.</translation>
    </message>
    <message>
        <source>The plan file has wrong content at {where}: {problem}. Nothing was imported.</source>
        <translation>The plan file has wrong content at {where}: {problem}. Nothing was imported.</translation>
    </message>
    <message>
        <source>text with invalid characters</source>
        <translation>text with invalid characters</translation>
    </message>
    <message>
        <source>not a real date</source>
        <translation>not a real date</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>the name is empty</translation>
    </message>
    <message>
        <source>the same id is used twice</source>
        <translation>the same id is used twice</translation>
    </message>
    <message>
        <source>the same scheme or contact is listed twice</source>
        <translation>the same scheme or contact is listed twice</translation>
    </message>
    <message>
        <source>The plan could not be saved. Nothing was imported.</source>
        <translation>The plan could not be saved. Nothing was imported.</translation>
    </message>
    <message>
        <source>The plan could not be saved; the details are in the log file. Nothing was imported.</source>
        <translation>The plan could not be saved; the details are in the log file. Nothing was imported.</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>Person {number}</translation>
    </message>
    <message>
        <source>Participant {number}</source>
        <translation>Participant {number}</translation>
    </message>
    <message>
        <source>Representative {number}</source>
        <translation>Representative {number}</translation>
    </message>
    <message>
        <source>Contact {number}</source>
        <translation>Contact {number}</translation>
    </message>
    <message>
        <source>(left out: this plan file is anonymised)</source>
        <translation>(left out: this plan file is anonymised)</translation>
    </message>
</context>
<context>
    <name>PlanFileCheck</name>
    <message>
        <source>Import plan</source>
        <translation>Import plan</translation>
    </message>
    <message>
        <source>Checking the plan file…</source>
        <translation>Checking the plan file…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Checking the plan file</source>
        <translation>Checking the plan file</translation>
    </message>
    <message>
        <source>The plan file could not be checked. Nothing was imported.</source>
        <translation>The plan file could not be checked. Nothing was imported.</translation>
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
    <message>
        <source>This plan no longer exists.</source>
        <translation>This plan no longer exists.</translation>
    </message>
    <message>
        <source>Everything you type is saved at once.</source>
        <translation>Everything you type is saved at once.</translation>
    </message>
    <message>
        <source>This is the example plan: look around freely. Start your own with File → New plan.</source>
        <translation>This is the example plan: look around freely. Start your own with File → New plan.</translation>
    </message>
    <message>
        <source>← &amp;Previous step</source>
        <translation>← &amp;Previous step</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <source>N&amp;ext step →</source>
        <translation>N&amp;ext step →</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Read-only: another computer has the data open (see the note at the top).</source>
        <translation>Read-only: another computer has the data open (see the note at the top).</translation>
    </message>
    <message>
        <source>Read-only: you may look at and print the plans; your user may not change them.</source>
        <translation>Read-only: you may look at and print the plans; your user may not change them.</translation>
    </message>
    <message>
        <source>Next: start the n&amp;ext cycle…</source>
        <translation>Next: start the n&amp;ext cycle…</translation>
    </message>
    <message>
        <source>Next: start the next cycle</source>
        <translation>Next: start the next cycle</translation>
    </message>
    <message>
        <source>Next: &amp;export the PDF for the board…</source>
        <translation>Next: &amp;export the PDF for the board…</translation>
    </message>
    <message>
        <source>Next: export the PDF for the board</source>
        <translation>Next: export the PDF for the board</translation>
    </message>
    <message>
        <source>Changes made by others are shown.</source>
        <translation>Changes made by others are shown.</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <source>Some of your latest changes could not be saved (is the disk full?). If you close now, they are lost. Close anyway?</source>
        <translation>Some of your latest changes could not be saved (is the disk full?). If you close now, they are lost. Close anyway?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
</context>
<context>
    <name>PlannedHires</name>
    <message>
        <source>(unnamed hire)</source>
        <translation>(unnamed hire)</translation>
    </message>
    <message>
        <source>Planned hires with Nav schemes</source>
        <translation>Planned hires with Nav schemes</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>From Nav</source>
        <translation>From Nav</translation>
    </message>
    <message>
        <source>New hire</source>
        <translation>New hire</translation>
    </message>
    <message>
        <source>No planned hires. Add one to see what Nav&apos;s schemes may pay back.</source>
        <translation>No planned hires. Add one to see what Nav&apos;s schemes may pay back.</translation>
    </message>
    <message>
        <source>Who (a role, not a name):</source>
        <translation>Who (a role, not a name):</translation>
    </message>
    <message>
        <source>Target group:</source>
        <translation>Target group:</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <source>Nav has assessed reduced work capacity (nedsatt arbeidsevne)</source>
        <translation>Nav has assessed reduced work capacity (nedsatt arbeidsevne)</translation>
    </message>
    <message>
        <source>Tick the schemes this hire uses. Space ticks.</source>
        <translation>Tick the schemes this hire uses. Space ticks.</translation>
    </message>
    <message>
        <source>Schemes:</source>
        <translation>Schemes:</translation>
    </message>
    <message>
        <source>Monthl&amp;y wage at 100 % (kr):</source>
        <translation>Monthl&amp;y wage at 100 % (kr):</translation>
    </message>
    <message>
        <source>Job percentage:</source>
        <translation>Job percentage:</translation>
    </message>
    <message>
        <source>&amp;Mentor&apos;s hours a month:</source>
        <translation>&amp;Mentor&apos;s hours a month:</translation>
    </message>
    <message>
        <source>Starts in the &amp;job:</source>
        <translation>Starts in the &amp;job:</translation>
    </message>
    <message>
        <source>Mentor&apos;s hourly wage (kr):</source>
        <translation>Mentor&apos;s hourly wage (kr):</translation>
    </message>
    <message>
        <source>Extra adaptation costs (kr):</source>
        <translation>Extra adaptation costs (kr):</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>Expected from Nav: {subsidy} of {cost} in costs (months: {months}).</source>
        <translation>Expected from Nav: {subsidy} of {cost} in costs (months: {months}).</translation>
    </message>
    <message>
        <source>{year}: costs {cost}, subsidies {subsidy}</source>
        <translation>{year}: costs {cost}, subsidies {subsidy}</translation>
    </message>
    <message>
        <source>No estimate yet: see the messages beside the fields.</source>
        <translation>No estimate yet: see the messages beside the fields.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>The plan</source>
        <translation>The plan</translation>
    </message>
    <message>
        <source>&amp;Name of the plan:</source>
        <translation>&amp;Name of the plan:</translation>
    </message>
    <message>
        <source>Perio&amp;d from:</source>
        <translation>Perio&amp;d from:</translation>
    </message>
    <message>
        <source>Period t&amp;o:</source>
        <translation>Period t&amp;o:</translation>
    </message>
    <message>
        <source>The business</source>
        <translation>The business</translation>
    </message>
    <message>
        <source>Name of the &amp;business:</source>
        <translation>Name of the &amp;business:</translation>
    </message>
    <message>
        <source>Organisation n&amp;umber:</source>
        <translation>Organisation n&amp;umber:</translation>
    </message>
    <message>
        <source>Indu&amp;stry:</source>
        <translation>Indu&amp;stry:</translation>
    </message>
    <message>
        <source>Number of &amp;employees:</source>
        <translation>Number of &amp;employees:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>Count&amp;y:</source>
        <translation>Count&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <source>E-m&amp;ail:</source>
        <translation>E-m&amp;ail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>What should the plan solve?</source>
        <translation>What should the plan solve?</translation>
    </message>
    <message>
        <source>P&amp;roblem statement:</source>
        <translation>P&amp;roblem statement:</translation>
    </message>
    <message>
        <source>The question the work starts from, in your own words.</source>
        <translation>The question the work starts from, in your own words.</translation>
    </message>
    <message>
        <source>The plan needs a name; the last name is kept until you type one.</source>
        <translation>The plan needs a name; the last name is kept until you type one.</translation>
    </message>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation>The name is too long (at most 200 characters).</translation>
    </message>
    <message>
        <source>The number of employees cannot be negative.</source>
        <translation>The number of employees cannot be negative.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>{what} ({count} of {total} {rows})</source>
        <translation>{what} ({count} of {total} {rows})</translation>
    </message>
    <message>
        <source>{rows}: none yet</source>
        <translation>{rows}: none yet</translation>
    </message>
    <message>
        <source>The employer&apos;s needs: none yet</source>
        <translation>The employer&apos;s needs: none yet</translation>
    </message>
    <message>
        <source>The target group&apos;s needs: none yet</source>
        <translation>The target group&apos;s needs: none yet</translation>
    </message>
    <message>
        <source>Goals it serves</source>
        <translation>Goals it serves</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>Key figures to measure: none yet (step 3)</source>
        <translation>Key figures to measure: none yet (step 3)</translation>
    </message>
    <message>
        <source>Measures under way: none yet</source>
        <translation>Measures under way: none yet</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Opened read-only: {user} on {computer} has the data open since {time}.</source>
        <translation>Opened read-only: {user} on {computer} has the data open since {time}.</translation>
    </message>
    <message>
        <source>Opened read-only: {user} on {computer} has the data open.</source>
        <translation>Opened read-only: {user} on {computer} has the data open.</translation>
    </message>
    <message>
        <source>Opened read-only: the data is open on {computer} since {time}.</source>
        <translation>Opened read-only: the data is open on {computer} since {time}.</translation>
    </message>
    <message>
        <source>Opened read-only: the data is open on {computer}.</source>
        <translation>Opened read-only: the data is open on {computer}.</translation>
    </message>
    <message>
        <source>Opened read-only: {user} had the data open on {computer}, but Verktøykassa there seems to have stopped (last sign of life: {time}).</source>
        <translation>Opened read-only: {user} had the data open on {computer}, but Verktøykassa there seems to have stopped (last sign of life: {time}).</translation>
    </message>
    <message>
        <source>Opened read-only: the data is held by Verktøykassa on {computer}, which seems to have stopped (last sign of life: {time}).</source>
        <translation>Opened read-only: the data is held by Verktøykassa on {computer}, which seems to have stopped (last sign of life: {time}).</translation>
    </message>
    <message>
        <source>Opened read-only: {user} has the data open on {computer}. Verktøykassa there last gave a sign of life at {time} by its own clock, which runs ahead of this computer&apos;s: checking whether it still runs…</source>
        <translation>Opened read-only: {user} has the data open on {computer}. Verktøykassa there last gave a sign of life at {time} by its own clock, which runs ahead of this computer&apos;s: checking whether it still runs…</translation>
    </message>
    <message>
        <source>Opened read-only: the data is open on {computer}. Verktøykassa there last gave a sign of life at {time} by its own clock, which runs ahead of this computer&apos;s: checking whether it still runs…</source>
        <translation>Opened read-only: the data is open on {computer}. Verktøykassa there last gave a sign of life at {time} by its own clock, which runs ahead of this computer&apos;s: checking whether it still runs…</translation>
    </message>
    <message>
        <source>Opened read-only: {user} has the data open on {computer}. By this computer&apos;s clock, Verktøykassa there has given no sign of life since {time}, but the clocks of two computers can differ: checking whether it still runs…</source>
        <translation>Opened read-only: {user} has the data open on {computer}. By this computer&apos;s clock, Verktøykassa there has given no sign of life since {time}, but the clocks of two computers can differ: checking whether it still runs…</translation>
    </message>
    <message>
        <source>Opened read-only: the data is open on {computer}. By this computer&apos;s clock, Verktøykassa there has given no sign of life since {time}, but the clocks of two computers can differ: checking whether it still runs…</source>
        <translation>Opened read-only: the data is open on {computer}. By this computer&apos;s clock, Verktøykassa there has given no sign of life since {time}, but the clocks of two computers can differ: checking whether it still runs…</translation>
    </message>
    <message>
        <source>Take over the data from {computer} (last sign of life: {time})? Do this only if Verktøykassa is no longer running there: the computer crashed, lost power or was switched off without closing the program. If it is in fact still running, changes made on both computers can collide, and some of them can be lost.</source>
        <translation>Take over the data from {computer} (last sign of life: {time})? Do this only if Verktøykassa is no longer running there: the computer crashed, lost power or was switched off without closing the program. If it is in fact still running, changes made on both computers can collide, and some of them can be lost.</translation>
    </message>
    <message>
        <source>The data was saved by a newer version of Verktøykassa than this one. Install the newer version on this computer too.</source>
        <translation>The data was saved by a newer version of Verktøykassa than this one. Install the newer version on this computer too.</translation>
    </message>
    <message>
        <source>The data on {computer} needs an upgrade to this version of Verktøykassa, which only the program that holds it may make. Close Verktøykassa on {computer}, then press Try again.</source>
        <translation>The data on {computer} needs an upgrade to this version of Verktøykassa, which only the program that holds it may make. Close Verktøykassa on {computer}, then press Try again.</translation>
    </message>
    <message>
        <source>The data on {computer} could not be read from here ({error}). Close Verktøykassa on {computer}, then press Try again.</source>
        <translation>The data on {computer} could not be read from here ({error}). Close Verktøykassa on {computer}, then press Try again.</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>The gap is not scored (today and desired).</source>
        <translation>The gap is not scored (today and desired).</translation>
    </message>
    <message>
        <source>The goal has no KPI and no measure: the board cannot see how it is followed up.</source>
        <translation>The goal has no KPI and no measure: the board cannot see how it is followed up.</translation>
    </message>
    <message>
        <source>The KPI has no deadline.</source>
        <translation>The KPI has no deadline.</translation>
    </message>
    <message>
        <source>No measurement this period (due since {date}).</source>
        <translation>No measurement this period (due since {date}).</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <source>Ready for the board?</source>
        <translation>Ready for the board?</translation>
    </message>
    <message numerus="yes">
        <source>The board will miss %n thing(s) in “{plan}”. Press Enter on a line to go to its field.</source>
        <translation>
            <numerusform>The board will miss %n thing in “{plan}”. Press Enter on the line to go to its field.</numerusform>
            <numerusform>The board will miss %n things in “{plan}”. Press Enter on a line to go to its field.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{plan}” has everything the board needs.</source>
        <translation>“{plan}” has everything the board needs.</translation>
    </message>
    <message>
        <source>What the board will miss</source>
        <translation>What the board will miss</translation>
    </message>
    <message>
        <source>&amp;Export PDF anyway</source>
        <translation>&amp;Export PDF anyway</translation>
    </message>
    <message>
        <source>&amp;Export PDF</source>
        <translation>&amp;Export PDF</translation>
    </message>
    <message>
        <source>&amp;Go to the field</source>
        <translation>&amp;Go to the field</translation>
    </message>
    <message>
        <source>Go to the field</source>
        <translation>Go to the field</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Verktøykassa found this while you worked and stopped saving at once, so nothing more was written to it. The change you were making may not have been saved.</source>
        <translation>Verktøykassa found this while you worked and stopped saving at once, so nothing more was written to it. The change you were making may not have been saved.</translation>
    </message>
    <message>
        <source>Your data file is damaged</source>
        <translation>Your data file is damaged</translation>
    </message>
    <message>
        <source>Please check your data folder</source>
        <translation>Please check your data folder</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Your data could not be opened</source>
        <translation>Your data could not be opened</translation>
    </message>
    <message>
        <source>You can go back to a backup made by this version; the file is first set aside, untouched, in the folder “damaged” inside your data folder. Or quit and install the newer version.</source>
        <translation>You can go back to a backup made by this version; the file is first set aside, untouched, in the folder “damaged” inside your data folder. Or quit and install the newer version.</translation>
    </message>
    <message>
        <source>You can go back to a backup, or start with an empty database. Either way the file is first set aside, untouched, in the folder “damaged” inside your data folder.</source>
        <translation>You can go back to a backup, or start with an empty database. Either way the file is first set aside, untouched, in the folder “damaged” inside your data folder.</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation>Start with an &amp;empty database</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>RemovalUndo</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo the removal</source>
        <translation>Undo the removal</translation>
    </message>
    <message>
        <source>Removed “{name}”.</source>
        <translation>Removed “{name}”.</translation>
    </message>
    <message>
        <source>“{name}” cannot come back: the plan has changed since.</source>
        <translation>“{name}” cannot come back: the plan has changed since.</translation>
    </message>
    <message>
        <source>“{name}” is back.</source>
        <translation>“{name}” is back.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>(continued in note {number} below the table)</source>
        <translation>(continued in note {number} below the table)</translation>
    </message>
    <message>
        <source>Note {number}: {column}, row {row}</source>
        <translation>Note {number}: {column}, row {row}</translation>
    </message>
    <message>
        <source>Not filled in yet.</source>
        <translation>Not filled in yet.</translation>
    </message>
    <message>
        <source>Action plan for inclusion</source>
        <translation>Action plan for inclusion</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>The question we work from</source>
        <translation>The question we work from</translation>
    </message>
    <message>
        <source>Summary for the board</source>
        <translation>Summary for the board</translation>
    </message>
    <message>
        <source>The full text is in section 2.</source>
        <translation>The full text is in section 2.</translation>
    </message>
    <message>
        <source>Prioritised gaps</source>
        <translation>Prioritised gaps</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Desired</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>… and {count} more goals (section 3).</source>
        <translation>… and {count} more goals (section 3).</translation>
    </message>
    <message>
        <source>Key measures</source>
        <translation>Key measures</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>KPI status</source>
        <translation>KPI status</translation>
    </message>
    <message>
        <source>{reached} of {total} KPIs have reached their target, {improving} are improving.</source>
        <translation>{reached} of {total} KPIs have reached their target, {improving} are improving.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>All {count} KPIs are in sections 3 and 8.</source>
        <translation>All {count} KPIs are in sections 3 and 8.</translation>
    </message>
    <message>
        <source>Gap analysis</source>
        <translation>Gap analysis</translation>
    </message>
    <message>
        <source>Each area scored today and as desired, from 1 (weak) to 5 (strong).</source>
        <translation>Each area scored today and as desired, from 1 (weak) to 5 (strong).</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>UN goals</source>
        <translation>UN goals</translation>
    </message>
    <message>
        <source>Today and desired, per area</source>
        <translation>Today and desired, per area</translation>
    </message>
    <message>
        <source>Desired situation</source>
        <translation>Desired situation</translation>
    </message>
    <message>
        <source>What already works well</source>
        <translation>What already works well</translation>
    </message>
    <message>
        <source>What already works well, to celebrate</source>
        <translation>What already works well, to celebrate</translation>
    </message>
    <message>
        <source>Goals and KPIs</source>
        <translation>Goals and KPIs</translation>
    </message>
    <message>
        <source>Goal {number}</source>
        <translation>Goal {number}</translation>
    </message>
    <message>
        <source>Area: {title}</source>
        <translation>Area: {title}</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>What changes</translation>
    </message>
    <message>
        <source>Why it matters to us</source>
        <translation>Why it matters to us</translation>
    </message>
    <message>
        <source>How we measure it</source>
        <translation>How we measure it</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Latest value</translation>
    </message>
    <message>
        <source>No KPIs yet.</source>
        <translation>No KPIs yet.</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>Expected effect</translation>
    </message>
    <message>
        <source>Schemes used</source>
        <translation>Schemes used</translation>
    </message>
    <message>
        <source>Responsible: {name}</source>
        <translation>Responsible: {name}</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} hours</translation>
    </message>
    <message>
        <source>The Goal column refers to the goal numbers in section 3.</source>
        <translation>The Goal column refers to the goal numbers in section 3.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>No measures with dates yet.</source>
        <translation>No measures with dates yet.</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>milestone</translation>
    </message>
    <message>
        <source>milestone done</source>
        <translation>milestone done</translation>
    </message>
    <message>
        <source>recurs</source>
        <translation>recurs</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>The timeline shows the first {count} months.</source>
        <translation>The timeline shows the first {count} months.</translation>
    </message>
    <message>
        <source>Status as of {date}.</source>
        <translation>Status as of {date}.</translation>
    </message>
    <message>
        <source>Milestones by month</source>
        <translation>Milestones by month</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Roles and follow-up</source>
        <translation>Roles and follow-up</translation>
    </message>
    <message>
        <source>Owner of the work</source>
        <translation>Owner of the work</translation>
    </message>
    <message>
        <source>Operational responsible</source>
        <translation>Operational responsible</translation>
    </message>
    <message>
        <source>How progress is followed up</source>
        <translation>How progress is followed up</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <source>Anchoring in strategy and steering documents</source>
        <translation>Anchoring in strategy and steering documents</translation>
    </message>
    <message>
        <source>Training needs</source>
        <translation>Training needs</translation>
    </message>
    <message>
        <source>External advisers and support</source>
        <translation>External advisers and support</translation>
    </message>
    <message>
        <source>Follow-up of included employees</source>
        <translation>Follow-up of included employees</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role or organisation</source>
        <translation>Role or organisation</translation>
    </message>
    <message>
        <source>Schemes and contacts used</source>
        <translation>Schemes and contacts used</translation>
    </message>
    <message>
        <source>No schemes or contacts are linked to the measures yet.</source>
        <translation>No schemes or contacts are linked to the measures yet.</translation>
    </message>
    <message>
        <source>Scheme or contact</source>
        <translation>Scheme or contact</translation>
    </message>
    <message>
        <source>Provider or organisation</source>
        <translation>Provider or organisation</translation>
    </message>
    <message>
        <source>Web address and contact</source>
        <translation>Web address and contact</translation>
    </message>
    <message>
        <source>Used by measures</source>
        <translation>Used by measures</translation>
    </message>
    <message>
        <source>Evaluation status</source>
        <translation>Evaluation status</translation>
    </message>
    <message>
        <source>Each KPI&apos;s measurements against its baseline and target.</source>
        <translation>Each KPI&apos;s measurements against its baseline and target.</translation>
    </message>
    <message>
        <source>What the measures gave</source>
        <translation>What the measures gave</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>What it gave</source>
        <translation>What it gave</translation>
    </message>
    <message>
        <source>What we learnt</source>
        <translation>What we learnt</translation>
    </message>
    <message>
        <source>into the next cycle</source>
        <translation>into the next cycle</translation>
    </message>
    <message>
        <source>How insight becomes daily practice</source>
        <translation>How insight becomes daily practice</translation>
    </message>
    <message>
        <source>Experiences to share with others</source>
        <translation>Experiences to share with others</translation>
    </message>
    <message>
        <source>What we celebrate</source>
        <translation>What we celebrate</translation>
    </message>
    <message>
        <source>(untitled area)</source>
        <translation>(untitled area)</translation>
    </message>
    <message>
        <source>(untitled KPI)</source>
        <translation>(untitled KPI)</translation>
    </message>
    <message>
        <source>No measurement yet</source>
        <translation>No measurement yet</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>The action plan could not be prepared for printing.</source>
        <translation>The action plan could not be prepared for printing.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>Gross cost</source>
        <translation>Gross cost</translation>
    </message>
    <message>
        <source>Expected subsidies</source>
        <translation>Expected subsidies</translation>
    </message>
    <message>
        <source>Net cost</source>
        <translation>Net cost</translation>
    </message>
    <message>
        <source>Budget and expected subsidies</source>
        <translation>Budget and expected subsidies</translation>
    </message>
    <message>
        <source>Gross cost: each measure&apos;s cost, its hours at the hourly cost and its hires&apos; costs.</source>
        <translation>Gross cost: each measure&apos;s cost, its hours at the hourly cost and its hires&apos; costs.</translation>
    </message>
    <message>
        <source>Expected subsidies: what Nav&apos;s schemes may pay back.</source>
        <translation>Expected subsidies: what Nav&apos;s schemes may pay back.</translation>
    </message>
    <message>
        <source>Hourly cost: {cost}.</source>
        <translation>Hourly cost: {cost}.</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>The whole plan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>In all</translation>
    </message>
    <message>
        <source>Planned hires</source>
        <translation>Planned hires</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>Hire</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>Schemes</translation>
    </message>
    <message>
        <source>Monthly wage</source>
        <translation>Monthly wage</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>What the estimate is based on</source>
        <translation>What the estimate is based on</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>from {date}</translation>
    </message>
    <message>
        <source>{scheme}: rates valid {period}; source: {source}.</source>
        <translation>{scheme}: rates valid {period}; source: {source}.</translation>
    </message>
    <message>
        <source>For the board&apos;s decision</source>
        <translation>For the board&apos;s decision</translation>
    </message>
    <message>
        <source>The board is asked to:</source>
        <translation>The board is asked to:</translation>
    </message>
    <message>
        <source>… and {count} more (section 6).</source>
        <translation>… and {count} more (section 6).</translation>
    </message>
    <message>
        <source>Budget for the plan</source>
        <translation>Budget for the plan</translation>
    </message>
    <message>
        <source>Expected subsidies from Nav (estimate)</source>
        <translation>Expected subsidies from Nav (estimate)</translation>
    </message>
    <message>
        <source>Details in section 4.</source>
        <translation>Details in section 4.</translation>
    </message>
    <message>
        <source>Milestones in the next three months</source>
        <translation>Milestones in the next three months</translation>
    </message>
    <message>
        <source>… and {count} more (section 5).</source>
        <translation>… and {count} more (section 5).</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>…(cut, see the PDF)</source>
        <translation>…(cut, see the PDF)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Gap area</source>
        <translation>Gap area</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Measured on</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>How often</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Measured by</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget per year</source>
        <translation>Budget per year</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <source>Save the action plan as a PDF for the board</source>
        <translation>Save the action plan as a PDF for the board</translation>
    </message>
    <message>
        <source>Save the action plan as a Word document to edit</source>
        <translation>Save the action plan as a Word document to edit</translation>
    </message>
    <message>
        <source>Export to W&amp;ord…</source>
        <translation>Export to W&amp;ord…</translation>
    </message>
    <message>
        <source>Expor&amp;t to Excel…</source>
        <translation>Expor&amp;t to Excel…</translation>
    </message>
    <message>
        <source>Save the measures, KPIs, measurements, gaps and budget as an Excel workbook</source>
        <translation>Save the measures, KPIs, measurements, gaps and budget as an Excel workbook</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the action plan</source>
        <translation>Print the action plan</translation>
    </message>
    <message>
        <source>Making the action plan…</source>
        <translation>Making the action plan…</translation>
    </message>
    <message>
        <source>This plan no longer exists.</source>
        <translation>This plan no longer exists.</translation>
    </message>
    <message>
        <source>The action plan could not be made. Details are in the log file in {folder}.</source>
        <translation>The action plan could not be made. Details are in the log file in {folder}.</translation>
    </message>
    <message>
        <source>Word document in Norwegian bokmål (*.docx)</source>
        <translation>Word document in Norwegian bokmål (*.docx)</translation>
    </message>
    <message>
        <source>Word document in English (*.docx)</source>
        <translation>Word document in English (*.docx)</translation>
    </message>
    <message>
        <source>Excel workbook in Norwegian bokmål (*.xlsx)</source>
        <translation>Excel workbook in Norwegian bokmål (*.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbook in English (*.xlsx)</source>
        <translation>Excel workbook in English (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF in Norwegian bokmål (*.pdf)</source>
        <translation>PDF in Norwegian bokmål (*.pdf)</translation>
    </message>
    <message>
        <source>PDF in English (*.pdf)</source>
        <translation>PDF in English (*.pdf)</translation>
    </message>
    <message>
        <source>Export the plan to Excel</source>
        <translation>Export the plan to Excel</translation>
    </message>
    <message>
        <source>Export the action plan to Word</source>
        <translation>Export the action plan to Word</translation>
    </message>
    <message>
        <source>Export the action plan as PDF</source>
        <translation>Export the action plan as PDF</translation>
    </message>
    <message>
        <source>Saved the action plan to {path}</source>
        <translation>Saved the action plan to {path}</translation>
    </message>
    <message>
        <source>Sending the action plan to the printer…</source>
        <translation>Sending the action plan to the printer…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourcePicker</name>
    <message>
        <source>Schemes and contacts this measure &amp;uses:</source>
        <translation>Schemes and contacts this measure &amp;uses:</translation>
    </message>
    <message>
        <source>Schemes and contacts this measure uses</source>
        <translation>Schemes and contacts this measure uses</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the chosen scheme or contact from this measure</source>
        <translation>Remove the chosen scheme or contact from this measure</translation>
    </message>
    <message>
        <source>Find in the &amp;catalogue:</source>
        <translation>Find in the &amp;catalogue:</translation>
    </message>
    <message>
        <source>Find a scheme or contact to add</source>
        <translation>Find a scheme or contact to add</translation>
    </message>
    <message>
        <source>Suggestions are listed first</source>
        <translation>Suggestions are listed first</translation>
    </message>
    <message>
        <source>Schemes and contacts that can be added</source>
        <translation>Schemes and contacts that can be added</translation>
    </message>
    <message>
        <source>&amp;Add to measure</source>
        <translation>&amp;Add to measure</translation>
    </message>
    <message>
        <source>Add the chosen scheme or contact to this measure</source>
        <translation>Add the chosen scheme or contact to this measure</translation>
    </message>
    <message>
        <source>Catalogue entry no longer in the catalogue ({id})</source>
        <translation>Catalogue entry no longer in the catalogue ({id})</translation>
    </message>
    <message>
        <source>Deleted contact</source>
        <translation>Deleted contact</translation>
    </message>
    <message>
        <source>Suggested: </source>
        <translation>Suggested: </translation>
    </message>
    <message>
        <source>The change could not be saved. Is the disk full or read-only? Try again.</source>
        <translation>The change could not be saved. Is the disk full or read-only? Try again.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>There are no backups yet. One is made each day you use the program.</source>
        <translation>There are no backups yet. One is made each day you use the program.</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. What you have now is backed up first, so nothing is lost.</source>
        <translation>Choose the backup to go back to. What you have now is backed up first, so nothing is lost.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>What the backup holds</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>This backup cannot be read.</source>
        <translation>This backup cannot be read.</translation>
    </message>
    <message>
        <source>(no plans)</source>
        <translation>(no plans)</translation>
    </message>
    <message>
        <source>Backup from {when}. Plans in it:</source>
        <translation>Backup from {when}. Plans in it:</translation>
    </message>
</context>
<context>
    <name>RiskMap</name>
    <message>
        <source>Risk map</source>
        <translation>Risk map</translation>
    </message>
    <message>
        <source>Discrimination grounds down, HR areas across. Choose a cell to assess it below.</source>
        <translation>Discrimination grounds down, HR areas across. Choose a cell to assess it below.</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Assessment:</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>&amp;Gap area where the plan works on it:</source>
        <translation>&amp;Gap area where the plan works on it:</translation>
    </message>
    <message>
        <source>Gap area where the plan works on it</source>
        <translation>Gap area where the plan works on it</translation>
    </message>
    <message>
        <source>{risk} risks, {none} cells without risk, {open} not assessed yet.</source>
        <translation>{risk} risks, {none} cells without risk, {open} not assessed yet.</translation>
    </message>
    <message>
        <source>(no gap area)</source>
        <translation>(no gap area)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Causes found</source>
        <translation>Causes found</translation>
    </message>
    <message>
        <source>Step 2: why does this risk exist? What did you find when you looked into it?</source>
        <translation>Step 2: why does this risk exist? What did you find when you looked into it?</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Retry saving</source>
        <translation>Retry saving</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>Could not save your last changes. Your text is still here — do not close the program. The data folder cannot be reached just now (a network drive or a synced folder that is gone?): press Retry once it is back (the next edit also tries again).</source>
        <translation>Could not save your last changes. Your text is still here — do not close the program. The data folder cannot be reached just now (a network drive or a synced folder that is gone?): press Retry once it is back (the next edit also tries again).</translation>
    </message>
    <message>
        <source>Could not save your last changes. Your text is still here — do not close the program. Free some disk space or check that the data folder can be written to, then press Retry (the next edit also tries again).</source>
        <translation>Could not save your last changes. Your text is still here — do not close the program. Free some disk space or check that the data folder can be written to, then press Retry (the next edit also tries again).</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>This is not a database address the program understands. Write it like postgresql://name@server.example.no/verktoykasse (add ?sslmode=require to insist on an encrypted connection).</source>
        <translation>This is not a database address the program understands. Write it like postgresql://name@server.example.no/verktoykasse (add ?sslmode=require to insist on an encrypted connection).</translation>
    </message>
    <message>
        <source>The database server {host} was not found. Check the server&apos;s name in the address ({address}) and that this computer is on the right network (or VPN).</source>
        <translation>The database server {host} was not found. Check the server&apos;s name in the address ({address}) and that this computer is on the right network (or VPN).</translation>
    </message>
    <message>
        <source>The database server {host} does not answer. It may be switched off or restarting, or a firewall stops the connection. Try again in a moment, or ask the person who runs the server.</source>
        <translation>The database server {host} does not answer. It may be switched off or restarting, or a firewall stops the connection. Try again in a moment, or ask the person who runs the server.</translation>
    </message>
    <message>
        <source>The server {host} did not accept the user name “{user}” with this password. Check both, or ask the person who runs the server.</source>
        <translation>The server {host} did not accept the user name “{user}” with this password. Check both, or ask the person who runs the server.</translation>
    </message>
    <message>
        <source>The server {host} has no database called “{database}”. Check the name at the end of the address, or ask the person who runs the server to create it (see the README).</source>
        <translation>The server {host} has no database called “{database}”. Check the name at the end of the address, or ask the person who runs the server to create it (see the README).</translation>
    </message>
    <message>
        <source>The server {host} does not offer an encrypted connection, and the address asks for one (sslmode=require). Ask the person who runs the server to switch on TLS.</source>
        <translation>The server {host} does not offer an encrypted connection, and the address asks for one (sslmode=require). Ask the person who runs the server to switch on TLS.</translation>
    </message>
    <message>
        <source>The user “{user}” may not change the database “{database}” on {host}. Ask the person who runs the server for the rights the README lists, or use a user that has them.</source>
        <translation>The user “{user}” may not change the database “{database}” on {host}. Ask the person who runs the server for the rights the README lists, or use a user that has them.</translation>
    </message>
    <message>
        <source>The shared database was set up by a newer version of Verktøykassa. Install that version (or a newer one) to use it; this version leaves it unchanged.</source>
        <translation>The shared database was set up by a newer version of Verktøykassa. Install that version (or a newer one) to use it; this version leaves it unchanged.</translation>
    </message>
    <message>
        <source>The shared database {address} could not be used ({detail}).</source>
        <translation>The shared database {address} could not be used ({detail}).</translation>
    </message>
</context>
<context>
    <name>ServerDialogs</name>
    <message>
        <source>The shared database cannot be used</source>
        <translation>The shared database cannot be used</translation>
    </message>
    <message>
        <source>Your plans are on the server, so the program waits for it rather than opening this computer&apos;s own data. To work on this computer alone, choose “This computer” under Settings → Database.</source>
        <translation>Your plans are on the server, so the program waits for it rather than opening this computer&apos;s own data. To work on this computer alone, choose “This computer” under Settings → Database.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
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
<context>
    <name>Shortened</name>
    <message>
        <source>{where} ({length} characters, {kept} kept)</source>
        <translation>{where} ({length} characters, {kept} kept)</translation>
    </message>
    <message>
        <source>{count} more</source>
        <translation>{count} more</translation>
    </message>
    <message>
        <source>Some texts are longer than a plan file holds, so the file has them shortened: {texts}. The whole texts are still in Verktøykassa; shorten them there to carry everything.</source>
        <translation>Some texts are longer than a plan file holds, so the file has them shortened: {texts}. The whole texts are still in Verktøykassa; shorten them there to carry everything.</translation>
    </message>
    <message>
        <source>Some texts are longer than an Excel cell holds, so the workbook has them shortened and marked “{mark}”: {texts}. The PDF and the Word document have the whole texts.</source>
        <translation>Some texts are longer than an Excel cell holds, so the workbook has them shortened and marked “{mark}”: {texts}. The PDF and the Word document have the whole texts.</translation>
    </message>
</context>
<context>
    <name>StartWarning</name>
    <message>
        <source>inside {service}, a folder a sync program copies between computers</source>
        <translation>inside {service}, a folder a sync program copies between computers</translation>
    </message>
    <message>
        <source>on a network drive ({kind})</source>
        <translation>on a network drive ({kind})</translation>
    </message>
    <message>
        <source>Your data folder {folder} is {where}. A database there can be damaged: sync programs copy the file while Verktøykassa writes to it, file locking over a network does not work reliably, and two computers using it at once end up with conflicting copies. Keep the data in a folder on this computer. To work on the same plans from several computers, use a shared database on a server instead (Tools → Settings… → Database; see the README).</source>
        <translation>Your data folder {folder} is {where}. A database there can be damaged: sync programs copy the file while Verktøykassa writes to it, file locking over a network does not work reliably, and two computers using it at once end up with conflicting copies. Keep the data in a folder on this computer. To work on the same plans from several computers, use a shared database on a server instead (Tools → Settings… → Database; see the README).</translation>
    </message>
    <message>
        <source>Your data folder is not a safe place</source>
        <translation>Your data folder is not a safe place</translation>
    </message>
    <message>
        <source>Moving puts the data in {folder}. A backup is made first, and the old file is kept aside, never deleted.</source>
        <translation>Moving puts the data in {folder}. A backup is made first, and the old file is kept aside, never deleted.</translation>
    </message>
    <message>
        <source>&amp;Move the data to this computer</source>
        <translation>&amp;Move the data to this computer</translation>
    </message>
    <message>
        <source>&amp;Keep it here</source>
        <translation>&amp;Keep it here</translation>
    </message>
    <message>
        <source>The data could not be moved now (another program may be using the file). It stays in {folder}; the program offers the move again at the next start.</source>
        <translation>The data could not be moved now (another program may be using the file). It stays in {folder}; the program offers the move again at the next start.</translation>
    </message>
    <message>
        <source>Your data is in {folder} now.</source>
        <translation>Your data is in {folder} now.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Target reached</source>
        <translation>Target reached</translation>
    </message>
    <message>
        <source>Improving</source>
        <translation>Improving</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Worse</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>No change</translation>
    </message>
    <message>
        <source>Measured once</source>
        <translation>Measured once</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>{late} ({status})</source>
        <translation>{late} ({status})</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Choose a step to go to it. Each step says what it still lacks, or that it is done.</source>
        <translation>Choose a step to go to it. Each step says what it still lacks, or that it is done.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Missing: {item}</source>
        <translation>Missing: {item}</translation>
    </message>
    <message>
        <source>Missing: {item} and {count} more</source>
        <translation>Missing: {item} and {count} more</translation>
    </message>
    <message>
        <source>Missing: {items}</source>
        <translation>Missing: {items}</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Missing:</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>In the method: {term}</source>
        <translation>In the method: {term}</translation>
    </message>
    <message>
        <source>Hide guidance</source>
        <translation>Hide guidance</translation>
    </message>
    <message>
        <source>Show guidance</source>
        <translation>Show guidance</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: {items}</source>
        <translation>Missing: {items}</translation>
    </message>
</context>
<context>
    <name>Subsidy</name>
    <message>
        <source>An hourly cost cannot be negative; hours are not costed.</source>
        <translation>An hourly cost cannot be negative; hours are not costed.</translation>
    </message>
    <message>
        <source>More than kr 10 000 an hour looks like a typing slip; hours are not costed.</source>
        <translation>More than kr 10 000 an hour looks like a typing slip; hours are not costed.</translation>
    </message>
    <message>
        <source>Hours are not costed: set the hourly cost on the measures step.</source>
        <translation>Hours are not costed: set the hourly cost on the measures step.</translation>
    </message>
    <message>
        <source>Estimate — Nav decides; the official page is the authority.</source>
        <translation>Estimate — Nav decides; the official page is the authority.</translation>
    </message>
    <message>
        <source>{what} {value} holds until {end}; the estimate uses it after that too.</source>
        <translation>{what} {value} holds until {end}; the estimate uses it after that too.</translation>
    </message>
    <message>
        <source>Holiday pay</source>
        <translation>Holiday pay</translation>
    </message>
    <message>
        <source>Occupational pension</source>
        <translation>Occupational pension</translation>
    </message>
    <message>
        <source>Employer&apos;s contribution (zone I)</source>
        <translation>Employer&apos;s contribution (zone I)</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>The rates for {scheme} hold until {end}; the estimate uses them after that too.</source>
        <translation>The rates for {scheme} hold until {end}; the estimate uses them after that too.</translation>
    </message>
    <message>
        <source>The rates for {scheme} in the catalogue hold from {start}; earlier months use them too.</source>
        <translation>The rates for {scheme} in the catalogue hold from {start}; earlier months use them too.</translation>
    </message>
    <message>
        <source>Type the mentor&apos;s hours a month, above 0, to get an estimate for this part.</source>
        <translation>Type the mentor&apos;s hours a month, above 0, to get an estimate for this part.</translation>
    </message>
    <message>
        <source>Type an amount above 0 to get an estimate for this part.</source>
        <translation>Type an amount above 0 to get an estimate for this part.</translation>
    </message>
    <message>
        <source>Hours cannot be negative; this part has no estimate.</source>
        <translation>Hours cannot be negative; this part has no estimate.</translation>
    </message>
    <message>
        <source>An amount cannot be negative; this part has no estimate.</source>
        <translation>An amount cannot be negative; this part has no estimate.</translation>
    </message>
    <message>
        <source>More than {maximum} hours a month looks like a typing slip; this part has no estimate.</source>
        <translation>More than {maximum} hours a month looks like a typing slip; this part has no estimate.</translation>
    </message>
    <message>
        <source>More than {maximum} looks like a typing slip; this part has no estimate.</source>
        <translation>More than {maximum} looks like a typing slip; this part has no estimate.</translation>
    </message>
    <message>
        <source>A job percentage must be above 0; this hire has no estimate.</source>
        <translation>A job percentage must be above 0; this hire has no estimate.</translation>
    </message>
    <message>
        <source>A job percentage is at most 100; the estimate uses 100 %.</source>
        <translation>A job percentage is at most 100; the estimate uses 100 %.</translation>
    </message>
    <message>
        <source>Choose the scheme(s) this hire uses to get an estimate.</source>
        <translation>Choose the scheme(s) this hire uses to get an estimate.</translation>
    </message>
    <message>
        <source>Nav gives one wage subsidy (or arbeidstrening) at a time; the estimate uses {scheme}.</source>
        <translation>Nav gives one wage subsidy (or arbeidstrening) at a time; the estimate uses {scheme}.</translation>
    </message>
    <message>
        <source>Give a start date to get an estimate.</source>
        <translation>Give a start date to get an estimate.</translation>
    </message>
    <message>
        <source>{scheme} could not start before {date}; it has no estimate.</source>
        <translation>{scheme} could not start before {date}; it has no estimate.</translation>
    </message>
    <message>
        <source>{scheme} is for young people under 30; it has no estimate for this hire.</source>
        <translation>{scheme} is for young people under 30; it has no estimate for this hire.</translation>
    </message>
    <message>
        <source>{scheme} must start between 1 June and 31 August; it has no estimate.</source>
        <translation>{scheme} must start between 1 June and 31 August; it has no estimate.</translation>
    </message>
    <message>
        <source>{scheme} ends by {date}; later months have no estimate.</source>
        <translation>{scheme} ends by {date}; later months have no estimate.</translation>
    </message>
    <message>
        <source>Nav covers at most {cap}; the estimate is capped there.</source>
        <translation>Nav covers at most {cap}; the estimate is capped there.</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>Suggestions from the catalogue</source>
        <translation>Suggestions from the catalogue</translation>
    </message>
    <message>
        <source>Suggested schemes and contacts</source>
        <translation>Suggested schemes and contacts</translation>
    </message>
    <message>
        <source>No suggestions yet. Describe the area or the measure, or search the catalogue (Ctrl+K).</source>
        <translation>No suggestions yet. Describe the area or the measure, or search the catalogue (Ctrl+K).</translation>
    </message>
    <message>
        <source>Open &amp;web page</source>
        <translation>Open &amp;web page</translation>
    </message>
    <message>
        <source>Open the suggestion&apos;s official web page</source>
        <translation>Open the suggestion&apos;s official web page</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Phone: {phone}</translation>
    </message>
</context>
<context>
    <name>TakenOver</name>
    <message>
        <source>Verktøykassa on {here} could not save this text ({time}): Verktøykassa on {computer} had taken over the data. Copy it into the plan once you can change the plans here again.</source>
        <translation>Verktøykassa on {here} could not save this text ({time}): Verktøykassa on {computer} had taken over the data. Copy it into the plan once you can change the plans here again.</translation>
    </message>
    <message>
        <source>Plan: {name}</source>
        <translation>Plan: {name}</translation>
    </message>
    <message>
        <source>Verktøykassa text not saved {time}</source>
        <translation>Verktøykassa text not saved {time}</translation>
    </message>
    <message>
        <source>What you had just typed could not be saved into the data any more: it is kept in {path}.</source>
        <translation>What you had just typed could not be saved into the data any more: it is kept in {path}.</translation>
    </message>
    <message>
        <source>What you had just typed could not be saved into the data any more, nor into a file: copy it from here.

{text}</source>
        <translation>What you had just typed could not be saved into the data any more, nor into a file: copy it from here.

{text}</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Who works here today, and who is missing compared with the people around you?</source>
        <translation>Who works here today, and who is missing compared with the people around you?</translation>
    </message>
    <message>
        <source>For example: most of us are alike in age and background; nobody has a known disability or came to us after a long time outside work.</source>
        <translation>For example: most of us are alike in age and background; nobody has a known disability or came to us after a long time outside work.</translation>
    </message>
    <message>
        <source>For example: the team reflects the town we work in, and newcomers feel welcome from day one.</source>
        <translation>For example: the team reflects the town we work in, and newcomers feel welcome from day one.</translation>
    </message>
    <message>
        <source>How you find, choose and take in new people: adverts, channels, interviews.</source>
        <translation>How you find, choose and take in new people: adverts, channels, interviews.</translation>
    </message>
    <message>
        <source>For example: we hire through friends and family, ask for experience the job does not need, and a gap in the CV puts an applicant aside.</source>
        <translation>For example: we hire through friends and family, ask for experience the job does not need, and a gap in the CV puts an applicant aside.</translation>
    </message>
    <message>
        <source>For example: adverts ask only for what the job needs, we use Nav as a channel, and we meet candidates with a gap in the CV.</source>
        <translation>For example: adverts ask only for what the job needs, we use Nav as a channel, and we meet candidates with a gap in the CV.</translation>
    </message>
    <message>
        <source>Whether those who lead people know how to adapt tasks, hours and training.</source>
        <translation>Whether those who lead people know how to adapt tasks, hours and training.</translation>
    </message>
    <message>
        <source>For example: we adapt work when someone asks, but nobody has learnt how, and it depends on who is on shift.</source>
        <translation>For example: we adapt work when someone asks, but nobody has learnt how, and it depends on who is on shift.</translation>
    </message>
    <message>
        <source>For example: every shift leader knows the basics of adapting work and where to get help.</source>
        <translation>For example: every shift leader knows the basics of adapting work and where to get help.</translation>
    </message>
    <message>
        <source>Who outside the business you work with: Nav, job-training providers, non-profits.</source>
        <translation>Who outside the business you work with: Nav, job-training providers, non-profits.</translation>
    </message>
    <message>
        <source>For example: we have no regular contact with Nav and do not know which schemes we could use.</source>
        <translation>For example: we have no regular contact with Nav and do not know which schemes we could use.</translation>
    </message>
    <message>
        <source>For example: we have a named contact at the local Nav office and one partner for work trials.</source>
        <translation>For example: we have a named contact at the local Nav office and one partner for work trials.</translation>
    </message>
    <message>
        <source>How new people are followed up after the first weeks, so that they stay.</source>
        <translation>How new people are followed up after the first weeks, so that they stay.</translation>
    </message>
    <message>
        <source>For example: training happens along the way, and nobody checks in after the first month.</source>
        <translation>For example: training happens along the way, and nobody checks in after the first month.</translation>
    </message>
    <message>
        <source>For example: each new person has a mentor, a plan for the first months and regular short talks.</source>
        <translation>For example: each new person has a mentor, a plan for the first months and regular short talks.</translation>
    </message>
    <message>
        <source>More inclusive hiring in chosen roles</source>
        <translation>More inclusive hiring in chosen roles</translation>
    </message>
    <message>
        <source>More of the people we hire into chosen roles come from outside working life.</source>
        <translation>More of the people we hire into chosen roles come from outside working life.</translation>
    </message>
    <message>
        <source>We need hands, and many able people are waiting for a chance.</source>
        <translation>We need hands, and many able people are waiting for a chance.</translation>
    </message>
    <message>
        <source>We count each new hire and whether they came through Nav or another inclusion route.</source>
        <translation>We count each new hire and whether they came through Nav or another inclusion route.</translation>
    </message>
    <message>
        <source>Share of new hires from the target groups</source>
        <translation>Share of new hires from the target groups</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>A social purchasing policy</source>
        <translation>A social purchasing policy</translation>
    </message>
    <message>
        <source>When we buy goods and services, we choose work-inclusion businesses where we can.</source>
        <translation>When we buy goods and services, we choose work-inclusion businesses where we can.</translation>
    </message>
    <message>
        <source>Our purchases can give others a job without extra cost to us.</source>
        <translation>Our purchases can give others a job without extra cost to us.</translation>
    </message>
    <message>
        <source>We check our supplier list once a year.</source>
        <translation>We check our supplier list once a year.</translation>
    </message>
    <message>
        <source>Share of purchases from work-inclusion businesses</source>
        <translation>Share of purchases from work-inclusion businesses</translation>
    </message>
    <message>
        <source>Permanent places for work practice or apprentices</source>
        <translation>Permanent places for work practice or apprentices</translation>
    </message>
    <message>
        <source>We always have places ready for work practice or an apprentice, not just now and then.</source>
        <translation>We always have places ready for work practice or an apprentice, not just now and then.</translation>
    </message>
    <message>
        <source>It is how we train the skilled people we will need later.</source>
        <translation>It is how we train the skilled people we will need later.</translation>
    </message>
    <message>
        <source>We count the places in use at the end of each quarter.</source>
        <translation>We count the places in use at the end of each quarter.</translation>
    </message>
    <message>
        <source>Practice and apprentice places in use</source>
        <translation>Practice and apprentice places in use</translation>
    </message>
    <message>
        <source>places</source>
        <translation>places</translation>
    </message>
    <message>
        <source>Managers who know how to adapt work</source>
        <translation>Managers who know how to adapt work</translation>
    </message>
    <message>
        <source>Everyone who leads people knows how to adapt work and include new colleagues.</source>
        <translation>Everyone who leads people knows how to adapt work and include new colleagues.</translation>
    </message>
    <message>
        <source>Good adaptation keeps people at work and lowers sick leave.</source>
        <translation>Good adaptation keeps people at work and lowers sick leave.</translation>
    </message>
    <message>
        <source>We note who has taken the training.</source>
        <translation>We note who has taken the training.</translation>
    </message>
    <message>
        <source>Share of managers trained in inclusion</source>
        <translation>Share of managers trained in inclusion</translation>
    </message>
    <message>
        <source>Work practice together with non-profits</source>
        <translation>Work practice together with non-profits</translation>
    </message>
    <message>
        <source>We offer work practice as joint projects with non-profit organisations.</source>
        <translation>We offer work practice as joint projects with non-profit organisations.</translation>
    </message>
    <message>
        <source>They know the people who need a start; we have the work and the workplace.</source>
        <translation>They know the people who need a start; we have the work and the workplace.</translation>
    </message>
    <message>
        <source>We count the people who had practice with us.</source>
        <translation>We count the people who had practice with us.</translation>
    </message>
    <message>
        <source>People in practice through non-profit partners</source>
        <translation>People in practice through non-profit partners</translation>
    </message>
    <message>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <source>Recruitment practice</source>
        <translation>Recruitment practice</translation>
    </message>
    <message>
        <source>Review how we recruit</source>
        <translation>Review how we recruit</translation>
    </message>
    <message>
        <source>Go through the job adverts, where we post them and how we interview, so that more kinds of people can apply and get a fair chance.</source>
        <translation>Go through the job adverts, where we post them and how we interview, so that more kinds of people can apply and get a fair chance.</translation>
    </message>
    <message>
        <source>Cooperation with Nav</source>
        <translation>Cooperation with Nav</translation>
    </message>
    <message>
        <source>Start working with Nav and inclusion partners</source>
        <translation>Start working with Nav and inclusion partners</translation>
    </message>
    <message>
        <source>Get a named contact at the local Nav office and meet a work-inclusion business or non-profit that can send candidates and help follow them up.</source>
        <translation>Get a named contact at the local Nav office and meet a work-inclusion business or non-profit that can send candidates and help follow them up.</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Competence</translation>
    </message>
    <message>
        <source>Train managers in inclusive working life</source>
        <translation>Train managers in inclusive working life</translation>
    </message>
    <message>
        <source>A short course for everyone who hires or leads shifts: adapting work, talking about needs, and where to get help.</source>
        <translation>A short course for everyone who hires or leads shifts: adapting work, talking about needs, and where to get help.</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>Purchasing</translation>
    </message>
    <message>
        <source>Make an inclusive purchasing policy</source>
        <translation>Make an inclusive purchasing policy</translation>
    </message>
    <message>
        <source>Write down, on one page, that we prefer suppliers who include people outside working life when price and quality are comparable.</source>
        <translation>Write down, on one page, that we prefer suppliers who include people outside working life when price and quality are comparable.</translation>
    </message>
    <message>
        <source>Work practice</source>
        <translation>Work practice</translation>
    </message>
    <message>
        <source>Try out a work-trial place</source>
        <translation>Try out a work-trial place</translation>
    </message>
    <message>
        <source>Take in one person on a work trial for a few months, with a mentor, and learn from it before doing more.</source>
        <translation>Take in one person on a work trial for a few months, with a mentor, and learn from it before doing more.</translation>
    </message>
    <message>
        <source>Management anchoring</source>
        <translation>Management anchoring</translation>
    </message>
    <message>
        <source>Inclusion on the agenda of management talks</source>
        <translation>Inclusion on the agenda of management talks</translation>
    </message>
    <message>
        <source>The manager is the role model. Follow-up of this plan is part of the yearly talk with each shift leader and of the owner&apos;s own goals.</source>
        <translation>The manager is the role model. Follow-up of this plan is part of the yearly talk with each shift leader and of the owner&apos;s own goals.</translation>
    </message>
    <message>
        <source>Diversity and inclusion in the training plan</source>
        <translation>Diversity and inclusion in the training plan</translation>
    </message>
    <message>
        <source>Put inclusion in the business&apos;s training plan, and let those who hire take a short free course on diversity and recruitment.</source>
        <translation>Put inclusion in the business&apos;s training plan, and let those who hire take a short free course on diversity and recruitment.</translation>
    </message>
    <message>
        <source>Recruitment routines that welcome diversity</source>
        <translation>Recruitment routines that welcome diversity</translation>
    </message>
    <message>
        <source>The owner and whoever hires agree on how we describe the job, word the advert, choose where to post it, and pick and interview candidates.</source>
        <translation>The owner and whoever hires agree on how we describe the job, word the advert, choose where to post it, and pick and interview candidates.</translation>
    </message>
    <message>
        <source>Trainee and work-trial places</source>
        <translation>Trainee and work-trial places</translation>
    </message>
    <message>
        <source>Consider a trainee place for each vacancy</source>
        <translation>Consider a trainee place for each vacancy</translation>
    </message>
    <message>
        <source>Early in the year, look at each expected vacancy and ask whether it could be a work trial or a trainee place for someone with reduced functional ability or a gap in the CV.</source>
        <translation>Early in the year, look at each expected vacancy and ask whether it could be a work trial or a trainee place for someone with reduced functional ability or a gap in the CV.</translation>
    </message>
    <message>
        <source>A standing contact with the local Nav office</source>
        <translation>A standing contact with the local Nav office</translation>
    </message>
    <message>
        <source>Talk with Nav before advertising a job, to get more applicants from the target groups and to arrange short work placements.</source>
        <translation>Talk with Nav before advertising a job, to get more applicants from the target groups and to arrange short work placements.</translation>
    </message>
    <message>
        <source>Follow-up by the board</source>
        <translation>Follow-up by the board</translation>
    </message>
    <message>
        <source>The plan at the first board meeting of the year</source>
        <translation>The plan at the first board meeting of the year</translation>
    </message>
    <message>
        <source>Agree at the first board meeting how this plan is followed up during the year and when it is reported back.</source>
        <translation>Agree at the first board meeting how this plan is followed up during the year and when it is reported back.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>The plan “{name}” holds texts longer than a field holds: {texts}. Shorten them in the plan first. Nothing was moved.</source>
        <translation>The plan “{name}” holds texts longer than a field holds: {texts}. Shorten them in the plan first. Nothing was moved.</translation>
    </message>
    <message>
        <source>The copy of the plan “{name}” did not match the original. Nothing was moved.</source>
        <translation>The copy of the plan “{name}” did not match the original. Nothing was moved.</translation>
    </message>
    <message>
        <source>The plans could not be copied ({reason}). Nothing was moved.</source>
        <translation>The plans could not be copied ({reason}). Nothing was moved.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>An organisation number must be 9 digits.</source>
        <translation>An organisation number must be 9 digits.</translation>
    </message>
    <message>
        <source>The check digit does not match — check for a typo in the organisation number.</source>
        <translation>The check digit does not match — check for a typo in the organisation number.</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces and perhaps a leading +.</source>
        <translation>A phone number has digits, spaces and perhaps a leading +.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.no).</source>
        <translation>This does not look like an e-mail address (name@example.no).</translation>
    </message>
    <message>
        <source>A web address looks like https://www.example.no.</source>
        <translation>A web address looks like https://www.example.no.</translation>
    </message>
    <message>
        <source>The deadline is before the start.</source>
        <translation>The deadline is before the start.</translation>
    </message>
    <message>
        <source>The milestone is before the measure starts.</source>
        <translation>The milestone is before the measure starts.</translation>
    </message>
    <message>
        <source>The milestone is after the measure&apos;s deadline.</source>
        <translation>The milestone is after the measure&apos;s deadline.</translation>
    </message>
    <message>
        <source>Give a score from {low} to {high}.</source>
        <translation>Give a score from {low} to {high}.</translation>
    </message>
    <message>
        <source>Write a number, for example {example}.</source>
        <translation>Write a number, for example {example}.</translation>
    </message>
    <message>
        <source>Is it {big} or {small}? Write {big} for the first, or {comma} for the second.</source>
        <translation>Is it {big} or {small}? Write {big} for the first, or {comma} for the second.</translation>
    </message>
    <message>
        <source>This number is too large: the field holds numbers up to a million billion ({highest}), plus or minus.</source>
        <translation>This number is too large: the field holds numbers up to a million billion ({highest}), plus or minus.</translation>
    </message>
    <message>
        <source>This number is too large: the field holds whole numbers up to ten million ({highest}).</source>
        <translation>This number is too large: the field holds whole numbers up to ten million ({highest}).</translation>
    </message>
    <message>
        <source>The text is too long: at most {limit} characters fit here, and it has {count}. It is not saved until it is shorter; what you typed stays in the box.</source>
        <translation>The text is too long: at most {limit} characters fit here, and it has {count}. It is not saved until it is shorter; what you typed stays in the box.</translation>
    </message>
    <message>
        <source>Is “{typed}” one number? Write it as {example}: a space goes only between groups of three digits.</source>
        <translation>Is “{typed}” one number? Write it as {example}: a space goes only between groups of three digits.</translation>
    </message>
    <message>
        <source>Here the decimal sign is a comma, and a space parts the thousands: write {example}.</source>
        <translation>Here the decimal sign is a comma, and a space parts the thousands: write {example}.</translation>
    </message>
    <message>
        <source>Here the decimal sign is a point, and a comma parts the thousands: write {example}.</source>
        <translation>Here the decimal sign is a point, and a comma parts the thousands: write {example}.</translation>
    </message>
    <message>
        <source>Write only the number here, without “{unit}”, for example {example}.</source>
        <translation>Write only the number here, without “{unit}”, for example {example}.</translation>
    </message>
    <message>
        <source>Write the hours as a number: {fraction} for {hours} hours and {minutes} minutes.</source>
        <translation>Write the hours as a number: {fraction} for {hours} hours and {minutes} minutes.</translation>
    </message>
    <message>
        <source>Is it {decimal} hours, or {hours} hours and {minutes} minutes? Write {decimal} for the first, or {fraction} for the second.</source>
        <translation>Is it {decimal} hours, or {hours} hours and {minutes} minutes? Write {decimal} for the first, or {fraction} for the second.</translation>
    </message>
    <message>
        <source>Is it {small} % or {big} %? Write {small} % for the first, or {big} for the second.</source>
        <translation>Is it {small} % or {big} %? Write {small} % for the first, or {big} for the second.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>The target is higher than the baseline, but lower is better.</source>
        <translation>The target is higher than the baseline, but lower is better.</translation>
    </message>
    <message>
        <source>The target is lower than the baseline, but higher is better.</source>
        <translation>The target is lower than the baseline, but higher is better.</translation>
    </message>
    <message>
        <source>The number of employees cannot be negative.</source>
        <translation>The number of employees cannot be negative.</translation>
    </message>
    <message>
        <source>The employer&apos;s need is not written down yet.</source>
        <translation>The employer&apos;s need is not written down yet.</translation>
    </message>
    <message>
        <source>The target group&apos;s need is not written down yet.</source>
        <translation>The target group&apos;s need is not written down yet.</translation>
    </message>
    <message>
        <source>The desired situation scores lower than today.</source>
        <translation>The desired situation scores lower than today.</translation>
    </message>
    <message>
        <source>This goal has no KPI yet, so progress cannot be followed.</source>
        <translation>This goal has no KPI yet, so progress cannot be followed.</translation>
    </message>
    <message>
        <source>The KPI has no target.</source>
        <translation>The KPI has no target.</translation>
    </message>
    <message>
        <source>The measure has no owner.</source>
        <translation>The measure has no owner.</translation>
    </message>
    <message>
        <source>The measure has no deadline.</source>
        <translation>The measure has no deadline.</translation>
    </message>
    <message>
        <source>Costs and hours cannot be negative.</source>
        <translation>Costs and hours cannot be negative.</translation>
    </message>
</context>
<context>
    <name>Worksheets</name>
    <message>
        <source>Workshop kit</source>
        <translation>Workshop kit</translation>
    </message>
    <message>
        <source>Workshop: agenda</source>
        <translation>Workshop: agenda</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>What we start from</source>
        <translation>What we start from</translation>
    </message>
    <message>
        <source>Welcome: why we are here, and how the day goes</source>
        <translation>Welcome: why we are here, and how the day goes</translation>
    </message>
    <message>
        <source>A round: who we are and what we bring</source>
        <translation>A round: who we are and what we bring</translation>
    </message>
    <message>
        <source>The four guiding questions, about 15 minutes each</source>
        <translation>The four guiding questions, about 15 minutes each</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>The gap areas: each person puts dots for today and for where we want to be</source>
        <translation>The gap areas: each person puts dots for today and for where we want to be</translation>
    </message>
    <message>
        <source>First ideas: goals, and measures that can close the biggest gaps</source>
        <translation>First ideas: goals, and measures that can close the biggest gaps</translation>
    </message>
    <message>
        <source>Summing up: what we learnt and what happens next</source>
        <translation>Summing up: what we learnt and what happens next</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>What we do</source>
        <translation>What we do</translation>
    </message>
    <message>
        <source>The guiding questions</source>
        <translation>The guiding questions</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>Question {number} of {count}</translation>
    </message>
    <message>
        <source>What the plan says so far</source>
        <translation>What the plan says so far</translation>
    </message>
    <message>
        <source>Gap areas: where are we today, and where do we want to be?</source>
        <translation>Gap areas: where are we today, and where do we want to be?</translation>
    </message>
    <message>
        <source>Put one dot per person in each row: one under Today, one under Desired (1 = very weak, 5 = very good).</source>
        <translation>Put one dot per person in each row: one under Today, one under Desired (1 = very weak, 5 = very good).</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Desired</translation>
    </message>
    <message>
        <source>A thick frame marks the score the plan holds so far.</source>
        <translation>A thick frame marks the score the plan holds so far.</translation>
    </message>
    <message>
        <source>Goals and how we measure them</source>
        <translation>Goals and how we measure them</translation>
    </message>
    <message>
        <source>One row per goal: clear (what changes), relevant (why it matters) and measurable.</source>
        <translation>One row per goal: clear (what changes), relevant (why it matters) and measurable.</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>What changes</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Why it matters</translation>
    </message>
    <message>
        <source>How we measure it</source>
        <translation>How we measure it</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Measures: who does what, and by when</source>
        <translation>Measures: who does what, and by when</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>Expected effect</translation>
    </message>
    <message>
        <source>Nav scheme that may help</source>
        <translation>Nav scheme that may help</translation>
    </message>
    <message>
        <source>Gap area</source>
        <translation>Gap area</translation>
    </message>
    <message>
        <source>Schemes and helpers that may fit</source>
        <translation>Schemes and helpers that may fit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Schemes that may help with your gap areas</source>
        <translation>Schemes that may help with your gap areas</translation>
    </message>
    <message>
        <source>From the catalogue in the program: look them up there for amounts, rules and whom to call.</source>
        <translation>From the catalogue in the program: look them up there for amounts, rules and whom to call.</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>Which needs for labour does the employer have? Which competences and experience?</source>
        <translation>Which needs for labour does the employer have? Which competences and experience?</translation>
    </message>
    <message>
        <source>Which needs do the people outside work have, and what do they know and bring?</source>
        <translation>Which needs do the people outside work have, and what do they know and bring?</translation>
    </message>
    <message>
        <source>Have we considered other kinds of positions and competences?</source>
        <translation>Have we considered other kinds of positions and competences?</translation>
    </message>
    <message>
        <source>How can those outside working life be seen as resources for our work?</source>
        <translation>How can those outside working life be seen as resources for our work?</translation>
    </message>
    <message>
        <source>Invitation: workshop on inclusion at {organisation}</source>
        <translation>Invitation: workshop on inclusion at {organisation}</translation>
    </message>
    <message>
        <source>Invitation: workshop on inclusion</source>
        <translation>Invitation: workshop on inclusion</translation>
    </message>
    <message>
        <source>(to be decided)</source>
        <translation>(to be decided)</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hello,</translation>
    </message>
    <message>
        <source>We invite you to a workshop where we explore together how more people can get a job with us: what we need, and what people who stand outside working life need and can bring.</source>
        <translation>We invite you to a workshop where we explore together how more people can get a job with us: what we need, and what people who stand outside working life need and can bring.</translation>
    </message>
    <message>
        <source>When: {date}</source>
        <translation>When: {date}</translation>
    </message>
    <message>
        <source>Where: {place}</source>
        <translation>Where: {place}</translation>
    </message>
    <message>
        <source>What we start from:</source>
        <translation>What we start from:</translation>
    </message>
    <message>
        <source>We will talk about four questions:</source>
        <translation>We will talk about four questions:</translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation>Please bring:</translation>
    </message>
    <message>
        <source>your own experience: there are no wrong answers</source>
        <translation>your own experience: there are no wrong answers</translation>
    </message>
    <message>
        <source>an example of a task at work that could be done in a new way</source>
        <translation>an example of a task at work that could be done in a new way</translation>
    </message>
    <message>
        <source>questions you would like answered</source>
        <translation>questions you would like answered</translation>
    </message>
    <message>
        <source>Let us know if you need anything to take part (an interpreter, step-free access, a quiet room).</source>
        <translation>Let us know if you need anything to take part (an interpreter, step-free access, a quiet room).</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Welcome!</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>{area}: today {today}, desired {desired}</source>
        <translation>{area}: today {today}, desired {desired}</translation>
    </message>
    <message>
        <source>Workshop {date}</source>
        <translation>Workshop {date}</translation>
    </message>
    <message>
        <source>{count} took part</source>
        <translation>{count} took part</translation>
    </message>
    <message>
        <source>How the room scored the gap areas (1–5):</source>
        <translation>How the room scored the gap areas (1–5):</translation>
    </message>
    <message>
        <source>The biggest gap: {area}.</source>
        <translation>The biggest gap: {area}.</translation>
    </message>
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <source>&amp;Workshop kit…</source>
        <translation>&amp;Workshop kit…</translation>
    </message>
    <message>
        <source>Invitation, worksheets and meeting mode for step 1&apos;s workshop</source>
        <translation>Invitation, worksheets and meeting mode for step 1&apos;s workshop</translation>
    </message>
    <message>
        <source>&amp;Meeting mode</source>
        <translation>&amp;Meeting mode</translation>
    </message>
    <message>
        <source>The workshop full screen on a TV or projector</source>
        <translation>The workshop full screen on a TV or projector</translation>
    </message>
</context>
<context>
    <name>WorkshopKit</name>
    <message>
        <source>Workshop kit</source>
        <translation>Workshop kit</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>When and where</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>for example 09.00–12.00</source>
        <translation>for example 09.00–12.00</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>for example the canteen, Storgata 1</source>
        <translation>for example the canteen, Storgata 1</translation>
    </message>
    <message>
        <source>&amp;Invitation</source>
        <translation>&amp;Invitation</translation>
    </message>
    <message>
        <source>Invitation text</source>
        <translation>Invitation text</translation>
    </message>
    <message>
        <source>&amp;Copy the text</source>
        <translation>&amp;Copy the text</translation>
    </message>
    <message>
        <source>Open in &amp;e-mail program</source>
        <translation>Open in &amp;e-mail program</translation>
    </message>
    <message>
        <source>Sa&amp;ve as PDF…</source>
        <translation>Sa&amp;ve as PDF…</translation>
    </message>
    <message>
        <source>Save the invitation as PDF</source>
        <translation>Save the invitation as PDF</translation>
    </message>
    <message>
        <source>Worksheets to print</source>
        <translation>Worksheets to print</translation>
    </message>
    <message>
        <source>&amp;Filled with the plan so far</source>
        <translation>&amp;Filled with the plan so far</translation>
    </message>
    <message>
        <source>&amp;Blank, to write on</source>
        <translation>&amp;Blank, to write on</translation>
    </message>
    <message>
        <source>Gap-scoring sheet on &amp;A3 (for the wall)</source>
        <translation>Gap-scoring sheet on &amp;A3 (for the wall)</translation>
    </message>
    <message>
        <source>Save &amp;worksheets as PDF…</source>
        <translation>Save &amp;worksheets as PDF…</translation>
    </message>
    <message>
        <source>Start &amp;meeting mode</source>
        <translation>Start &amp;meeting mode</translation>
    </message>
    <message>
        <source>Full screen for the TV or projector; Esc leaves</source>
        <translation>Full screen for the TV or projector; Esc leaves</translation>
    </message>
    <message>
        <source>Add the people to invite under &apos;Who took part&apos; in step 1.</source>
        <translation>Add the people to invite under &apos;Who took part&apos; in step 1.</translation>
    </message>
    <message>
        <source>E-mail: {reachable} of {count} participants have an address.</source>
        <translation>E-mail: {reachable} of {count} participants have an address.</translation>
    </message>
    <message>
        <source>Invite these another way: {names}.</source>
        <translation>Invite these another way: {names}.</translation>
    </message>
    <message>
        <source>The invitation is copied: paste it into your e-mail or a letter.</source>
        <translation>The invitation is copied: paste it into your e-mail or a letter.</translation>
    </message>
    <message>
        <source>No e-mail program answered. Copy the text and paste it into your e-mail.</source>
        <translation>No e-mail program answered. Copy the text and paste it into your e-mail.</translation>
    </message>
    <message>
        <source>The text was too long for the e-mail link: it is copied, paste it into the e-mail.</source>
        <translation>The text was too long for the e-mail link: it is copied, paste it into the e-mail.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be made. Details are in the log file.</source>
        <translation>The PDF could not be made. Details are in the log file.</translation>
    </message>
    <message>
        <source>Save the worksheets as PDF</source>
        <translation>Save the worksheets as PDF</translation>
    </message>
</context>
<context>
    <name>WrappedLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
    </message>
</context>
</TS>
