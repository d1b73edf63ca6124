<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>App</name>
    <message>
        <source>Then start Verktøykassa again, or choose another folder to keep your data in.</source>
        <translation>Start deretter Verktøykassa på nytt, eller velg en annen mappe å ha dataene dine i.</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <translation>Datamappen kan ikke brukes</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Velg en annen mappe …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Choose a folder for your data</source>
        <translation>Velg en mappe til dataene dine</translation>
    </message>
    <message>
        <source>Keep your data in {chosen} from now on?

From now on: every start uses this folder, until you go back to {usual} in Tools → Settings.
Only this time: the next start looks in {usual} again.</source>
        <translation>Vil du ha dataene dine i {chosen} fra nå av?

Fra nå av: hver oppstart bruker denne mappen, til du går tilbake til {usual} under Verktøy → Innstillinger.
Bare denne gangen: neste oppstart ser i {usual} igjen.</translation>
    </message>
    <message>
        <source>Keep using this data folder?</source>
        <translation>Fortsette å bruke denne datamappen?</translation>
    </message>
    <message>
        <source>From &amp;now on</source>
        <translation>Fra &amp;nå av</translation>
    </message>
    <message>
        <source>&amp;Only this time</source>
        <translation>&amp;Bare denne gangen</translation>
    </message>
    <message>
        <source>Your choice could not be remembered ({reason}). This time your data is kept in {chosen}; the next start asks again.</source>
        <translation>Valget ditt kunne ikke huskes ({reason}). Denne gangen ligger dataene dine i {chosen}; neste oppstart spør igjen.</translation>
    </message>
    <message>
        <source>Verktøykassa is already open on this computer. Bringing its window to the front…</source>
        <translation>Verktøykassa er allerede åpen på denne datamaskinen. Henter vinduet fram …</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Slutt å vente</translation>
    </message>
    <message>
        <source>If it still does not answer, close it in Task Manager (press Ctrl+Shift+Esc, choose Verktøykassa, then End task) and start Verktøykassa again.</source>
        <translation>Hvis det fortsatt ikke svarer, lukker du det i Oppgavebehandling (trykk Ctrl+Shift+Esc, velg Verktøykassa og deretter Avslutt oppgave) og starter Verktøykassa på nytt.</translation>
    </message>
    <message>
        <source>If it still does not answer, close it (force it to quit if need be) and start it again.</source>
        <translation>Hvis det fortsatt ikke svarer, lukker du det (tving det til å avslutte om nødvendig) og starter det på nytt.</translation>
    </message>
    <message>
        <source>Verktøykassa is already open on this computer, but it does not answer. It may be busy, or it may have stopped responding. Wait a minute, then start Verktøykassa again.</source>
        <translation>Verktøykassa er allerede åpen på denne datamaskinen, men programmet svarer ikke. Det kan være opptatt, eller det kan ha sluttet å svare. Vent et minutt, og start deretter Verktøykassa på nytt.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}). If the window does not work as it should, close the program and start it again. Details are in {log}.</source>
        <translation>Noe uventet gikk galt ({error}). Hvis vinduet ikke virker som det skal, lukker du programmet og starter det på nytt. Detaljer finner du i {log}.</translation>
    </message>
    <message>
        <source>Your change could not be saved, and nothing was changed. {problem}</source>
        <translation>Endringen din kunne ikke lagres, og ingenting ble endret. {problem}</translation>
    </message>
</context>
<context>
    <name>Arp</name>
    <message>
        <source>Gender</source>
        <translation>Kjønn</translation>
    </message>
    <message>
        <source>Pregnancy and leave</source>
        <translation>Graviditet og permisjon</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Etnisitet</translation>
    </message>
    <message>
        <source>Religion and belief</source>
        <translation>Religion og livssyn</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Funksjonsnedsettelse</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation>Seksuell orientering</translation>
    </message>
    <message>
        <source>Gender identity and expression</source>
        <translation>Kjønnsidentitet og kjønnsuttrykk</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <source>Care duties</source>
        <translation>Omsorgsoppgaver</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>Rekruttering</translation>
    </message>
    <message>
        <source>Pay and working conditions</source>
        <translation>Lønns- og arbeidsvilkår</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Forfremmelse</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Utviklingsmuligheter</translation>
    </message>
    <message>
        <source>Adaptation</source>
        <translation>Tilrettelegging</translation>
    </message>
    <message>
        <source>Work and family life</source>
        <translation>Arbeid og familieliv</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>Trakassering</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <source>No risk found</source>
        <translation>Ingen risiko funnet</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Offentlig</translation>
    </message>
    <message>
        <source>1. Finding risks</source>
        <translation>1. Finne risikoer</translation>
    </message>
    <message>
        <source>2. Analysing causes</source>
        <translation>2. Analysere årsaker</translation>
    </message>
    <message>
        <source>3. Measures</source>
        <translation>3. Tiltak</translation>
    </message>
    <message>
        <source>4. Evaluating results</source>
        <translation>4. Evaluere resultater</translation>
    </message>
    <message>
        <source>The yearly report</source>
        <translation>Den årlige redegjørelsen</translation>
    </message>
    <message>
        <source>1. Find risks of discrimination and obstacles to equality</source>
        <translation>1. Undersøke risiko for diskriminering og hindre for likestilling</translation>
    </message>
    <message>
        <source>Needs exploration and gap analysis, and the risk map</source>
        <translation>Behovsutforskning og gapanalyse, og risikokartet</translation>
    </message>
    <message>
        <source>2. Analyse the causes of the risks found</source>
        <translation>2. Analysere årsakene til risikoene som er funnet</translation>
    </message>
    <message>
        <source>Gap analysis (today and desired), and the causes in the risk map</source>
        <translation>Gapanalysen (i dag og ønsket), og årsakene i risikokartet</translation>
    </message>
    <message>
        <source>3. Put measures in place</source>
        <translation>3. Iverksette tiltak</translation>
    </message>
    <message>
        <source>Goals, KPIs and measures</source>
        <translation>Mål, KPI-er og tiltak</translation>
    </message>
    <message>
        <source>4. Evaluate the results</source>
        <translation>4. Evaluere resultatene</translation>
    </message>
    <message>
        <source>Evaluation and learning</source>
        <translation>Evaluering og læring</translation>
    </message>
    <message>
        <source>Which equality duty applies cannot be said yet: type the number of employees.</source>
        <translation>Hvilken likestillingsplikt som gjelder, kan ikke sies ennå: skriv inn antall ansatte.</translation>
    </message>
    <message>
        <source>You have the activity duty and the reporting duty: follow the four steps together with the employees&apos; representatives, and report on the work every year.</source>
        <translation>Dere har aktivitetsplikt og redegjørelsesplikt: følg de fire stegene sammen med de ansattes representanter, og redegjør for arbeidet hvert år.</translation>
    </message>
    <message>
        <source>You have the activity duty. If a union representative or a majority of the employees asks, you must also follow the four steps and report every year.</source>
        <translation>Dere har aktivitetsplikt. Hvis en tillitsvalgt eller et flertall av de ansatte ber om det, må dere også følge de fire stegene og redegjøre hvert år.</translation>
    </message>
    <message>
        <source>You have the activity duty, as every employer: work actively against discrimination and be able to document the work when asked. The four steps and the yearly report are not required.</source>
        <translation>Dere har aktivitetsplikt, som alle arbeidsgivere: arbeid aktivt mot diskriminering og kunne dokumentere arbeidet når noen ber om det. De fire stegene og den årlige redegjørelsen er ikke påkrevd.</translation>
    </message>
    <message>
        <source>The number of employees is missing (or 0).</source>
        <translation>Antall ansatte mangler (eller er 0).</translation>
    </message>
    <message>
        <source>A public employer has the full duty whatever its size.</source>
        <translation>En offentlig arbeidsgiver har hele plikten uansett størrelse.</translation>
    </message>
    <message>
        <source>A private employer with more than 50 employees (on average over the year).</source>
        <translation>En privat arbeidsgiver med mer enn 50 ansatte (i gjennomsnitt over året).</translation>
    </message>
    <message>
        <source>A private employer with 20–50 employees, and a party in the workplace has asked.</source>
        <translation>En privat arbeidsgiver med 20–50 ansatte, og en av partene i virksomheten har bedt om det.</translation>
    </message>
    <message>
        <source>A private employer with 20–50 employees, and no party in the workplace has asked.</source>
        <translation>En privat arbeidsgiver med 20–50 ansatte, og ingen av partene i virksomheten har bedt om det.</translation>
    </message>
    <message>
        <source>A private employer with fewer than 20 employees.</source>
        <translation>En privat arbeidsgiver med færre enn 20 ansatte.</translation>
    </message>
    <message>
        <source>The Equality and Anti-Discrimination Act (LOV-2017-06-16-51) § 26 first and second paragraphs and § 26a (Bufdir: the activity and reporting duty).</source>
        <translation>Likestillings- og diskrimineringsloven (LOV-2017-06-16-51) § 26 første og andre ledd og § 26a (Bufdir: «Aktivitets- og redegjørelsesplikten»).</translation>
    </message>
    <message>
        <source>The Equality and Anti-Discrimination Act (LOV-2017-06-16-51) § 26 first paragraph.</source>
        <translation>Likestillings- og diskrimineringsloven (LOV-2017-06-16-51) § 26 første ledd.</translation>
    </message>
    <message>
        <source>Count the average number of employees over the accounting year, as persons, not full-time equivalents.</source>
        <translation>Tell gjennomsnittlig antall ansatte over regnskapsåret, som personer, ikke årsverk.</translation>
    </message>
    <message>
        <source>Sources disagree for exactly 50 employees: Bufdir says “more than 50”, NHO “50 or more”. Check with Bufdir or your employer organisation.</source>
        <translation>Kildene er uenige om nøyaktig 50 ansatte: Bufdir sier «mer enn 50», NHO «50 eller flere». Sjekk med Bufdir eller arbeidsgiverorganisasjonen deres.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uten tittel)</translation>
    </message>
    <message>
        <source>Risk — see gap “{gap}”</source>
        <translation>Risiko – se gap «{gap}»</translation>
    </message>
    <message>
        <source>Risk — no gap linked yet</source>
        <translation>Risiko – ikke knyttet til et gap ennå</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>Temporary staff</source>
        <translation>Midlertidig ansatte</translation>
    </message>
    <message>
        <source>Part-time staff</source>
        <translation>Deltidsansatte</translation>
    </message>
    <message>
        <source>Took parental leave</source>
        <translation>Tok foreldrepermisjon</translation>
    </message>
    <message>
        <source>Involuntary part-time</source>
        <translation>Ufrivillig deltid</translation>
    </message>
    <message>
        <source>More temporary staff than women employed.</source>
        <translation>Flere midlertidig ansatte enn ansatte kvinner.</translation>
    </message>
    <message>
        <source>More temporary staff than men employed.</source>
        <translation>Flere midlertidig ansatte enn ansatte menn.</translation>
    </message>
    <message>
        <source>More part-timers than women employed.</source>
        <translation>Flere deltidsansatte enn ansatte kvinner.</translation>
    </message>
    <message>
        <source>More part-timers than men employed.</source>
        <translation>Flere deltidsansatte enn ansatte menn.</translation>
    </message>
    <message>
        <source>More on parental leave than women employed.</source>
        <translation>Flere i foreldrepermisjon enn ansatte kvinner.</translation>
    </message>
    <message>
        <source>More on parental leave than men employed.</source>
        <translation>Flere i foreldrepermisjon enn ansatte menn.</translation>
    </message>
    <message>
        <source>More in involuntary part-time than women working part-time.</source>
        <translation>Flere i ufrivillig deltid enn kvinner som jobber deltid.</translation>
    </message>
    <message>
        <source>More in involuntary part-time than men working part-time.</source>
        <translation>Flere i ufrivillig deltid enn menn som jobber deltid.</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle nivåer</translation>
    </message>
    <message>
        <source>Type the year the figures are for.</source>
        <translation>Skriv inn året tallene gjelder.</translation>
    </message>
    <message>
        <source>Type a year between {first} and {last}.</source>
        <translation>Skriv inn et år mellom {first} og {last}.</translation>
    </message>
    <message>
        <source>This year is in the list twice: the report uses the first.</source>
        <translation>Dette året står to ganger i listen: redegjørelsen bruker det første.</translation>
    </message>
    <message>
        <source>Type the average weeks of leave per person (0–{most}).</source>
        <translation>Skriv inn gjennomsnittlig antall uker permisjon per person (0–{most}).</translation>
    </message>
    <message>
        <source>Type how many took leave: an average of no one cannot be shown.</source>
        <translation>Skriv inn hvor mange som tok permisjon: et gjennomsnitt av ingen kan ikke vises.</translation>
    </message>
    <message>
        <source>No figures typed for this year yet.</source>
        <translation>Ingen tall er skrevet inn for dette året ennå.</translation>
    </message>
    <message>
        <source>Pay cannot be negative.</source>
        <translation>Lønn kan ikke være negativ.</translation>
    </message>
    <message>
        <source>Type how many women are at this level.</source>
        <translation>Skriv inn hvor mange kvinner som er på dette nivået.</translation>
    </message>
    <message>
        <source>Type how many men are at this level.</source>
        <translation>Skriv inn hvor mange menn som er på dette nivået.</translation>
    </message>
    <message>
        <source>At least {minimum}: smaller groups could point out single persons.</source>
        <translation>Minst {minimum}: mindre grupper kan peke ut enkeltpersoner.</translation>
    </message>
    <message>
        <source>At most {maximum}.</source>
        <translation>Høyst {maximum}.</translation>
    </message>
    <message>
        <source>fewer than {threshold}</source>
        <translation>færre enn {threshold}</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>skjult</translation>
    </message>
</context>
<context>
    <name>ArpActions</name>
    <message>
        <source>ARP report dra&amp;ft</source>
        <translation>&amp;Utkast til ARP-redegjørelse</translation>
    </message>
    <message>
        <source>As &amp;PDF…</source>
        <translation>Som &amp;PDF …</translation>
    </message>
    <message>
        <source>The draft as a PDF to read, print and send, small numbers hidden</source>
        <translation>Utkastet som PDF til å lese, skrive ut og sende, små tall skjult</translation>
    </message>
    <message>
        <source>As a &amp;Word document to edit…</source>
        <translation>Som &amp;Word-dokument til redigering …</translation>
    </message>
    <message>
        <source>The draft as a Word document to edit and paste into the annual report, small numbers hidden</source>
        <translation>Utkastet som Word-dokument til å redigere og lime inn i årsberetningen, små tall skjult</translation>
    </message>
    <message>
        <source>Equality dut&amp;y (ARP)…</source>
        <translation>Likestillingsplikt (A&amp;RP) …</translation>
    </message>
    <message>
        <source>Which equality duty applies, the risk map, the representatives and the figures</source>
        <translation>Hvilken likestillingsplikt som gjelder, risikokartet, representantene og tallene</translation>
    </message>
    <message>
        <source>A draft of the yearly equality report, small numbers hidden</source>
        <translation>Et utkast til den årlige likestillingsredegjørelsen, med små tall skjult</translation>
    </message>
    <message>
        <source>Saved the ARP report draft to {path}</source>
        <translation>Lagret utkastet til ARP-redegjørelse i {path}</translation>
    </message>
</context>
<context>
    <name>ArpDraft</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kvinner</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Menn</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Share of women</source>
        <translation>Andel kvinner</translation>
    </message>
    <message>
        <source>Of women</source>
        <translation>Av kvinnene</translation>
    </message>
    <message>
        <source>Of men</source>
        <translation>Av mennene</translation>
    </message>
    <message>
        <source>Parental leave</source>
        <translation>Foreldrepermisjon</translation>
    </message>
    <message>
        <source>Average weeks taken</source>
        <translation>Uker tatt i gjennomsnitt</translation>
    </message>
    <message>
        <source>Every second year</source>
        <translation>Minst annethvert år</translation>
    </message>
    <message>
        <source>Of women part-time</source>
        <translation>Av kvinner på deltid</translation>
    </message>
    <message>
        <source>Of men part-time</source>
        <translation>Av menn på deltid</translation>
    </message>
    <message>
        <source>Job level</source>
        <translation>Stillingsnivå</translation>
    </message>
    <message>
        <source>Women&apos;s average pay</source>
        <translation>Kvinners snittlønn</translation>
    </message>
    <message>
        <source>Men&apos;s average pay</source>
        <translation>Menns snittlønn</translation>
    </message>
    <message>
        <source>Women&apos;s pay as a share of men&apos;s</source>
        <translation>Kvinners lønn i % av menns</translation>
    </message>
    <message>
        <source>(level without a name)</source>
        <translation>(nivå uten navn)</translation>
    </message>
    <message>
        <source>Part 1: The state of gender equality</source>
        <translation>Del 1: Tilstanden for kjønnslikestilling</translation>
    </message>
    <message>
        <source>The figures are shown in anonymised form. A figure that describes fewer than {threshold} persons is shown as “fewer than {threshold}”, and a figure that would reveal it (the other gender of a small group, a share, an average) as “hidden”. This threshold is the program&apos;s rule, not the law&apos;s: check that no person can be recognised.</source>
        <translation>Tallene vises i anonymisert form. Et tall som beskriver færre enn {threshold} personer, vises som «færre enn {threshold}», og et tall som ville avsløre det (det andre kjønnet i en liten gruppe, en andel, et gjennomsnitt), som «skjult». Denne grensen er programmets regel, ikke lovens: sjekk at ingen person kan kjennes igjen.</translation>
    </message>
    <message>
        <source>No figures have been typed for any year.</source>
        <translation>Ingen tall er skrevet inn for noe år.</translation>
    </message>
    <message>
        <source>The figures for {year} are missing.</source>
        <translation>Tallene for {year} mangler.</translation>
    </message>
    <message>
        <source>Pay by job level and involuntary part-time have not been surveyed (at least every second year).</source>
        <translation>Lønn per stillingsnivå og ufrivillig deltid er ikke kartlagt (skal gjøres minst annethvert år).</translation>
    </message>
    <message>
        <source>Pay by job level and involuntary part-time were last surveyed for {year}: survey them again.</source>
        <translation>Lønn per stillingsnivå og ufrivillig deltid ble sist kartlagt for {year}: kartlegg dem på nytt.</translation>
    </message>
    <message>
        <source>Figures for {year}</source>
        <translation>Tall for {year}</translation>
    </message>
    <message>
        <source>{year}: not typed: {groups}.</source>
        <translation>{year}: ikke skrevet inn: {groups}.</translation>
    </message>
    <message>
        <source>{year}: {problem}</source>
        <translation>{year}: {problem}</translation>
    </message>
    <message>
        <source>Pay by job level last surveyed for: {pay}. Involuntary part-time last surveyed for: {part}.</source>
        <translation>Lønn per stillingsnivå sist kartlagt for: {pay}. Ufrivillig deltid sist kartlagt for: {part}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>Part 2: Our work for equality and against discrimination</source>
        <translation>Del 2: Vårt arbeid for likestilling og mot diskriminering</translation>
    </message>
    <message>
        <source>Principles, procedures and standards</source>
        <translation>Prinsipper, prosedyrer og standarder</translation>
    </message>
    <message>
        <source>Describe the principles, procedures and standards for equality.</source>
        <translation>Beskriv prinsippene, prosedyrene og standardene for likestilling.</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Hvem som har ansvaret</translation>
    </message>
    <message>
        <source>Name who is responsible for the equality work (in a limited company: the board).</source>
        <translation>Skriv hvem som har ansvaret for likestillingsarbeidet (i et aksjeselskap: styret).</translation>
    </message>
    <message>
        <source>We work in the four steps of the activity duty, together with the employees&apos; representatives. The steps are part of our plan “{plan}”:</source>
        <translation>Vi arbeider etter aktivitetspliktens fire steg, sammen med de ansattes representanter. Stegene er en del av planen vår «{plan}»:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Where in the plan</source>
        <translation>Hvor i planen</translation>
    </message>
    <message>
        <source>The four steps</source>
        <translation>De fire stegene</translation>
    </message>
    <message>
        <source>1. Risks found. Of {cells} cells of the risk map, {risk} show a risk, {none} no risk, {open} are not assessed.</source>
        <translation>1. Risikoer funnet. Av {cells} ruter i risikokartet viser {risk} en risiko, {none} ingen risiko, og {open} er ikke vurdert.</translation>
    </message>
    <message>
        <source>{count} cells of the risk map are not assessed.</source>
        <translation>{count} ruter i risikokartet er ikke vurdert.</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Grunnlag</translation>
    </message>
    <message>
        <source>HR area</source>
        <translation>HR-område</translation>
    </message>
    <message>
        <source>Causes found (step 2)</source>
        <translation>Årsaker funnet (steg 2)</translation>
    </message>
    <message>
        <source>Gap area in the plan</source>
        <translation>Gapområde i planen</translation>
    </message>
    <message>
        <source>The causes of the risk “{ground} – {area}” are not described.</source>
        <translation>Årsakene til risikoen «{ground} – {area}» er ikke beskrevet.</translation>
    </message>
    <message>
        <source>3. Measures against the risks found, and 4. their results:</source>
        <translation>3. Tiltak mot risikoene som er funnet, og 4. resultatene av dem:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Hva som ble gjort</translation>
    </message>
    <message>
        <source>What it gave</source>
        <translation>Hva det ga</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uten tittel)</translation>
    </message>
    <message>
        <source>No measure serves a goal of a gap area with a risk.</source>
        <translation>Ingen tiltak hører til et mål for et gapområde med risiko.</translation>
    </message>
    <message>
        <source>No risk has been found yet, so no measure is linked to one.</source>
        <translation>Ingen risiko er funnet ennå, så ingen tiltak er knyttet til en.</translation>
    </message>
    <message>
        <source>Involvement of the employees&apos; representatives</source>
        <translation>Medvirkning fra de ansattes representanter</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Hvem som deltok</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>Hva som ble drøftet</translation>
    </message>
    <message>
        <source>No meeting with the employees&apos; representatives is recorded: the law requires the work to be done with them.</source>
        <translation>Ingen møter med de ansattes representanter er ført opp: loven krever at arbeidet gjøres sammen med dem.</translation>
    </message>
    <message>
        <source>Which duty applies</source>
        <translation>Hvilken plikt som gjelder</translation>
    </message>
    <message>
        <source>This business is not required to report; the draft documents its work, which it must be able to do when asked.</source>
        <translation>Denne virksomheten har ikke plikt til å redegjøre; utkastet dokumenterer arbeidet, noe den må kunne gjøre når noen ber om det.</translation>
    </message>
    <message>
        <source>This is a draft: check before use</source>
        <translation>Dette er et utkast: sjekk før bruk</translation>
    </message>
    <message>
        <source>Check that the number of employees and the duty below are right.</source>
        <translation>Sjekk at antall ansatte og plikten nedenfor stemmer.</translation>
    </message>
    <message>
        <source>Check every figure against the payroll and personnel system.</source>
        <translation>Sjekk hvert tall mot lønns- og personalsystemet.</translation>
    </message>
    <message>
        <source>Check that no person can be recognised from the figures or the text, also where a figure is hidden.</source>
        <translation>Sjekk at ingen person kan kjennes igjen ut fra tallene eller teksten, også der et tall er skjult.</translation>
    </message>
    <message>
        <source>Let the employees&apos; representatives read the report before it is published.</source>
        <translation>La de ansattes representanter lese redegjørelsen før den offentliggjøres.</translation>
    </message>
    <message>
        <source>The report goes into the annual report (årsberetning) or another public document; in a limited company the board approves it.</source>
        <translation>Redegjørelsen tas inn i årsberetningen eller et annet offentlig dokument; i et aksjeselskap godkjenner styret den.</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Dette mangler fortsatt:</translation>
    </message>
    <message>
        <source>“{column}” in “{section}”</source>
        <translation>«{column}» i «{section}»</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} og {second}</translation>
    </message>
    <message>
        <source>The draft may name people: it prints what was typed under {places}. The report is made public: write roles there instead (for example “HR manager”, “union representative”), or get the consent of each person named before it is published.</source>
        <translation>Utkastet kan nevne personer ved navn: det viser det som er skrevet under {places}. Redegjørelsen blir offentlig: skriv roller der i stedet (for eksempel «HR-ansvarlig», «tillitsvalgt»), eller få samtykke fra hver person som er nevnt, før den publiseres.</translation>
    </message>
    <message>
        <source>DRAFT – Report on equality and non-discrimination {year}</source>
        <translation>UTKAST – Redegjørelse for likestilling og ikke-diskriminering {year}</translation>
    </message>
    <message>
        <source>Made by Verktøykassa on {date}, from the plan “{plan}”.</source>
        <translation>Laget av Verktøykassa {date}, fra planen «{plan}».</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Mangler:</translation>
    </message>
    <message>
        <source>DRAFT – {plan}</source>
        <translation>UTKAST – {plan}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} av {pages}</translation>
    </message>
    <message>
        <source>ARP report draft</source>
        <translation>ARP-utkast</translation>
    </message>
</context>
<context>
    <name>ArpWindow</name>
    <message>
        <source>The file could not be made. Details are in the log file.</source>
        <translation>Filen kunne ikke lages. Detaljer står i loggfilen.</translation>
    </message>
    <message>
        <source>Save the ARP report draft as a Word document</source>
        <translation>Lagre utkastet til ARP-redegjørelse som Word-dokument</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokumenter (*.docx)</translation>
    </message>
    <message>
        <source>Save the ARP report draft as PDF</source>
        <translation>Lagre utkastet til ARP-redegjørelse som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>{plan} – anonymised.json</source>
        <translation>{plan} – anonymisert.json</translation>
    </message>
    <message>
        <source>Export the plan for an adviser (anonymised)</source>
        <translation>Eksporter planen til en rådgiver (anonymisert)</translation>
    </message>
    <message>
        <source>Plan files (*.json)</source>
        <translation>Planfiler (*.json)</translation>
    </message>
    <message>
        <source>Equality duty (ARP)</source>
        <translation>Likestillingsplikt (ARP)</translation>
    </message>
    <message>
        <source>The d&amp;uty</source>
        <translation>Pl&amp;ikten</translation>
    </message>
    <message>
        <source>&amp;Risk map</source>
        <translation>&amp;Risikokart</translation>
    </message>
    <message>
        <source>Meetings with the employees&apos; representatives</source>
        <translation>Møter med de ansattes representanter</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>Hva ble drøftet</translation>
    </message>
    <message>
        <source>No meetings yet. The law asks you to do the four steps together with the employees&apos; representatives: note each meeting here (date, who, what was discussed).</source>
        <translation>Ingen møter ennå. Loven krever at dere gjør de fire stegene sammen med de ansattes representanter: før opp hvert møte her (dato, hvem, hva som ble drøftet).</translation>
    </message>
    <message>
        <source>Re&amp;presentatives</source>
        <translation>Re&amp;presentanter</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>&amp;Tall</translation>
    </message>
    <message>
        <source>Save the report dr&amp;aft…</source>
        <translation>Lagre utk&amp;astet …</translation>
    </message>
    <message>
        <source>Save the report draft as PDF or Word</source>
        <translation>Lagre utkastet som PDF eller Word</translation>
    </message>
    <message>
        <source>Export for an adviser (anon&amp;ymised)…</source>
        <translation>Eksporter til en rådgiver (anon&amp;ymisert) …</translation>
    </message>
    <message>
        <source>Export for an adviser (anonymised)</source>
        <translation>Eksporter til en rådgiver (anonymisert)</translation>
    </message>
    <message>
        <source>The plan file without persons&apos; names (they become “Person 1”, “Representative 1” …), e-mail addresses, phone numbers and notes about people, and without equality figures of fewer persons than the threshold. Check the free text yourself: a person described without a name cannot be found by the program.</source>
        <translation>Planfilen uten navn på personer (de blir «Person 1», «Representant 1» …), e-postadresser, telefonnumre og notater om personer, og uten likestillingstall for færre personer enn grensen. Sjekk fritekstene selv: en person som er beskrevet uten navn, kan ikke programmet finne.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Your equality work</source>
        <translation>Likestillingsarbeidet deres</translation>
    </message>
    <message>
        <source>Document our equality work here (risk map, representatives, figures)</source>
        <translation>Dokumenter likestillingsarbeidet vårt her (risikokart, representanter, tall)</translation>
    </message>
    <message>
        <source>&amp;Who is responsible:</source>
        <translation>&amp;Hvem har ansvaret:</translation>
    </message>
    <message>
        <source>Principles, procedures and &amp;standards:</source>
        <translation>Prinsipper, prosedyrer og &amp;standarder:</translation>
    </message>
    <message>
        <source>How you recruit, set pay, develop people, adapt work and prevent harassment.</source>
        <translation>Hvordan dere rekrutterer, fastsetter lønn, utvikler folk, tilrettelegger og forebygger trakassering.</translation>
    </message>
    <message>
        <source>Hide figures of fewer pers&amp;ons than:</source>
        <translation>Skjul tall for færre pers&amp;oner enn:</translation>
    </message>
    <message>
        <source>The four steps, and where they are in your plan</source>
        <translation>De fire stegene, og hvor de er i planen deres</translation>
    </message>
    <message>
        <source>the meeting of {date}</source>
        <translation>møtet {date}</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(uten dato)</translation>
    </message>
    <message>
        <source>(who?)</source>
        <translation>(hvem?)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Who took part:</source>
        <translation>&amp;Hvem deltok:</translation>
    </message>
    <message>
        <source>Roles, not names: for example union representative, HR manager</source>
        <translation>Roller, ikke navn: for eksempel tillitsvalgt, HR-ansvarlig</translation>
    </message>
    <message>
        <source>The report draft is made public: write roles, or get the consent of each person named.</source>
        <translation>Utkastet til redegjørelse blir offentlig: skriv roller, eller få samtykke fra hver person som er nevnt.</translation>
    </message>
    <message>
        <source>&amp;Step of the work:</source>
        <translation>&amp;Steg i arbeidet:</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(ikke oppgitt)</translation>
    </message>
    <message>
        <source>What was &amp;discussed:</source>
        <translation>Hva ble &amp;drøftet:</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Ingenting å angre.</translation>
    </message>
</context>
<context>
    <name>BoardFields</name>
    <message>
        <source>Hourly cost for the measures&apos; hours (kr):</source>
        <translation>Timekostnad for tiltakenes timer (kr):</translation>
    </message>
    <message>
        <source>for example 550</source>
        <translation>for eksempel 550</translation>
    </message>
    <message>
        <source>Holiday pay (%):</source>
        <translation>Feriepenger (%):</translation>
    </message>
    <message>
        <source>Occupational pension (%):</source>
        <translation>Tjenestepensjon (%):</translation>
    </message>
    <message>
        <source>Employer&apos;s contribution (%):</source>
        <translation>Arbeidsgiveravgift (%):</translation>
    </message>
    <message>
        <source>A rate between 0 and 100, please.</source>
        <translation>Skriv en sats mellom 0 og 100.</translation>
    </message>
    <message>
        <source>empty: {value} %, the catalogue&apos;s</source>
        <translation>tomt: {value} %, katalogens</translation>
    </message>
    <message>
        <source>The plan&apos;s budget</source>
        <translation>Planens budsjett</translation>
    </message>
    <message>
        <source>The plan&apos;s budget: gross {gross}, expected subsidies {subsidies}, net {net}.</source>
        <translation>Planens budsjett: brutto {gross}, forventede tilskudd {subsidies}, netto {net}.</translation>
    </message>
    <message>
        <source>The board is as&amp;ked to …</source>
        <translation>St&amp;yret bes om å …</translation>
    </message>
    <message>
        <source>What the board is asked to decide</source>
        <translation>Hva styret bes om å vedta</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Nothing yet. Add what the board should decide, for example &quot;approve the plan&quot;.</source>
        <translation>Ingenting ennå. Legg til hva styret skal vedta, for eksempel «vedta planen».</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Vedtatt dato:</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Vedtatt av:</translation>
    </message>
    <message>
        <source>Language of the printed report:</source>
        <translation>Språk i den utskrevne rapporten:</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>(untitled)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>Milestone “{title}”</source>
        <translation>Milepæl «{title}»</translation>
    </message>
    <message>
        <source>Measure: {measure}</source>
        <translation>Tiltak: {measure}</translation>
    </message>
    <message>
        <source>Deadline for “{title}”</source>
        <translation>Frist for «{title}»</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Eier: {owner}</translation>
    </message>
    <message>
        <source>“{title}” (recurring)</source>
        <translation>«{title}» (gjentas)</translation>
    </message>
    <message>
        <source>Tick it as held in Verktøykassa under “Now”, with a note on how it went.</source>
        <translation>Kryss av at det ble holdt i Verktøykassa under «Nå», med et notat om hvordan det gikk.</translation>
    </message>
    <message>
        <source>Measure the KPI “{name}”</source>
        <translation>Mål KPI-en «{name}»</translation>
    </message>
    <message>
        <source>Goal: {goal}. Type the value in Verktøykassa under “Now”.</source>
        <translation>Mål: {goal}. Skriv inn verdien i Verktøykassa under «Nå».</translation>
    </message>
    <message>
        <source>Report to the board</source>
        <translation>Rapport til styret</translation>
    </message>
    <message>
        <source>Before the meeting: File → Ready for the board?, then File → Export PDF….</source>
        <translation>Før møtet: Fil → Klar for styret?, deretter Fil → Eksporter PDF….</translation>
    </message>
    <message>
        <source>Type them in Verktøykassa: File → Equality duty (ARP)….</source>
        <translation>Skriv dem inn i Verktøykassa: Fil → Likestillingsplikt (ARP) ….</translation>
    </message>
    <message>
        <source>Equality figures for the year just ended (ARP)</source>
        <translation>Likestillingstall for året som er slutt (ARP)</translation>
    </message>
    <message>
        <source>Two-yearly equality survey (ARP): pay by job level and involuntary part-time</source>
        <translation>Kartlegging annethvert år (ARP): lønn per stillingsnivå og ufrivillig deltid</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>the file as a whole</source>
        <translation>filen som helhet</translation>
    </message>
    <message>
        <source>The catalogue file has format version {found}; this program reads version {known}.</source>
        <translation>Katalogfilen har formatversjon {found}; dette programmet leser versjon {known}.</translation>
    </message>
    <message>
        <source>The catalogue file is not valid: {where}: {problem}</source>
        <translation>Katalogfilen er ikke gyldig: {where}: {problem}</translation>
    </message>
    <message>
        <source>The catalogue file is not valid: the id {id} is used twice.</source>
        <translation>Katalogfilen er ikke gyldig: id-en {id} er brukt to ganger.</translation>
    </message>
    <message>
        <source>The catalogue file is not UTF-8 text.</source>
        <translation>Katalogfilen er ikke UTF-8-tekst.</translation>
    </message>
    <message>
        <source>The catalogue file holds {value} where a number belongs; that is not a number.</source>
        <translation>Katalogfilen har {value} der det skal stå et tall; det er ikke et tall.</translation>
    </message>
    <message>
        <source>The catalogue file is nested too deeply to be a catalogue.</source>
        <translation>Katalogfilen har for mange lag inni hverandre til å være en katalog.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>short explanation</source>
        <translation>kort forklaring</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>toolbox areas</source>
        <translation>områder i verktøykassen</translation>
    </message>
    <message>
        <source>target groups</source>
        <translation>målgrupper</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>tilbyder</translation>
    </message>
    <message>
        <source>what it is</source>
        <translation>hva det er</translation>
    </message>
    <message>
        <source>who can use it</source>
        <translation>hvem kan bruke det</translation>
    </message>
    <message>
        <source>how to apply</source>
        <translation>slik søker du</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>nettadresse</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>caveat</source>
        <translation>forbehold</translation>
    </message>
    <message>
        <source>when it was checked</source>
        <translation>når det ble sjekket</translation>
    </message>
    <message>
        <source>key figures</source>
        <translation>nøkkeltall</translation>
    </message>
    <message>
        <source>key figure {number}</source>
        <translation>nøkkeltall {number}</translation>
    </message>
    <message>
        <source>entry {number} ({id}), field “{field}”</source>
        <translation>oppføring {number} ({id}), feltet «{field}»</translation>
    </message>
    <message>
        <source>rate {number}, field “{field}”</source>
        <translation>sats {number}, feltet «{field}»</translation>
    </message>
    <message>
        <source>constant {number}, field “{field}”</source>
        <translation>konstant {number}, feltet «{field}»</translation>
    </message>
    <message>
        <source>field “{field}”</source>
        <translation>feltet «{field}»</translation>
    </message>
    <message>
        <source>The catalogue file has an impossible date on line {line}, column {column}: one that is not in the calendar (such as 30 February).</source>
        <translation>Katalogfilen har en umulig dato på linje {line}, kolonne {column}: en dato som ikke finnes i kalenderen (som 30. februar).</translation>
    </message>
    <message>
        <source>The catalogue file cannot be read as TOML: there is a mistake on line {line}, column {column}.</source>
        <translation>Katalogfilen kan ikke leses som TOML: det er en feil på linje {line}, kolonne {column}.</translation>
    </message>
    <message>
        <source>The catalogue file cannot be read as TOML: it ends in the middle of a value.</source>
        <translation>Katalogfilen kan ikke leses som TOML: den slutter midt i en verdi.</translation>
    </message>
    <message>
        <source>The catalogue file cannot be read as TOML.</source>
        <translation>Katalogfilen kan ikke leses som TOML.</translation>
    </message>
    <message>
        <source>The catalogue file has an impossible date, one that is not in the calendar (such as 30 February).</source>
        <translation>Katalogfilen har en umulig dato, en som ikke finnes i kalenderen (som 30. februar).</translation>
    </message>
    <message>
        <source>The catalogue file is too large to be a catalogue.</source>
        <translation>Katalogfilen er for stor til å være en katalog.</translation>
    </message>
    <message>
        <source>This is not a catalogue file: it is a folder, a device or a pipe, not a file.</source>
        <translation>Dette er ikke en katalogfil: det er en mappe, en enhet eller et rør, ikke en fil.</translation>
    </message>
    <message>
        <source>The catalogue file cannot be read: {reason}</source>
        <translation>Katalogfilen kan ikke leses: {reason}</translation>
    </message>
    <message>
        <source>This catalogue&apos;s edition date, {edition}, is more than a year after today ({today}), so it cannot be right: check the date at the top of the file (edition = …). Nothing was changed.</source>
        <translation>Utgavedatoen til denne katalogen, {edition}, er mer enn ett år etter i dag ({today}), så den kan ikke stemme: sjekk datoen øverst i filen (edition = …). Ingenting ble endret.</translation>
    </message>
    <message>
        <source>This catalogue (edition {new}) is not newer than the one in use (edition {current}). Nothing was changed.</source>
        <translation>Denne katalogen (utgave {new}) er ikke nyere enn den som er i bruk (utgave {current}). Ingenting er endret.</translation>
    </message>
    <message>
        <source>The catalogue could not be saved in your data folder: {reason}</source>
        <translation>Katalogen kunne ikke lagres i datamappen din: {reason}</translation>
    </message>
</context>
<context>
    <name>CatalogueLabels</name>
    <message>
        <source>Attitudes (holdningsarbeid)</source>
        <translation>Holdningsarbeid</translation>
    </message>
    <message>
        <source>Knowing the schemes (kunnskap om tiltak)</source>
        <translation>Kunnskap om virkemidler (Navs tiltak)</translation>
    </message>
    <message>
        <source>Knowing the target group (kunnskap om målgruppe)</source>
        <translation>Kunnskap om målgruppe</translation>
    </message>
    <message>
        <source>Training (opplæringstiltak)</source>
        <translation>Opplæring og kurs</translation>
    </message>
    <message>
        <source>Support and cooperation (støtte og relasjon)</source>
        <translation>Støtte og relasjon</translation>
    </message>
    <message>
        <source>Reduced functional ability</source>
        <translation>Nedsatt funksjonsevne</translation>
    </message>
    <message>
        <source>Gaps in the CV</source>
        <translation>Hull i CV-en</translation>
    </message>
    <message>
        <source>Immigrants</source>
        <translation>Innvandrere</translation>
    </message>
    <message>
        <source>Young people outside work</source>
        <translation>Unge utenfor arbeidslivet</translation>
    </message>
    <message>
        <source>People on sick leave</source>
        <translation>Sykmeldte</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Support scheme</source>
        <translation>Virkemiddel</translation>
    </message>
    <message>
        <source>Wage subsidy</source>
        <translation>Lønnstilskudd</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Tilskudd</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opplæring</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Veileder</translation>
    </message>
    <message>
        <source>Actor or contact</source>
        <translation>Aktør eller kontakt</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nettverk</translation>
    </message>
    <message>
        <source>Law or obligation</source>
        <translation>Lov eller plikt</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Gjeldende</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Prøveordning</translation>
    </message>
    <message>
        <source>Historical – no longer offered</source>
        <translation>Historisk – tilbys ikke lenger</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>Own contact</source>
        <translation>Egen kontakt</translation>
    </message>
    <message>
        <source>← &amp;Back to plans</source>
        <translation>← &amp;Tilbake til planene</translation>
    </message>
    <message>
        <source>Back to plans</source>
        <translation>Tilbake til planene</translation>
    </message>
    <message>
        <source>Catalogue: help, schemes and contacts</source>
        <translation>Katalog: hjelp, virkemidler og kontakter</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Ny kontakt…</translation>
    </message>
    <message>
        <source>Add one of your own contacts</source>
        <translation>Legg til en av dine egne kontakter</translation>
    </message>
    <message>
        <source>I&amp;mport catalogue file…</source>
        <translation>Importer &amp;katalogfil…</translation>
    </message>
    <message>
        <source>Import a newer catalogue file</source>
        <translation>Importer en nyere katalogfil</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Søk i katalogen</translation>
    </message>
    <message>
        <source>Search, e.g. lønnstilskudd, mentor, lærling…</source>
        <translation>Søk, f.eks. lønnstilskudd, mentor, lærling …</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Toolbox area</source>
        <translation>Område i verktøykassen</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle områder</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Alle målgrupper</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Catalogue and own contacts</source>
        <translation>Katalogen og egne kontakter</translation>
    </message>
    <message>
        <source>Only the built-in catalogue</source>
        <translation>Bare den innebygde katalogen</translation>
    </message>
    <message>
        <source>Only my own contacts</source>
        <translation>Bare mine egne kontakter</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <source>Target &amp;group:</source>
        <translation>&amp;Målgruppe:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ty&amp;pe:</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Vi&amp;s:</translation>
    </message>
    <message>
        <source>Catalogue entries</source>
        <translation>Oppføringer i katalogen</translation>
    </message>
    <message>
        <source>Catalogue edition {date} (imported file, newer than the built-in one).</source>
        <translation>Katalogutgave {date} (importert fil, nyere enn den innebygde).</translation>
    </message>
    <message>
        <source>Catalogue edition {date} (built in).</source>
        <translation>Katalogutgave {date} (innebygd).</translation>
    </message>
    <message>
        <source>Figures and rules change: the official web page of each entry is the authority.</source>
        <translation>Satser og regler endres: Det er den offisielle nettsiden for hver oppføring som gjelder.</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {count} matching entries: type more to narrow.</source>
        <translation>Viser de første {shown} av {count} treff: skriv mer for å snevre inn.</translation>
    </message>
    <message>
        <source>{count} of {total} entries</source>
        <translation>{count} av {total} oppføringer</translation>
    </message>
    <message>
        <source>The search has no letters or digits to look for, so every entry is shown.</source>
        <translation>Søket har ingen bokstaver eller sifre å lete etter, så alle oppføringene vises.</translation>
    </message>
    <message>
        <source>Contact “{name}” saved.</source>
        <translation>Kontakten «{name}» er lagret.</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Slett kontakt</translation>
    </message>
    <message>
        <source>Delete the contact “{name}”? Measures that use it will no longer list it.</source>
        <translation>Vil du slette kontakten «{name}»? Tiltak som bruker den, vil ikke lenger vise den.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Contact “{name}” deleted.</source>
        <translation>Kontakten «{name}» er slettet.</translation>
    </message>
    <message>
        <source>The contact could not be saved. Is the disk full or read-only?</source>
        <translation>Kontakten kunne ikke lagres. Er disken full eller skrivebeskyttet?</translation>
    </message>
    <message>
        <source>Import catalogue file</source>
        <translation>Importer katalogfil</translation>
    </message>
    <message>
        <source>Catalogue files (*.toml);;All files (*)</source>
        <translation>Katalogfiler (*.toml);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The catalogue file was not imported.</source>
        <translation>Katalogfilen ble ikke importert.</translation>
    </message>
    <message>
        <source>The catalogue file was not imported; nothing was changed.</source>
        <translation>Katalogfilen ble ikke importert; ingenting er endret.</translation>
    </message>
    <message>
        <source>Catalogue edition {date} imported and now in use.</source>
        <translation>Katalogutgave {date} er importert og tatt i bruk.</translation>
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
        <translation>installert program</translation>
    </message>
    <message>
        <source>from source</source>
        <translation>fra kildekode</translation>
    </message>
    <message>
        <source>Shipped files: {folder}</source>
        <translation>Programfiler: {folder}</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Datamappe: {folder}</translation>
    </message>
    <message>
        <source>database migrations</source>
        <translation>databasemigreringer</translation>
    </message>
    <message>
        <source>fonts</source>
        <translation>skrifter</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>oversettelser</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>katalog</translation>
    </message>
    <message>
        <source>icon</source>
        <translation>ikon</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed. Reinstalling the program usually helps.</source>
        <translation>
            <numerusform>%n kontroll feilet. Det hjelper som regel å installere programmet på nytt.</numerusform>
            <numerusform>%n kontroller feilet. Det hjelper som regel å installere programmet på nytt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) upgrade a new database to {head}</source>
        <translation>
            <numerusform>%n migrering oppgraderer en ny database til {head}</numerusform>
            <numerusform>%n migreringer oppgraderer en ny database til {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything the program needs is in place.</source>
        <translation>Alt programmet trenger, er på plass.</translation>
    </message>
    <message>
        <source>example plan</source>
        <translation>eksempelplan</translation>
    </message>
    <message>
        <source>missing: {path}</source>
        <translation>mangler: {path}</translation>
    </message>
    <message>
        <source>no migrations in {path}</source>
        <translation>ingen migreringer i {path}</translation>
    </message>
    <message>
        <source>upgrade stopped at {found}, expected {head}</source>
        <translation>oppgraderingen stoppet på {found}, ventet {head}</translation>
    </message>
    <message>
        <source>{names} load in reportlab</source>
        <translation>{names} lastes i reportlab</translation>
    </message>
    <message>
        <source>this build ships no compiled translations ({path})</source>
        <translation>denne utgaven har ingen kompilerte oversettelser ({path})</translation>
    </message>
    <message>
        <source>cannot load {path}</source>
        <translation>kan ikke laste {path}</translation>
    </message>
    <message>
        <source>{path} does not translate “{text}”</source>
        <translation>{path} oversetter ikke «{text}»</translation>
    </message>
    <message>
        <source>{files} load; bokmål: “{source}” → “{translated}”</source>
        <translation>{files} lastes; bokmål: «{source}» → «{translated}»</translation>
    </message>
    <message>
        <source>the catalogue is not part of this build</source>
        <translation>katalogen er ikke med i denne utgaven</translation>
    </message>
    <message>
        <source>the catalogue has no entries</source>
        <translation>katalogen har ingen oppføringer</translation>
    </message>
    <message>
        <source>the entry nav-arbeidstrening is missing</source>
        <translation>oppføringen nav-arbeidstrening mangler</translation>
    </message>
    <message>
        <source>{count} entries, edition {edition}</source>
        <translation>{count} oppføringer, utgave {edition}</translation>
    </message>
    <message>
        <source>“{name}” is a complete plan file (format {version})</source>
        <translation>«{name}» er en fullstendig planfil (format {version})</translation>
    </message>
    <message>
        <source>{path} is not a PNG image</source>
        <translation>{path} er ikke et PNG-bilde</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Start the program&apos;s window (verktoykasse without a command): it offers to restore a backup or to start afresh, and keeps the damaged file aside. The backups are in {folder}.</source>
        <translation>Start programmets vindu (verktoykasse uten kommando): der kan du hente tilbake en sikkerhetskopi eller begynne på nytt, og den skadde filen legges til side. Sikkerhetskopiene ligger i {folder}.</translation>
    </message>
    <message>
        <source>the database was written by a newer version of the program; please upgrade.</source>
        <translation>databasen er skrevet av en nyere versjon av programmet; oppdater programmet.</translation>
    </message>
    <message>
        <source>the database cannot be opened: {reason}</source>
        <translation>databasen kan ikke åpnes: {reason}</translation>
    </message>
    <message>
        <source>Password for the shared database: </source>
        <translation>Passord til den delte databasen: </translation>
    </message>
    <message>
        <source>something went wrong ({error}). Details are in {log}.</source>
        <translation>noe gikk galt ({error}). Detaljer står i {log}.</translation>
    </message>
    <message>
        <source>unknown area {area}; use attitudes, schemes, target_groups, training or support.</source>
        <translation>ukjent område {area}; bruk attitudes, schemes, target_groups, training eller support.</translation>
    </message>
    <message>
        <source>The search has no letters or digits to look for, so every entry is listed.</source>
        <translation>Søket har ingen bokstaver eller sifre å lete etter, så alle oppføringene er listet opp.</translation>
    </message>
    <message>
        <source>{count} of {total} entries. Catalogue edition {edition}; figures change – the official page is the authority.</source>
        <translation>{count} av {total} oppføringer. Katalogutgave {edition}; satsene endres – det er den offisielle nettsiden som gjelder.</translation>
    </message>
    <message>
        <source>Own contact</source>
        <translation>Egen kontakt</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} er en mappe; oppgi et filnavn.</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist.</source>
        <translation>mappen {folder} finnes ikke.</translation>
    </message>
    <message>
        <source>several plans are called “{plan}” (ids {ids}). Give the id of the one you mean, e.g. &apos;verktoykasse export {first} …&apos;.</source>
        <translation>flere planer heter «{plan}» (id {ids}). Oppgi id-en til den du mener, for eksempel &apos;verktoykasse export {first} …&apos;.</translation>
    </message>
    <message>
        <source>there is no plan called “{plan}”. &apos;verktoykasse plans&apos; lists the plans.</source>
        <translation>det finnes ingen plan som heter «{plan}». &apos;verktoykasse plans&apos; viser planene.</translation>
    </message>
    <message>
        <source>Imported the plan “{name}” (id {id}).</source>
        <translation>Planen «{name}» er importert (id {id}).</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(untitled)</source>
        <translation>(uten tittel)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>en annen</translation>
    </message>
    <message>
        <source>Changed by {who}</source>
        <translation>Endret av {who}</translation>
    </message>
    <message>
        <source>Changed by {who} {when}</source>
        <translation>Endret av {who} {when}</translation>
    </message>
    <message>
        <source>Someone else changed this</source>
        <translation>Noen andre har endret dette</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Noen andre</translation>
    </message>
    <message>
        <source>Someone else removed this row while you were working on it, so your change could not be saved. Your text is below: copy it if you want to keep it somewhere else.</source>
        <translation>Noen andre fjernet denne raden mens du arbeidet med den, så endringen din kunne ikke lagres. Teksten din står nedenfor: kopier den hvis du vil ta vare på den et annet sted.</translation>
    </message>
    <message>
        <source>{who} changed the same field ({when}) while you were working on it. Choose which version to keep; nothing is overwritten until you do.</source>
        <translation>{who} endret det samme feltet ({when}) mens du arbeidet med det. Velg hvilken versjon du vil beholde; ingenting blir overskrevet før du har valgt.</translation>
    </message>
    <message>
        <source>&amp;Your version:</source>
        <translation>&amp;Din versjon:</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Din versjon</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>{who}&apos;s &amp;version:</source>
        <translation>&amp;Versjonen til {who}:</translation>
    </message>
    <message>
        <source>{who}&apos;s version</source>
        <translation>Versjonen til {who}</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Behold &amp;min</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Behold min versjon</translation>
    </message>
    <message>
        <source>Use &amp;theirs</source>
        <translation>&amp;Bruk den andres</translation>
    </message>
    <message>
        <source>Use {who}&apos;s version</source>
        <translation>Bruk versjonen til {who}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Rediger kontakt</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Nett&amp;adresse:</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Nettadresse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ty&amp;pe:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <source>Toolbox areas</source>
        <translation>Områder i verktøykassen</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Please give the contact a name.</source>
        <translation>Gi kontakten et navn.</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>daily backup</source>
        <translation>daglig sikkerhetskopi</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>tatt av deg</translation>
    </message>
    <message>
        <source>before a program upgrade</source>
        <translation>før en programoppgradering</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>før en gjenoppretting</translation>
    </message>
    <message>
        <source>before the data folder was moved</source>
        <translation>før datamappen ble flyttet</translation>
    </message>
    <message>
        <source>Plan files (*.json)</source>
        <translation>Planfiler (*.json)</translation>
    </message>
    <message>
        <source>Plan files (*.json);;All files (*)</source>
        <translation>Planfiler (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Ta sikkerhetskopi nå</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Gjenopprett fra sikkerhetskopi…</translation>
    </message>
    <message>
        <source>E&amp;xport plan…</source>
        <translation>E&amp;ksporter plan…</translation>
    </message>
    <message>
        <source>&amp;Import plan…</source>
        <translation>&amp;Importer plan…</translation>
    </message>
    <message>
        <source>Mo&amp;ve to a shared database…</source>
        <translation>Flytt til en &amp;delt database…</translation>
    </message>
    <message>
        <source>Mo&amp;ve to this computer…</source>
        <translation>Flytt til denne &amp;datamaskinen…</translation>
    </message>
    <message>
        <source>Backup made: {file}</source>
        <translation>Sikkerhetskopi tatt: {file}</translation>
    </message>
    <message numerus="yes">
        <source>Backup made: %n plan file(s) in {folder}</source>
        <translation>
            <numerusform>Sikkerhetskopi tatt: %n planfil i {folder}</numerusform>
            <numerusform>Sikkerhetskopi tatt: %n planfiler i {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>A shared database is restored by whoever runs the server. To bring back one plan, use File → Import plan… with its file from {folder}.</source>
        <translation>En delt database gjenopprettes av den som drifter serveren. For å hente tilbake én plan, bruk Fil → Importer plan… med filen dens fra {folder}.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>Go back to the backup from {when}? Changes made since then are replaced; what you have now is kept as a backup of its own.</source>
        <translation>Vil du gå tilbake til sikkerhetskopien fra {when}? Endringer gjort etter det, erstattes; det du har nå, tas vare på som en egen sikkerhetskopi.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>Restored the backup from {when}.</source>
        <translation>Sikkerhetskopien fra {when} er gjenopprettet.</translation>
    </message>
    <message>
        <source>Choose a plan to export first.</source>
        <translation>Velg først en plan som skal eksporteres.</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Eksporter plan</translation>
    </message>
    <message>
        <source>The plan was saved to {file}</source>
        <translation>Planen er lagret i {file}</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Importer plan</translation>
    </message>
    <message>
        <source>Imported the plan “{name}”.</source>
        <translation>Planen «{name}» er importert.</translation>
    </message>
</context>
<context>
    <name>DataFolderBox</name>
    <message>
        <source>Data folder</source>
        <translation>Datamappe</translation>
    </message>
    <message>
        <source>Your data is kept in</source>
        <translation>Dataene dine ligger i</translation>
    </message>
    <message>
        <source>Your data is &amp;kept in:</source>
        <translation>Dataene dine &amp;ligger i:</translation>
    </message>
    <message>
        <source>&amp;Use this folder at every start</source>
        <translation>Br&amp;uk denne mappen ved hver oppstart</translation>
    </message>
    <message>
        <source>Use this data folder at every start</source>
        <translation>Bruk denne datamappen ved hver oppstart</translation>
    </message>
    <message>
        <source>You chose this folder when {usual} could not be used. Without the tick, the next start looks in {usual} again; what you wrote here stays in this folder.</source>
        <translation>Du valgte denne mappen da {usual} ikke kunne brukes. Uten haken ser neste oppstart i {usual} igjen; det du har skrevet her, blir liggende i denne mappen.</translation>
    </message>
    <message>
        <source>The choice of data folder could not be remembered ({reason}).</source>
        <translation>Valget av datamappe kunne ikke huskes ({reason}).</translation>
    </message>
    <message>
        <source>Every start uses this data folder now.</source>
        <translation>Hver oppstart bruker nå denne datamappen.</translation>
    </message>
    <message>
        <source>From the next start, the program looks in {usual} again.</source>
        <translation>Fra neste oppstart ser programmet i {usual} igjen.</translation>
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
        <translation>&amp;Denne datamaskinen (en fil i datamappen)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Denne datamaskinen</translation>
    </message>
    <message>
        <source>A &amp;shared database on a server (PostgreSQL)</source>
        <translation>En delt data&amp;base på en server (PostgreSQL)</translation>
    </message>
    <message>
        <source>A shared database on a server</source>
        <translation>En delt database på en server</translation>
    </message>
    <message>
        <source>Address of the shared database</source>
        <translation>Adressen til den delte databasen</translation>
    </message>
    <message>
        <source>Password for the shared database</source>
        <translation>Passord til den delte databasen</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Test &amp;tilkoblingen</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Test tilkoblingen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring when it has one, never in the settings file; otherwise it is asked for at each start. Add ?sslmode=require to the address to insist on an encrypted connection.</source>
        <translation>Passordet lagres i nøkkelringen på denne datamaskinen når den har en, aldri i innstillingsfilen; ellers blir du spurt ved hver oppstart. Legg til ?sslmode=require i adressen for å kreve kryptert tilkobling.</translation>
    </message>
    <message>
        <source>Write the shared database&apos;s address, for example postgresql://kari@server.example.no/verktoykasse, or choose “This computer”.</source>
        <translation>Skriv adressen til den delte databasen, for eksempel postgresql://kari@server.example.no/verktoykasse, eller velg «Denne datamaskinen».</translation>
    </message>
    <message>
        <source>Connecting …</source>
        <translation>Kobler til …</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Tilkoblingen virker.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Type day, month and year, for example 31.12.2027, 31.12.27, 311227 or 31 December 2027.</source>
        <translation>Skriv dag, måned og år, for eksempel 31.12.2027, 31.12.27, 311227 eller 31. desember 2027.</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <source>Choose {field} in a calendar</source>
        <translation>Velg {field} i en kalender</translation>
    </message>
    <message>
        <source>Choose the date in a calendar (Alt+Down in the field)</source>
        <translation>Velg datoen i en kalender (Alt+Pil ned i feltet)</translation>
    </message>
    <message>
        <source>A date is needed here; the last date is kept until you type one.</source>
        <translation>Her trengs en dato; den forrige datoen beholdes til du skriver en ny.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Write the date as day, month and year, for example 31.12.2027.</source>
        <translation>Skriv datoen som dag, måned og år, for eksempel 31.12.2027.</translation>
    </message>
    <message>
        <source>Please add the year, for example 31.12.2027.</source>
        <translation>Skriv året også, for eksempel 31.12.2027.</translation>
    </message>
    <message>
        <source>Please add the day, for example 31.12.2027.</source>
        <translation>Skriv dagen også, for eksempel 31.12.2027.</translation>
    </message>
    <message>
        <source>Is this {day} {month} or {month} {year}? Please write day, month and year, for example {example}.</source>
        <translation>Mener du {day}. {month} eller {month} {year}? Skriv dag, måned og år, for eksempel {example}.</translation>
    </message>
    <message>
        <source>{date} is a {weekday}, not a {typed}. Please check the date.</source>
        <translation>{date} er en {weekday}, ikke en {typed}. Sjekk datoen.</translation>
    </message>
    <message>
        <source>Is {number} the year {year} or a time? For the year write {date}; a time is left out of this field.</source>
        <translation>Er {number} året {year} eller et klokkeslett? For året skriver du {date}; klokkeslettet skal ikke stå i dette feltet.</translation>
    </message>
    <message>
        <source>This field takes a date only: please leave the time out and write just {date}.</source>
        <translation>Feltet tar bare en dato: ta bort klokkeslettet og skriv bare {date}.</translation>
    </message>
    <message>
        <source>There is no month {month}. Write the day first, for example {date}.</source>
        <translation>Det finnes ingen måned {month}. Skriv dagen først, for eksempel {date}.</translation>
    </message>
    <message>
        <source>Write the year with two or four digits, for example 2027 or 27.</source>
        <translation>Skriv året med to eller fire sifre, for eksempel 2027 eller 27.</translation>
    </message>
    <message>
        <source>The year must be between {first} and {last}.</source>
        <translation>Året må være mellom {first} og {last}.</translation>
    </message>
    <message>
        <source>There is no month {month}: the month is 1 to 12.</source>
        <translation>Det finnes ingen måned {month}: måneden er 1 til 12.</translation>
    </message>
    <message>
        <source>{month} {year} has days 1 to {last}, not {day}.</source>
        <translation>{month} {year} har dagene 1 til {last}, ikke {day}.</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>What you typed in “{plan}” could not be saved: {what}. The message beside the field says why. If you open another plan now, it is lost. Open it anyway?</source>
        <translation>Noe du skrev i «{plan}», kunne ikke lagres: {what}. Meldingen ved feltet sier hvorfor. Åpner du en annen plan nå, går det tapt. Vil du åpne den likevel?</translation>
    </message>
    <message>
        <source>Open without it</source>
        <translation>Åpne uten det</translation>
    </message>
    <message>
        <source>What you typed could not be saved: {what}. The message beside the field says why. If you close now, it is lost. Close anyway?</source>
        <translation>Noe du skrev, kunne ikke lagres: {what}. Meldingen ved feltet sier hvorfor. Lukker du nå, går det tapt. Vil du lukke likevel?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>a text of {count} characters</source>
        <translation>en tekst på {count} tegn</translation>
    </message>
    <message>
        <source>{values} and {count} more</source>
        <translation>{values} og {count} til</translation>
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
    <name>DutySection</name>
    <message>
        <source>Emp&amp;loyer:</source>
        <translation>Ar&amp;beidsgiver:</translation>
    </message>
    <message>
        <source>A party has as&amp;ked for the four steps</source>
        <translation>En part har &amp;bedt om de fire stegene</translation>
    </message>
    <message>
        <source>A union representative or a majority of the employees</source>
        <translation>En tillitsvalgt eller et flertall av de ansatte</translation>
    </message>
    <message>
        <source>Document our equality work anyway</source>
        <translation>Dokumenter likestillingsarbeidet likevel</translation>
    </message>
    <message>
        <source>Open the equality &amp;work (ARP)…</source>
        <translation>&amp;Åpne likestillingsarbeidet (ARP) …</translation>
    </message>
    <message>
        <source>Open the equality work (ARP)</source>
        <translation>Åpne likestillingsarbeidet (ARP)</translation>
    </message>
    <message>
        <source>Equality duty (ARP)</source>
        <translation>Likestillingsplikt (ARP)</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>“{field}” is too long: at most {limit} characters fit in one field, and it has {count}. Nothing was saved; shorten it and try again.</source>
        <translation>«{field}» er for lang: høyst {limit} tegn får plass i ett felt, og teksten har {count}. Ingenting ble lagret; gjør den kortere og prøv igjen.</translation>
    </message>
    <message>
        <source>The text is too long: at most {limit} characters fit in one field, and it has {count}. Nothing was saved; shorten it and try again.</source>
        <translation>Teksten er for lang: høyst {limit} tegn får plass i ett felt, og den har {count}. Ingenting ble lagret; gjør den kortere og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>EntryDetail</name>
    <message>
        <source>Details of the chosen entry</source>
        <translation>Detaljer om valgt oppføring</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Hva det er</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Nøkkeltall</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Hvem kan bruke det</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Slik søker du</translation>
    </message>
    <message>
        <source>&amp;Open web page</source>
        <translation>Å&amp;pne nettsiden</translation>
    </message>
    <message>
        <source>Open the official web page in your browser</source>
        <translation>Åpne den offisielle nettsiden i nettleseren</translation>
    </message>
    <message>
        <source>Copy &amp;phone</source>
        <translation>Kopier &amp;telefonnummer</translation>
    </message>
    <message>
        <source>Copy the phone number</source>
        <translation>Kopier telefonnummeret</translation>
    </message>
    <message>
        <source>Copy &amp;e-mail</source>
        <translation>Kopier &amp;e-postadresse</translation>
    </message>
    <message>
        <source>Copy the e-mail address</source>
        <translation>Kopier e-postadressen</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>&amp;Rediger kontakt…</translation>
    </message>
    <message>
        <source>Edit this contact</source>
        <translation>Rediger denne kontakten</translation>
    </message>
    <message>
        <source>&amp;Delete contact…</source>
        <translation>S&amp;lett kontakt…</translation>
    </message>
    <message>
        <source>Delete this contact</source>
        <translation>Slett denne kontakten</translation>
    </message>
    <message>
        <source>Areas: {areas}</source>
        <translation>Områder: {areas}</translation>
    </message>
    <message>
        <source>For: {groups}</source>
        <translation>For: {groups}</translation>
    </message>
    <message>
        <source>{figure} (valid for: {period})</source>
        <translation>{figure} (gjelder for: {period})</translation>
    </message>
    <message>
        <source>Role and note</source>
        <translation>Rolle og merknad</translation>
    </message>
    <message>
        <source>Web page: {url}</source>
        <translation>Nettside: {url}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Telefon: {phone}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>E-post: {email}</translation>
    </message>
    <message>
        <source>Last checked {date} against: {source}. Figures change: the official web page is the authority.</source>
        <translation>Sist sjekket {date} mot: {source}. Tall endrer seg: den offisielle nettsiden gjelder.</translation>
    </message>
    <message>
        <source>Last checked {date}. Figures change: the official web page is the authority.</source>
        <translation>Sist kontrollert {date}. Satsene endres: Det er den offisielle nettsiden som gjelder.</translation>
    </message>
    <message>
        <source>Your own contact.</source>
        <translation>Din egen kontakt.</translation>
    </message>
    <message>
        <source>Copied: {text}</source>
        <translation>Kopiert: {text}</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>KPIs</source>
        <translation>KPI-er</translation>
    </message>
    <message>
        <source>No KPIs yet: add them to the goals in step 3.</source>
        <translation>Ingen KPI-er ennå: Legg dem til under målene i steg 3.</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Måltall</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Measures: status and what they gave</source>
        <translation>Tiltak: status og hva de førte til</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>No measures yet: add them in step 4.</source>
        <translation>Ingen tiltak ennå: Legg dem til i steg 4.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>What we learnt</source>
        <translation>Hva vi lærte</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Læringspunkter</translation>
    </message>
    <message>
        <source>No lessons yet. What did you learn?</source>
        <translation>Ingen læringspunkter ennå. Hva lærte dere?</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Læringspunkt</translation>
    </message>
    <message>
        <source>From insight to practice</source>
        <translation>Fra innsikt til praksis</translation>
    </message>
    <message>
        <source>&amp;Measured on:</source>
        <translation>Målt d&amp;ato:</translation>
    </message>
    <message>
        <source>For example internal training and personnel work.</source>
        <translation>For eksempel intern opplæring og personalarbeid.</translation>
    </message>
    <message>
        <source>Experiences to &amp;share with others:</source>
        <translation>Erfaringer vi &amp;kan dele med andre:</translation>
    </message>
    <message>
        <source>What we &amp;celebrate:</source>
        <translation>Hva vi fei&amp;rer:</translation>
    </message>
    <message>
        <source>{count} {status}</source>
        <translation>{count} {status}</translation>
    </message>
    <message>
        <source>No measures yet.</source>
        <translation>Ingen tiltak ennå.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>Key figures (KPIs) over time</source>
        <translation>Måltall (KPI-er) over tid</translation>
    </message>
    <message>
        <source>Next cycle</source>
        <translation>Neste runde</translation>
    </message>
    <message>
        <source>How insight &amp;becomes daily practice:</source>
        <translation>Hvordan innsikten blir daglig &amp;praksis:</translation>
    </message>
    <message>
        <source>Goal: {goal}. {direction}. Deadline {deadline}.</source>
        <translation>Mål: {goal}. {direction}. Frist {deadline}.</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>No measurements yet. Add one each time the KPI is measured.</source>
        <translation>Ingen målinger ennå. Legg til en hver gang KPI-en måles.</translation>
    </message>
    <message>
        <source>V&amp;alue:</source>
        <translation>V&amp;erdi:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>What was &amp;done:</source>
        <translation>Hva &amp;som ble gjort:</translation>
    </message>
    <message>
        <source>What it &amp;gave:</source>
        <translation>Hva det fø&amp;rte til:</translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation>&amp;Læringspunkt:</translation>
    </message>
    <message>
        <source>Take into the &amp;next cycle</source>
        <translation>Ta med i neste r&amp;unde</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Shortened to {limit} characters: a one-line field holds no more, and the rest of what you pasted was left out.</source>
        <translation>Forkortet til {limit} tegn: et felt på én linje rommer ikke mer, og resten av det du limte inn, ble utelatt.</translation>
    </message>
    <message>
        <source>This text is longer than a plan file holds (at most {limit} characters, and it has {count}): please shorten it, or a plan file with it will not import again.</source>
        <translation>Denne teksten er lengre enn en planfil rommer (høyst {limit} tegn, og den har {count}): gjør den kortere, ellers vil en planfil med den ikke kunne importeres igjen.</translation>
    </message>
</context>
<context>
    <name>FiguresEditor</name>
    <message>
        <source>The year as it will be published</source>
        <translation>Året slik det blir offentliggjort</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <source>No year yet: add the year just ended and type its figures.</source>
        <translation>Ingen år ennå: legg til året som nettopp er slutt, og skriv inn tallene.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Job levels</source>
        <translation>Stillingsnivåer</translation>
    </message>
    <message>
        <source>As it will be published (small numbers hidden)</source>
        <translation>Slik det blir offentliggjort (små tall skjult)</translation>
    </message>
    <message>
        <source>(year not typed)</source>
        <translation>(år ikke skrevet inn)</translation>
    </message>
    <message>
        <source>check the figures</source>
        <translation>sjekk tallene</translation>
    </message>
    <message>
        <source>figures typed</source>
        <translation>tall skrevet inn</translation>
    </message>
    <message>
        <source>Women&apos;s pay</source>
        <translation>Kvinners lønn</translation>
    </message>
    <message>
        <source>Men&apos;s pay</source>
        <translation>Menns lønn</translation>
    </message>
    <message>
        <source>Women&apos;s % of men&apos;s</source>
        <translation>Kvinners % av menns</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Året:</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Hvert år</translation>
    </message>
    <message>
        <source>At least every second year</source>
        <translation>Minst annethvert år</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <source>Pay by job level (at least every second year)</source>
        <translation>Lønn per stillingsnivå (minst annethvert år)</translation>
    </message>
    <message>
        <source>(level without a name)</source>
        <translation>(nivå uten navn)</translation>
    </message>
    <message>
        <source>No job levels yet: add one per level (for example operators, office, managers).</source>
        <translation>Ingen stillingsnivåer ennå: legg til ett per nivå (for eksempel operatører, kontor, ledere).</translation>
    </message>
    <message>
        <source>&amp;Job level:</source>
        <translation>Stillings&amp;nivå:</translation>
    </message>
    <message>
        <source>&amp;Women:</source>
        <translation>&amp;Kvinner:</translation>
    </message>
    <message>
        <source>M&amp;en:</source>
        <translation>M&amp;enn:</translation>
    </message>
    <message>
        <source>Women&apos;s a&amp;verage monthly pay (kr):</source>
        <translation>Kvinners gjennomsnittlige månedsl&amp;ønn (kr):</translation>
    </message>
    <message>
        <source>Men&apos;s avera&amp;ge monthly pay (kr):</source>
        <translation>Menns gjennomsnittlige månedslønn (k&amp;r):</translation>
    </message>
    <message>
        <source>A number of persons cannot be negative.</source>
        <translation>Et antall personer kan ikke være negativt.</translation>
    </message>
    <message>
        <source>Weeks of leave cannot be negative.</source>
        <translation>Uker med permisjon kan ikke være negative.</translation>
    </message>
    <message>
        <source>A year between {first} and {last}, please.</source>
        <translation>Skriv et årstall mellom {first} og {last}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>Last typed: gender balance {yearly}, pay by job level {pay}, involuntary part-time {part}.</source>
        <translation>Sist skrevet inn: kjønnsbalanse {yearly}, lønn per stillingsnivå {pay}, ufrivillig deltid {part}.</translation>
    </message>
    <message>
        <source>The figures for {year} are due.</source>
        <translation>Tallene for {year} skal føres inn nå.</translation>
    </message>
    <message>
        <source>The two-yearly survey (pay by job level and involuntary part-time) is due.</source>
        <translation>Kartleggingen som gjøres annethvert år (lønn per stillingsnivå og ufrivillig deltid), skal gjøres nå.</translation>
    </message>
    <message>
        <source>The next two-yearly survey is for {year}.</source>
        <translation>Neste kartlegging (annethvert år) gjelder {year}.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>the disk is full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <source>the file is open in another program</source>
        <translation>filen er åpen i et annet program</translation>
    </message>
    <message>
        <source>the disk is write-protected (read-only)</source>
        <translation>disken er skrivebeskyttet</translation>
    </message>
    <message>
        <source>you may not write there</source>
        <translation>du har ikke lov til å skrive der</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>mappen finnes ikke</translation>
    </message>
    <message>
        <source>the name is too long for the disk</source>
        <translation>navnet er for langt for disken</translation>
    </message>
    <message>
        <source>the name is not allowed there</source>
        <translation>navnet er ikke tillatt der</translation>
    </message>
    <message>
        <source>the disk or network drive is not ready</source>
        <translation>disken eller nettverksstasjonen er ikke klar</translation>
    </message>
    <message>
        <source>the system refused it</source>
        <translation>systemet avviste det</translation>
    </message>
    <message>
        <source>Free some space and try again.</source>
        <translation>Frigjør litt plass og prøv igjen.</translation>
    </message>
    <message>
        <source>Close it there and try again.</source>
        <translation>Lukk den der og prøv igjen.</translation>
    </message>
    <message>
        <source>Choose another place, or remove the write protection of the USB stick or card.</source>
        <translation>Velg et annet sted, eller slå av skrivebeskyttelsen på minnepinnen eller minnekortet.</translation>
    </message>
    <message>
        <source>If the file is open in another program (a PDF viewer), close it there; or choose another folder.</source>
        <translation>Hvis filen er åpen i et annet program (et PDF-program), lukk den der, eller velg en annen mappe.</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Velg en annen mappe.</translation>
    </message>
    <message>
        <source>Choose a shorter name.</source>
        <translation>Velg et kortere navn.</translation>
    </message>
    <message>
        <source>Choose a name of letters, digits and spaces.</source>
        <translation>Velg et navn med bokstaver, tall og mellomrom.</translation>
    </message>
    <message>
        <source>Check that it is connected, and try again.</source>
        <translation>Sjekk at den er koblet til, og prøv igjen.</translation>
    </message>
    <message>
        <source>Try another folder; the details are in the log file.</source>
        <translation>Prøv en annen mappe; detaljene står i loggfilen.</translation>
    </message>
    <message>
        <source>{reason}. {advice}</source>
        <translation>{reason}. {advice}</translation>
    </message>
    <message>
        <source>the file is not there (any more)</source>
        <translation>filen finnes ikke (lenger)</translation>
    </message>
    <message>
        <source>Choose it again.</source>
        <translation>Velg den på nytt.</translation>
    </message>
    <message>
        <source>you may not read it</source>
        <translation>du har ikke lov til å lese den</translation>
    </message>
    <message>
        <source>Copy it to your Documents folder and try again.</source>
        <translation>Kopier den til Dokumenter-mappen din og prøv igjen.</translation>
    </message>
    <message>
        <source>Try another copy of the file; the details are in the log file.</source>
        <translation>Prøv en annen kopi av filen; detaljene står i loggfilen.</translation>
    </message>
    <message>
        <source>{file} could not be written: the program could not read one of its own files ({name}). Your plans are safe; install Verktøykassa again.</source>
        <translation>{file} kunne ikke skrives: programmet fikk ikke lest en av sine egne filer ({name}). Planene dine er trygge; installer Verktøykassa på nytt.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (it is a folder, a device or a link to nothing), so it was not replaced. Choose another file name.</source>
        <translation>{file} er ikke en vanlig fil (det er en mappe, en enhet eller en lenke som ikke peker på noe), så den ble ikke erstattet. Velg et annet filnavn.</translation>
    </message>
    <message>
        <source>{file} is read-only, so it was not replaced. Choose another file name.</source>
        <translation>{file} er skrivebeskyttet, så den ble ikke erstattet. Velg et annet filnavn.</translation>
    </message>
    <message>
        <source>{file} is a folder. Choose a file name.</source>
        <translation>{file} er en mappe. Velg et filnavn.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} kunne ikke skrives: {reason}</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>(untitled)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>Milestone “{title}” of “{measure}”, overdue since {date}</source>
        <translation>Milepæl «{title}» i «{measure}», forfalt siden {date}</translation>
    </message>
    <message>
        <source>Milestone “{title}” of “{measure}”, due {date}</source>
        <translation>Milepæl «{title}» i «{measure}», frist {date}</translation>
    </message>
    <message>
        <source>Time to measure “{kpi}” (goal “{goal}”), due since {date}</source>
        <translation>På tide å måle «{kpi}» (mål «{goal}»), skulle vært målt {date}</translation>
    </message>
    <message>
        <source>“{title}” is late: its deadline was {date}</source>
        <translation>«{title}» er forsinket: fristen var {date}</translation>
    </message>
    <message>
        <source>Was “{title}” held? It was due {date}</source>
        <translation>Ble «{title}» holdt? Det skulle vært {date}</translation>
    </message>
    <message>
        <source>“{title}” is to be held on {date}</source>
        <translation>«{title}» skal holdes {date}</translation>
    </message>
    <message>
        <source>Equality figures for {year} (ARP): gender balance, temporary and part-time staff, parental leave — due since {date}</source>
        <translation>Likestillingstall for {year} (ARP): kjønnsbalanse, midlertidig ansatte og deltidsansatte, foreldrepermisjon – skulle vært ført inn {date}</translation>
    </message>
    <message>
        <source>Equality figures for {year} (ARP): gender balance, temporary and part-time staff, parental leave — due {date}</source>
        <translation>Likestillingstall for {year} (ARP): kjønnsbalanse, midlertidig ansatte og deltidsansatte, foreldrepermisjon – frist {date}</translation>
    </message>
    <message>
        <source>The two-yearly equality survey for {year} is due: pay by job level and involuntary part-time (last done for {last})</source>
        <translation>Kartleggingen annethvert år for {year} skal gjøres: lønn per stillingsnivå og ufrivillig deltid (sist gjort for {last})</translation>
    </message>
    <message>
        <source>The two-yearly equality survey for {year} is due: pay by job level and involuntary part-time (never done in this plan)</source>
        <translation>Kartleggingen annethvert år for {year} skal gjøres: lønn per stillingsnivå og ufrivillig deltid (aldri gjort i denne planen)</translation>
    </message>
    <message>
        <source>Report to the board on {date}</source>
        <translation>Rapport til styret {date}</translation>
    </message>
    <message>
        <source>The period ended on {date}: evaluate it and start the next cycle.</source>
        <translation>Perioden sluttet {date}: evaluer den og start neste runde.</translation>
    </message>
    <message>
        <source>Nothing due in the next {days} days.</source>
        <translation>Ingenting står for tur de neste {days} dagene.</translation>
    </message>
    <message>
        <source>Next board report: {date}.</source>
        <translation>Neste rapport til styret: {date}.</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>Rea&amp;dy for the board?…</source>
        <translation>Klar for st&amp;yret?…</translation>
    </message>
    <message>
        <source>See what the board will miss in the action plan</source>
        <translation>Se hva styret vil savne i handlingsplanen</translation>
    </message>
    <message>
        <source>Export ca&amp;lendar (.ics)…</source>
        <translation>Eksporter ka&amp;lender (.ics)…</translation>
    </message>
    <message>
        <source>Save milestones, deadlines, measurements and board reports for Outlook, Google or Apple</source>
        <translation>Lagre milepæler, frister, målinger og styrerapporter for Outlook, Google eller Apple</translation>
    </message>
    <message>
        <source>Export the plan&apos;s dates as a calendar</source>
        <translation>Eksporter planens datoer som kalender</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Calendar saved to {path}. Import it in Outlook, Google Calendar or Apple Calendar.</source>
        <translation>Kalenderen er lagret i {path}. Importer den i Outlook, Google Kalender eller Apple Kalender.</translation>
    </message>
</context>
<context>
    <name>GapChart</name>
    <message>
        <source>Gaps: today and desired</source>
        <translation>Gap: i dag og ønsket</translation>
    </message>
    <message>
        <source>{title}: today {current}, desired {desired}, gap {size}</source>
        <translation>{title}: i dag {current}, ønsket {desired}, gap {size}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>Click on a row to set a score.</source>
        <translation>Klikk på en rad for å sette en vurdering.</translation>
    </message>
    <message>
        <source>1 = hardly in place, 3 = partly, 5 = works well every day</source>
        <translation>1 = nesten ikke på plass, 3 = delvis, 5 = virker godt hver dag</translation>
    </message>
    <message>
        <source>Score 1–5</source>
        <translation>Vurdering 1–5</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Ønsket</translation>
    </message>
    <message>
        <source>No gap areas yet.</source>
        <translation>Ingen gapområder ennå.</translation>
    </message>
</context>
<context>
    <name>GapSlide</name>
    <message>
        <source>Gap area {number} of {count}</source>
        <translation>Gapområde {number} av {count}</translation>
    </message>
    <message>
        <source>Dots on score</source>
        <translation>Prikker per poeng</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Ønsket</translation>
    </message>
    <message>
        <source>{side}: dots on score {score}</source>
        <translation>{side}: prikker på poeng {score}</translation>
    </message>
    <message>
        <source>Type how many dots each score got. The plan gets the score of the middle dot; with two middle dots on different scores, the lower one.</source>
        <translation>Skriv hvor mange prikker hvert poeng fikk. Planen får poenget til prikken i midten; er det to prikker i midten med ulike poeng, gjelder det laveste.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>desired</source>
        <translation>ønsket</translation>
    </message>
    <message>
        <source>{side} {score} ({dots} dots)</source>
        <translation>{side} {score} ({dots} prikker)</translation>
    </message>
    <message>
        <source>The room&apos;s score: {scores}</source>
        <translation>Deltakernes poeng: {scores}</translation>
    </message>
    <message>
        <source>The plan so far: today {today}, desired {desired}</source>
        <translation>Planen så langt: i dag {today}, ønsket {desired}</translation>
    </message>
</context>
<context>
    <name>GapsPage</name>
    <message>
        <source>Gap areas</source>
        <translation>Gapområder</translation>
    </message>
    <message>
        <source>Insert the five typical &amp;gap areas</source>
        <translation>Sett inn de fe&amp;m vanlige gapområdene</translation>
    </message>
    <message>
        <source>Areas: today and where we want to be</source>
        <translation>Områder: i dag og dit vi vil</translation>
    </message>
    <message>
        <source>Insert the five typical gap areas</source>
        <translation>Sett inn de fem vanlige gapområdene</translation>
    </message>
    <message>
        <source>Adds the areas of the method that are not in the list yet: diversity, recruitment, managers&apos; competence, cooperation with external actors, follow-up routines.</source>
        <translation>Legger til de områdene fra metoden som ikke står i listen ennå: mangfold, rekruttering, lederkompetanse, samarbeid med eksterne aktører og rutiner for oppfølging.</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>Nytt område</translation>
    </message>
    <message>
        <source>No areas yet. Insert the five typical areas, or add your own.</source>
        <translation>Ingen områder ennå. Sett inn de fem vanlige områdene, eller legg til egne.</translation>
    </message>
    <message>
        <source>What already works well</source>
        <translation>Det som allerede fungerer godt</translation>
    </message>
    <message>
        <source>Positive results are to be highlighted, reinforced and celebrated.</source>
        <translation>Gode resultater skal løftes fram, forsterkes og feires.</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrker</translation>
    </message>
    <message>
        <source>Nothing yet. What works well today?</source>
        <translation>Ingenting ennå. Hva fungerer godt i dag?</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Ønsket</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>What works well</source>
        <translation>Hva som fungerer godt</translation>
    </message>
    <message>
        <source>How we celebrate it</source>
        <translation>Hvordan vi feirer det</translation>
    </message>
    <message>
        <source>From the method:</source>
        <translation>Fra metoden:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <source>Today (current &amp;situation):</source>
        <translation>Nåsituas&amp;jon (i dag):</translation>
    </message>
    <message>
        <source>&amp;Desired situation:</source>
        <translation>Ønsket &amp;situasjon:</translation>
    </message>
    <message>
        <source>Score t&amp;oday (1–5):</source>
        <translation>Vurdering i d&amp;ag (1–5):</translation>
    </message>
    <message>
        <source>Desired sco&amp;re (1–5):</source>
        <translation>Ønsket v&amp;urdering (1–5):</translation>
    </message>
    <message>
        <source>Distance to go (the gap):</source>
        <translation>Avstand igjen (gapet):</translation>
    </message>
    <message>
        <source>Relevant to SDG {label}</source>
        <translation>Relevant for bærekraftsmål {label}</translation>
    </message>
    <message>
        <source>E&amp;xpected effect of closing it (1–5):</source>
        <translation>Forventet &amp;effekt av å tette gapet (1–5):</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>&amp;Prioritet:</translation>
    </message>
    <message>
        <source>What works we&amp;ll here:</source>
        <translation>Hva som vir&amp;ker godt her:</translation>
    </message>
    <message>
        <source>Not prioritised</source>
        <translation>Ikke prioritert</translation>
    </message>
    <message>
        <source>What wor&amp;ks well:</source>
        <translation>Hva som fungerer &amp;godt:</translation>
    </message>
    <message>
        <source>How we &amp;celebrate it:</source>
        <translation>Hvordan vi fei&amp;rer det:</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Kom i gang</translation>
    </message>
    <message>
        <source>Open the e&amp;xample plan</source>
        <translation>Åpne e&amp;ksempelplanen</translation>
    </message>
    <message>
        <source>What the program does</source>
        <translation>Hva programmet gjør</translation>
    </message>
    <message>
        <source>Verktøykassa helps a small business include more people in work. You make a plan in five steps, the program turns it into an action plan for the board, and the catalogue tells you what help you can get and whom to call.</source>
        <translation>Verktøykassa hjelper en liten bedrift å inkludere flere i arbeid. Du lager en plan i fem steg, programmet gjør den om til en handlingsplan for styret, og katalogen forteller hvilken hjelp dere kan få og hvem dere kan ringe.</translation>
    </message>
    <message>
        <source>The five steps</source>
        <translation>De fem stegene</translation>
    </message>
    <message>
        <source>Look at the example plan first</source>
        <translation>Se på eksempelplanen først</translation>
    </message>
    <message>
        <source>The example plan is a small bakery&apos;s finished plan. Open it from the list of plans (“Open example plan”) and look around: you cannot break anything, and your own plans are kept apart.</source>
        <translation>Eksempelplanen er den ferdige planen til et lite bakeri. Åpne den fra listen over planer («Åpne eksempelplan») og se deg rundt: Du kan ikke ødelegge noe, og dine egne planer holdes atskilt.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <source>There is no Save button: everything you type is saved at once (a longer text or a number when you pause). If the disk is full, a red bar says so and your text stays in the field until it can be saved.</source>
        <translation>Det finnes ingen Lagre-knapp: Alt du skriver, lagres med én gang (en lengre tekst eller et tall når du tar en pause). Er disken full, sier et rødt felt fra, og teksten blir stående i feltet til den kan lagres.</translation>
    </message>
    <message>
        <source>Words you may not know</source>
        <translation>Ord du kanskje ikke kjenner</translation>
    </message>
    <message>
        <source>Press ⓘ beside a word, or open Help → Glossary. “Measures” are what your business does; “schemes” are the help you can get from Nav and others.</source>
        <translation>Trykk på ⓘ ved et ord, eller åpne Hjelp → Ordliste. «Tiltak» er det bedriften selv gjør; «virkemidler» er hjelpen dere kan få fra Nav og andre.</translation>
    </message>
    <message>
        <source>Where your data is</source>
        <translation>Hvor dataene ligger</translation>
    </message>
    <message>
        <source>Everything stays on this computer, in this folder:</source>
        <translation>Alt blir på denne datamaskinen, i denne mappen:</translation>
    </message>
    <message>
        <source>Back it up with File → Back up now, or save a plan in a file with File → Export plan.</source>
        <translation>Ta sikkerhetskopi med Fil → Ta sikkerhetskopi nå, eller lagre en plan til en fil med Fil → Eksporter plan.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Needs exploration</source>
        <translation>Behovskartlegging</translation>
    </message>
    <message>
        <source>The first step of the method: finding out what the business needs (people, skills, hands) and what the people you could hire need to do well at work.</source>
        <translation>Første steg i metoden: å finne ut hva bedriften trenger (folk, kompetanse, hender), og hva de dere kan ansette, trenger for å lykkes på jobben.</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Problemstilling</translation>
    </message>
    <message>
        <source>One or two sentences that say what the plan is meant to solve, for example: “We lack bakers, and we have never hired anyone who needed adjustments.”</source>
        <translation>En eller to setninger om hva planen skal løse, for eksempel: «Vi mangler bakere, og vi har aldri ansatt noen som trengte tilrettelegging.»</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>The distance between how things are today and how you want them to be, in one area. You score both from 1 (weak) to 5 (strong); the difference is the gap.</source>
        <translation>Avstanden mellom hvordan det er i dag og hvordan dere vil ha det, på ett område. Dere gir begge en vurdering fra 1 (svakt) til 5 (sterkt); forskjellen er gapet.</translation>
    </message>
    <message>
        <source>Gap analysis</source>
        <translation>Gapanalyse</translation>
    </message>
    <message>
        <source>The second step: describe a few areas as they are today and as you want them, score both, and see where the gaps are largest. Start your work there.</source>
        <translation>Andre steg: Beskriv noen områder slik de er i dag og slik dere vil ha dem, gi begge en vurdering, og se hvor gapene er størst. Begynn arbeidet der.</translation>
    </message>
    <message>
        <source>Score (1–5)</source>
        <translation>Vurdering (1–5)</translation>
    </message>
    <message>
        <source>1 means hardly anything is in place, 3 that some of it works, 5 that it works well and is part of how you work every day.</source>
        <translation>1 betyr at nesten ingenting er på plass, 3 at noe av det virker, 5 at det virker godt og er en del av hvordan dere jobber hver dag.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>What you want to have achieved, in one sentence, so that everyone can tell later whether you got there.</source>
        <translation>Det dere vil ha oppnådd, i én setning, slik at alle senere kan se om dere kom dit.</translation>
    </message>
    <message>
        <source>KPI (key figure)</source>
        <translation>KPI (måltall)</translation>
    </message>
    <message>
        <source>A number you count to see whether a goal comes closer, for example “people hired from the target group” or “managers who have taken the course”. KPI is short for key performance indicator.</source>
        <translation>Et tall dere teller for å se om et mål kommer nærmere, for eksempel «ansatte fra målgruppen» eller «ledere som har tatt kurset». KPI står for «key performance indicator» (nøkkeltall).</translation>
    </message>
    <message>
        <source>Baseline (value today)</source>
        <translation>Utgangsverdi (verdi i dag)</translation>
    </message>
    <message>
        <source>What the key figure is when you start, so you can see the change later. Often 0.</source>
        <translation>Hva måltallet er når dere begynner, slik at dere ser endringen senere. Ofte 0.</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Målverdi</translation>
    </message>
    <message>
        <source>The number you want the key figure to reach by the end of the plan&apos;s period.</source>
        <translation>Tallet dere vil at måltallet skal nå innen planperioden er over.</translation>
    </message>
    <message>
        <source>Measure (what we do)</source>
        <translation>Tiltak (det vi gjør)</translation>
    </message>
    <message>
        <source>Something your business does to reach a goal, with an owner and a deadline, for example “a mentor for every new employee”. Not the same as Nav&apos;s schemes: a measure can use a scheme, such as a wage subsidy.</source>
        <translation>Noe bedriften selv gjør for å nå et mål, med en eier og en frist, for eksempel «en fadder for hver nyansatt». Ikke det samme som Navs virkemidler: Et tiltak kan bruke et virkemiddel, for eksempel lønnstilskudd.</translation>
    </message>
    <message>
        <source>Scheme (help from Nav and others)</source>
        <translation>Virkemiddel (hjelp fra Nav og andre)</translation>
    </message>
    <message>
        <source>Help the business can get from outside: Nav&apos;s wage subsidies, work trials, grants, courses and advisers. Nav calls these “tiltak”; in this program they are “schemes”, so that they are not confused with the measures your business does itself. The catalogue (Ctrl+K) lists them.</source>
        <translation>Hjelp bedriften kan få utenfra: Navs lønnstilskudd, arbeidstrening, tilskudd, kurs og rådgivere. Nav kaller mange av disse «tiltak»; i dette programmet heter de «virkemidler», så de ikke blandes med tiltakene bedriften selv gjør. Katalogen (Ctrl+K) viser dem.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>The measures with who does what and by when, in one document for the board and the staff. File → Export PDF makes it.</source>
        <translation>Tiltakene med hvem som gjør hva og innen når, i ett dokument for styret og de ansatte. Fil → Eksporter PDF lager det.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <source>A point on the way to a measure&apos;s deadline that you can tick off, such as “mentor chosen”.</source>
        <translation>Et punkt på veien mot fristen for et tiltak som dere kan krysse av, for eksempel «fadder valgt».</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>Looking back: what the measures gave, what the key figures show now, and what you learned and take with you into next year&apos;s plan.</source>
        <translation>Å se tilbake: hva tiltakene ga, hva måltallene viser nå, og hva dere lærte og tar med inn i neste års plan.</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>The people the plan is meant to open doors for: people with disabilities, gaps in their CV, immigrants, and young people outside work and school.</source>
        <translation>Menneskene planen skal åpne dører for: personer med nedsatt funksjonsevne, hull i CV-en, innvandrere og unge utenfor arbeid og skole.</translation>
    </message>
    <message>
        <source>SDG (sustainable development goal)</source>
        <translation>Bærekraftsmål</translation>
    </message>
    <message>
        <source>The UN&apos;s 17 goals for the world. Inclusion in work serves mainly goal 8 (decent work) and goal 10 (reduced inequalities); ticking them helps if the business reports on sustainability.</source>
        <translation>FNs 17 mål for verden. Inkludering i arbeid bidrar mest til mål 8 (anstendig arbeid) og mål 10 (mindre ulikhet); å krysse av hjelper hvis bedriften rapporterer om bærekraft.</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Ordliste</translation>
    </message>
    <message>
        <source>Find a word</source>
        <translation>Finn et ord</translation>
    </message>
    <message>
        <source>Find a word in the glossary</source>
        <translation>Finn et ord i ordlisten</translation>
    </message>
    <message>
        <source>Words and what they mean</source>
        <translation>Ord og hva de betyr</translation>
    </message>
    <message>
        <source>&amp;Find a word:</source>
        <translation>&amp;Finn et ord:</translation>
    </message>
    <message>
        <source>No word in the glossary matches “{text}”.</source>
        <translation>Ingen ord i ordlisten passer med «{text}».</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Insert an &amp;example goal</source>
        <translation>Sett inn et eksempelm&amp;ål</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <source>No goals yet. Add a goal for each prioritised gap.</source>
        <translation>Ingen mål ennå. Legg til et mål for hvert prioritert gap.</translation>
    </message>
    <message>
        <source>no gap chosen</source>
        <translation>ingen gap valgt</translation>
    </message>
    <message numerus="yes">
        <source>{title} · for: {gap} · %n KPI(s)</source>
        <translation>
            <numerusform>{title} · for: {gap} · %n KPI</numerusform>
            <numerusform>{title} · for: {gap} · %n KPI-er</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>For the area</source>
        <translation>For området</translation>
    </message>
    <message>
        <source>no area chosen</source>
        <translation>ikke valgt område</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Måltall</translation>
    </message>
    <message>
        <source>(no gap chosen)</source>
        <translation>(ingen gap valgt)</translation>
    </message>
    <message>
        <source>{title} (priority: {priority})</source>
        <translation>{title} (prioritet: {priority})</translation>
    </message>
    <message>
        <source>For the &amp;gap:</source>
        <translation>For &amp;gapet:</translation>
    </message>
    <message>
        <source>&amp;Clear — what changes or improves:</source>
        <translation>T&amp;ydelig – hva endres eller blir bedre:</translation>
    </message>
    <message>
        <source>&amp;Relevant — to our needs and capacity:</source>
        <translation>&amp;Relevant – for våre behov og vår kapasitet:</translation>
    </message>
    <message>
        <source>&amp;Measurable — how progress is followed:</source>
        <translation>Mål&amp;bart – hvordan utviklingen følges:</translation>
    </message>
    <message>
        <source>Key figures (KPIs) of this goal</source>
        <translation>Måltall (KPI-er) for dette målet</translation>
    </message>
    <message>
        <source>No key figures yet: add a simple number that shows whether the gap shrinks.</source>
        <translation>Ingen måltall ennå: Legg til et enkelt tall som viser om gapet blir mindre.</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Måltall</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Key figure (KPI) &amp;name:</source>
        <translation>Navn på måltallet (K&amp;PI):</translation>
    </message>
    <message>
        <source>Value today (&amp;baseline):</source>
        <translation>Verdi i dag (&amp;utgangsverdi):</translation>
    </message>
    <message>
        <source>T&amp;arget value:</source>
        <translation>Må&amp;lverdi:</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Ny KPI</translation>
    </message>
    <message>
        <source>Goa&amp;l:</source>
        <translation>&amp;Målet:</translation>
    </message>
    <message>
        <source>{name}: {baseline} → {target} {unit}</source>
        <translation>{name}: {baseline} → {target} {unit}</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Fri&amp;st:</translation>
    </message>
    <message>
        <source>Measured how &amp;often:</source>
        <translation>Måles hvor &amp;ofte:</translation>
    </message>
    <message>
        <source>Data &amp;source:</source>
        <translation>Data&amp;kilde:</translation>
    </message>
    <message>
        <source>Measured b&amp;y:</source>
        <translation>Måles &amp;av:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Re&amp;tning:</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>A few facts about your business, and the question the whole plan starts from.</source>
        <translation>Noen fakta om virksomheten, og spørsmålet hele planen tar utgangspunkt i.</translation>
    </message>
    <message>
        <source>Writing the main question down keeps the work on track. It can be simple, for example: “How can we find the bakers we need among people who stand outside working life?”</source>
        <translation>Når hovedspørsmålet er skrevet ned, holder arbeidet retningen. Det kan være enkelt, for eksempel: «Hvordan kan vi finne bakerne vi trenger blant folk som står utenfor arbeidslivet?»</translation>
    </message>
    <message>
        <source>Find out what your business needs in people and skills, and what people outside working life need to get a job with you.</source>
        <translation>Finn ut hva virksomheten trenger av folk og kompetanse, og hva folk utenfor arbeidslivet trenger for å få jobb hos dere.</translation>
    </message>
    <message>
        <source>Good measures start from real needs on both sides. Those who do the work every day often know best, so bring in everyone affected.</source>
        <translation>Gode tiltak bygger på reelle behov på begge sider. De som gjør jobben hver dag, vet ofte best, så ta med alle som berøres.</translation>
    </message>
    <message>
        <source>Invite staff, someone from the target group, your Nav contact and perhaps a local organisation to a short workshop. Afterwards, write down what you learnt.</source>
        <translation>Inviter ansatte, noen fra målgruppen, kontaktpersonen deres i Nav og kanskje en lokal organisasjon til en kort arbeidsverksted. Skriv etterpå ned hva dere lærte.</translation>
    </message>
    <message>
        <source>If the need is big and tangled, pick one important part to work on. One concrete improvement beats something large you cannot handle.</source>
        <translation>Er behovet stort og sammensatt, velg én viktig del å jobbe med. Én konkret forbedring er bedre enn noe stort dere ikke får til.</translation>
    </message>
    <message>
        <source>Be open to new ways of organising the work. In Sweden, “Enkla jobb” gathers simple tasks into a job of their own, so skilled staff get time for skilled work. With an effect contract, the payment follows the results achieved.</source>
        <translation>Vær åpne for nye måter å organisere arbeidet på. I Sverige samler «Enkla jobb» enkle oppgaver i en egen stilling, slik at fagfolk får tid til faglig arbeid. Med en effektkontrakt følger betalingen resultatene som oppnås.</translation>
    </message>
    <message>
        <source>Before you go on, check that both your needs and the target group&apos;s needs are written down.</source>
        <translation>Før dere går videre: Sjekk at både virksomhetens behov og målgruppens behov er skrevet ned.</translation>
    </message>
    <message>
        <source>What does the business need in people? Which skills and experience are needed?</source>
        <translation>Hva trenger virksomheten av folk? Hvilken kompetanse og erfaring trengs?</translation>
    </message>
    <message>
        <source>What do people outside working life need to get a job, and what skills and experience do they bring?</source>
        <translation>Hva trenger folk utenfor arbeidslivet for å få jobb, og hvilken kompetanse og erfaring har de med seg?</translation>
    </message>
    <message>
        <source>Could other kinds of jobs, or tasks split in a new way, do the work just as well?</source>
        <translation>Kan andre typer stillinger, eller oppgaver som fordeles på en ny måte, gjøre jobben like godt?</translation>
    </message>
    <message>
        <source>How can people who stand outside working life today be seen as a resource for the tasks we have?</source>
        <translation>Hvordan kan folk som står utenfor arbeidslivet i dag, bli sett som en ressurs for oppgavene vi har?</translation>
    </message>
    <message>
        <source>For each area, describe how things are today and how you want them to be, and give both a score from 1 to 5. The difference is the gap.</source>
        <translation>Beskriv for hvert område nåsituasjonen og ønsket situasjon, og gi begge en vurdering fra 1 til 5. Forskjellen er gapet.</translation>
    </message>
    <message>
        <source>Seeing the gaps side by side shows where a measure will do the most good. Start with the gaps that give the biggest effect.</source>
        <translation>Når gapene står side om side, ser dere hvor et tiltak gjør mest nytte. Begynn med gapene som gir størst effekt.</translation>
    </message>
    <message>
        <source>Mark which UN Sustainable Development Goals an area touches: 8 decent work, 10 reduced inequalities, 4 quality education, 17 partnerships.</source>
        <translation>Merk av hvilke av FNs bærekraftsmål et område berører: 8 anstendig arbeid, 10 mindre ulikhet, 4 god utdanning, 17 samarbeid for å nå målene.</translation>
    </message>
    <message>
        <source>Write down what already works well, too. Good results deserve to be noticed, strengthened and celebrated.</source>
        <translation>Skriv også ned det som allerede fungerer godt. Gode resultater fortjener å bli lagt merke til, forsterket og feiret.</translation>
    </message>
    <message>
        <source>Set goals for the gaps you chose, and a few simple numbers that show progress.</source>
        <translation>Sett mål for gapene dere valgte, og noen få enkle tall som viser utviklingen.</translation>
    </message>
    <message>
        <source>A good goal is clear (what changes?), relevant (does it fit our needs and capacity?) and measurable (can we follow it over time?).</source>
        <translation>Et godt mål er tydelig (hva endres?), relevant (passer det våre behov og vår kapasitet?) og målbart (kan vi følge det over tid?).</translation>
    </message>
    <message>
        <source>Pick simple indicators that show whether the gap grows or shrinks, and that help you decide what to do next.</source>
        <translation>Velg enkle indikatorer som viser om gapet øker eller minker, og som hjelper dere å bestemme hva dere skal gjøre videre.</translation>
    </message>
    <message>
        <source>For each number, write where it comes from, who measures it and how often, so it actually gets done.</source>
        <translation>Skriv for hvert tall hvor det kommer fra, hvem som måler det og hvor ofte, så det faktisk blir gjort.</translation>
    </message>
    <message>
        <source>Choose what you will do to reach the goals, who owns each measure, and when it is done.</source>
        <translation>Velg hva dere skal gjøre for å nå målene, hvem som eier hvert tiltak, og når det skal være gjennomført.</translation>
    </message>
    <message>
        <source>Measures bridge the gap between today and where you want to be. Realistic measures that fit into how you already work are the ones that happen.</source>
        <translation>Tiltakene bygger bro mellom nåsituasjonen og ønsket situasjon. Det er realistiske tiltak som passer inn i måten dere allerede jobber på, som blir gjennomført.</translation>
    </message>
    <message>
        <source>Look through the catalogue first: Nav schemes, wage subsidies and partners can carry much of the load. Good partnerships are for the long run.</source>
        <translation>Se gjennom katalogen først: Navs virkemidler, lønnstilskudd og samarbeidspartnere kan bære mye av lasten. Gode samarbeid er langsiktige.</translation>
    </message>
    <message>
        <source>Make it clear who owns the work, who does it day to day, and how progress is followed up and reported.</source>
        <translation>Gjør det tydelig hvem som eier arbeidet, hvem som gjør det i det daglige, og hvordan fremdriften følges opp og rapporteres.</translation>
    </message>
    <message>
        <source>Anchor the plan where decisions are made: in the management group, at the board, and in the business&apos;s plans.</source>
        <translation>Forankre planen der beslutningene tas: i ledergruppen, i styret og i virksomhetens planer.</translation>
    </message>
    <message>
        <source>Think about support: training, outside advisors, and how new colleagues will be followed up.</source>
        <translation>Tenk på støtte: opplæring, eksterne rådgivere og hvordan nye kolleger skal følges opp.</translation>
    </message>
    <message>
        <source>Look at what the measures gave, note the numbers, and write down what you learnt.</source>
        <translation>Se på hva tiltakene førte til, noter tallene og skriv ned hva dere lærte.</translation>
    </message>
    <message>
        <source>The most important part is turning what you learnt into daily practice, through training and everyday leadership.</source>
        <translation>Det viktigste er å gjøre det dere lærte, til daglig praksis, gjennom opplæring og god ledelse i hverdagen.</translation>
    </message>
    <message>
        <source>Share your experiences with other businesses and partners. Good stories change attitudes.</source>
        <translation>Del erfaringene med andre virksomheter og samarbeidspartnere. Gode historier endrer holdninger.</translation>
    </message>
    <message>
        <source>Celebrate what went well, together with those who made it happen.</source>
        <translation>Feir det som gikk bra, sammen med dem som fikk det til.</translation>
    </message>
    <message>
        <source>When the year is over, start the next round: open measures and lessons come along.</source>
        <translation>Når året er omme, start neste runde: Åpne tiltak og læringspunkter blir med videre.</translation>
    </message>
</context>
<context>
    <name>GuidanceBox</name>
    <message>
        <source>Guidance</source>
        <translation>Veiledning</translation>
    </message>
    <message>
        <source>Tips:</source>
        <translation>Tips:</translation>
    </message>
    <message>
        <source>Questions to ask:</source>
        <translation>Spørsmål å stille:</translation>
    </message>
    <message>
        <source>Click to read the whole guidance</source>
        <translation>Klikk for å lese hele veiledningen</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>The file that should hold your data ({file}) is not a Verktøykassa database. It may have been replaced or damaged by another program.</source>
        <translation>Filen som skal inneholde dataene dine ({file}), er ikke en Verktøykassa-database. Den kan ha blitt erstattet eller skadet av et annet program.</translation>
    </message>
    <message>
        <source>The file that holds your data ({file}) is damaged. This can happen after a power cut or on a failing disk.</source>
        <translation>Filen som inneholder dataene dine ({file}), er skadet. Dette kan skje etter strømbrudd eller på en disk som er i ferd med å svikte.</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of Verktøykassa. Install that version (or a newer one) to open it; this version leaves it unchanged.</source>
        <translation>Dataene dine er lagret av en nyere versjon av Verktøykassa. Installer den versjonen (eller en nyere) for å åpne dem; denne versjonen lar dem være uendret.</translation>
    </message>
    <message>
        <source>Another program is using your data file right now (perhaps a second copy of Verktøykassa, or a backup or sync program). Close it and try again.</source>
        <translation>Et annet program bruker datafilen din akkurat nå (kanskje en kopi til av Verktøykassa, eller et program for sikkerhetskopi eller synkronisering). Lukk det og prøv igjen.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written to. Check that the disk or USB stick is not write-protected and that you may change the folder.</source>
        <translation>Det går ikke an å skrive til datamappen {folder}. Sjekk at disken eller minnepinnen ikke er skrivebeskyttet, og at du har lov til å endre mappen.</translation>
    </message>
    <message>
        <source>The disk with your data folder ({folder}) is full or nearly full. Free some space (empty the wastebasket, remove large files you do not need) so that your work can be saved.</source>
        <translation>Disken med datamappen din ({folder}) er full eller nesten full. Frigjør litt plass (tøm papirkurven, fjern store filer du ikke trenger) slik at arbeidet ditt kan lagres.</translation>
    </message>
    <message>
        <source>You do not have permission to read the file that holds your data ({file}).</source>
        <translation>Du har ikke tillatelse til å lese filen som inneholder dataene dine ({file}).</translation>
    </message>
    <message>
        <source>This backup is damaged or was made by a newer version, so it cannot be restored. Choose another backup.</source>
        <translation>Denne sikkerhetskopien er skadet eller laget av en nyere versjon, så den kan ikke gjenopprettes. Velg en annen sikkerhetskopi.</translation>
    </message>
    <message>
        <source>Your data could not be opened or saved ({detail}).</source>
        <translation>Dataene dine kunne ikke åpnes eller lagres ({detail}).</translation>
    </message>
    <message>
        <source>The backup could not be made.</source>
        <translation>Sikkerhetskopien kunne ikke tas.</translation>
    </message>
    <message>
        <source>Nothing more was written to it. Open Verktøykassa&apos;s window: it offers to restore a backup or to start with an empty database, and first sets the damaged file aside, untouched.</source>
        <translation>Ingenting mer ble skrevet til den. Åpne vinduet i Verktøykassa: der kan du hente tilbake en sikkerhetskopi eller begynne med en tom database, og den skadde filen blir først lagt til side, urørt.</translation>
    </message>
    <message>
        <source>The data folder {folder} is a file, not a folder. Move or rename that file.</source>
        <translation>Datamappen {folder} er en fil, ikke en mappe. Flytt filen eller gi den et annet navn.</translation>
    </message>
    <message>
        <source>The data folder {folder} is a file, not a folder. Move or rename that file, or choose another data folder (--data-dir).</source>
        <translation>Datamappen {folder} er en fil, ikke en mappe. Flytt filen eller gi den et annet navn, eller velg en annen datamappe (--data-dir).</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used ({reason}). If it is on a USB stick or a network drive, check that it is connected, and that you may change the folder.</source>
        <translation>Datamappen {folder} kan ikke brukes ({reason}). Hvis den ligger på en minnepinne eller en nettverksstasjon, sjekker du at den er koblet til, og at du har lov til å endre mappen.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used ({reason}). Choose another data folder (--data-dir).</source>
        <translation>Datamappen {folder} kan ikke brukes ({reason}). Velg en annen datamappe (--data-dir).</translation>
    </message>
</context>
<context>
    <name>HeldBanner</name>
    <message>
        <source>Opened read-only</source>
        <translation>Åpnet bare for lesing</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Try again to open the data for editing</source>
        <translation>Prøv igjen å åpne dataene for redigering</translation>
    </message>
    <message>
        <source>Take over…</source>
        <translation>Ta over …</translation>
    </message>
    <message>
        <source>Take over the data from the computer where Verktøykassa seems to have stopped</source>
        <translation>Ta over dataene fra datamaskinen der Verktøykassa ser ut til å ha stoppet</translation>
    </message>
    <message>
        <source>You can look at, print and export the plans here, but not change them. If that computer crashed, lost power or was switched off without closing the program, press Take over… to change the plans here. If the program there is still in use, close it there first and press Try again.</source>
        <translation>Du kan se på, skrive ut og eksportere planene her, men ikke endre dem. Hvis den datamaskinen krasjet, mistet strømmen eller ble slått av uten at programmet ble lukket, trykker du Ta over … for å endre planene her. Hvis programmet der fortsatt er i bruk, lukker du det der først og trykker Prøv igjen.</translation>
    </message>
    <message>
        <source>You can look at, print and export the plans here, but not change them. The check takes a few minutes: if the program there has stopped, you can then take over the data here. If it is still in use, close it there first and press Try again.</source>
        <translation>Du kan se på, skrive ut og eksportere planene her, men ikke endre dem. Kontrollen tar noen minutter: hvis programmet der har stoppet, kan du deretter ta over dataene her. Hvis det fortsatt er i bruk, lukker du det der først og trykker Prøv igjen.</translation>
    </message>
    <message>
        <source>You can look at, print and export the plans here, but not change them: two computers writing one data file can damage it. When the program there is closed, press Try again to change the plans here. To work on the same plans from several computers, use a shared database (Tools → Settings… → Database).</source>
        <translation>Du kan se på, skrive ut og eksportere planene her, men ikke endre dem: to datamaskiner som skriver i samme datafil, kan ødelegge den. Når programmet er lukket der, trykker du Prøv igjen for å endre planene her. For å arbeide med de samme planene fra flere datamaskiner bruker du en felles database (Verktøy → Innstillinger… → Database).</translation>
    </message>
</context>
<context>
    <name>HomeActions</name>
    <message>
        <source>Open e&amp;xample plan</source>
        <translation>Åpne e&amp;ksempelplanen</translation>
    </message>
    <message>
        <source>Open example plan</source>
        <translation>Åpne eksempelplanen</translation>
    </message>
    <message>
        <source>A filled-in plan of a small bakery, to look around in.</source>
        <translation>En ferdig utfylt plan for et lite bakeri, som du kan se deg rundt i.</translation>
    </message>
    <message>
        <source>Start next c&amp;ycle…</source>
        <translation>Start neste &amp;runde…</translation>
    </message>
    <message>
        <source>Start next cycle</source>
        <translation>Start neste runde</translation>
    </message>
    <message>
        <source>A new plan for the next year that builds on the selected one: profile, gaps, goals, KPIs with their latest values as baseline, open measures and the lessons to carry on.</source>
        <translation>En ny plan for neste år som bygger på den valgte: profil, gap, mål, KPI-er med siste måling som utgangsverdi, åpne tiltak og læringspunktene som skal videreføres.</translation>
    </message>
    <message>
        <source>The example plan could not be added:</source>
        <translation>Eksempelplanen kunne ikke legges til:</translation>
    </message>
    <message>
        <source>{name} – next cycle</source>
        <translation>{name} – neste runde</translation>
    </message>
    <message>
        <source>Name of the new plan:</source>
        <translation>Navn på den nye planen:</translation>
    </message>
    <message>
        <source>The next cycle could not be started:</source>
        <translation>Neste runde kunne ikke startes:</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <source>Now: what is due in your plans</source>
        <translation>Nå: dette står for tur i planene dine</translation>
    </message>
    <message>
        <source>What is due in your plans</source>
        <translation>Dette står for tur i planene dine</translation>
    </message>
    <message>
        <source>Your plans</source>
        <translation>Planene dine</translation>
    </message>
    <message>
        <source>A plan takes your business through five steps: what you need, where you are and want to be, goals, what you will do, and how it went. Everything is saved as you type. New here? Help → Getting started (F1).</source>
        <translation>En plan tar bedriften gjennom fem steg: hva dere trenger, hvor dere står og vil, mål, hva dere gjør, og hvordan det gikk. Alt lagres mens du skriver. Ny her? Hjelp → Kom i gang (F1).</translation>
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
        <source>Bin…</source>
        <translation>Papirkurv…</translation>
    </message>
    <message>
        <source>Plan bin: deleted plans, to restore</source>
        <translation>Papirkurv: slettede planer, som kan hentes tilbake</translation>
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
        <source>Delete the plan “{name}”? It goes to the bin, where it is kept for {days} days: “Bin…” brings it back.</source>
        <translation>Slette planen «{name}»? Den legges i papirkurven og blir liggende der i {days} dager: «Papirkurv…» henter den tilbake.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
</context>
<context>
    <name>InfoButton</name>
    <message>
        <source>What is “{term}”? (step: {step})</source>
        <translation>Hva betyr «{term}»? (steg: {step})</translation>
    </message>
    <message>
        <source>What is “{term}”? (field: {field})</source>
        <translation>Hva betyr «{term}»? (felt: {field})</translation>
    </message>
    <message>
        <source>What is “{term}”?</source>
        <translation>Hva betyr «{term}»?</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <source>KPI chart</source>
        <translation>KPI-diagram</translation>
    </message>
    <message>
        <source>No KPI chosen.</source>
        <translation>Ingen KPI er valgt.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>KPI chart: {name}</source>
        <translation>KPI-diagram: {name}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke satt</translation>
    </message>
    <message>
        <source>latest {value} ({date})</source>
        <translation>siste {value} ({date})</translation>
    </message>
    <message>
        <source>no measurements yet</source>
        <translation>ingen målinger ennå</translation>
    </message>
    <message>
        <source>{name}: baseline {baseline}, target {target}, {latest}</source>
        <translation>{name}: utgangsverdi {baseline}, målverdi {target}, {latest}</translation>
    </message>
    <message>
        <source>{count} measurements: {values}</source>
        <translation>{count} målinger: {values}</translation>
    </message>
    <message>
        <source>Choose a KPI.</source>
        <translation>Velg en KPI.</translation>
    </message>
    <message>
        <source>No baseline, target or measurements yet.</source>
        <translation>Ingen utgangsverdi, målverdi eller målinger ennå.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgangsverdi</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målverdi</translation>
    </message>
    <message>
        <source>No measurements yet.</source>
        <translation>Ingen målinger ennå.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Business profile</source>
        <translation>Virksomhetsprofil</translation>
    </message>
    <message>
        <source>What do we need?</source>
        <translation>Hva trenger vi?</translation>
    </message>
    <message>
        <source>Where are we – where do we want to be?</source>
        <translation>Hvor står vi – hvor vil vi?</translation>
    </message>
    <message>
        <source>Goals and targets</source>
        <translation>Mål og måltall</translation>
    </message>
    <message>
        <source>What we will do</source>
        <translation>Hva vi gjør</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Hvordan gikk det?</translation>
    </message>
    <message>
        <source>needs exploration</source>
        <translation>behovskartlegging</translation>
    </message>
    <message>
        <source>gap analysis</source>
        <translation>gapanalyse</translation>
    </message>
    <message>
        <source>goals and KPIs</source>
        <translation>mål og KPI-er</translation>
    </message>
    <message>
        <source>measures and action plan</source>
        <translation>tiltak og handlingsplan</translation>
    </message>
    <message>
        <source>evaluation and learning</source>
        <translation>evaluering og læring</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <source>Person from the target group</source>
        <translation>Person fra målgruppen</translation>
    </message>
    <message>
        <source>Nav</source>
        <translation>Nav</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>The employer&apos;s need</source>
        <translation>Arbeidsgivers behov</translation>
    </message>
    <message>
        <source>The target group&apos;s need</source>
        <translation>Målgruppens behov</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Høy</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Middels</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Høyere er bedre</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lavere er bedre</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Månedlig</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Kvartalsvis</translation>
    </message>
    <message>
        <source>Every six months</source>
        <translation>Hvert halvår</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Årlig</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Satt på pause</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>God utdanning</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>Anstendig arbeid og økonomisk vekst</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>Mindre ulikhet</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>Samarbeid for å nå målene</translation>
    </message>
    <message>
        <source>Diversity at the workplace</source>
        <translation>Mangfold på arbeidsplassen</translation>
    </message>
    <message>
        <source>Recruitment processes</source>
        <translation>Rekrutteringsprosesser</translation>
    </message>
    <message>
        <source>Managers&apos; competence in adapting work</source>
        <translation>Tilretteleggingskompetanse hos ledere</translation>
    </message>
    <message>
        <source>Cooperation with Nav, job-training providers and non-profits</source>
        <translation>Samarbeid med Nav, arrangører av arbeidstrening og ideelle organisasjoner</translation>
    </message>
    <message>
        <source>Routines for follow-up and inclusion over time</source>
        <translation>Rutiner for oppfølging og inkludering over tid</translation>
    </message>
    <message>
        <source>SDG {number}</source>
        <translation>Bærekraftsmål {number}</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Insert adds, Delete removes, Alt+Up and Alt+Down move the selected row.</source>
        <translation>Insert legger til, Delete fjerner, Alt+Pil opp og Alt+Pil ned flytter den valgte raden.</translation>
    </message>
    <message>
        <source>Click a column&apos;s heading to sort by it.</source>
        <translation>Klikk på overskriften til en kolonne for å sortere etter den.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Add to {list}</source>
        <translation>Legg til i {list}</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message>
        <source>Remove from {list}</source>
        <translation>Fjern fra {list}</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move up in {list}</source>
        <translation>Flytt opp i {list}</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>Move down in {list}</source>
        <translation>Flytt ned i {list}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove “{name}” from {list}? Edit → Undo (Ctrl+Z) brings it back.</source>
        <translation>Fjerne «{name}» fra {list}? Rediger → Angre (Ctrl+Z) henter det tilbake.</translation>
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
        <source>Ed&amp;it</source>
        <translation>Re&amp;diger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Kom i gang</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>O&amp;rdliste</translation>
    </message>
    <message>
        <source>&amp;About Verktøykassa</source>
        <translation>&amp;Om Verktøykassa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>V&amp;is</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Planer</translation>
    </message>
    <message>
        <source>Import &amp;catalogue file…</source>
        <translation>Importer katalog&amp;fil…</translation>
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
        <source>One moment: your data is still opening…</source>
        <translation>Et øyeblikk: dataene dine åpnes fortsatt…</translation>
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
        <source>The data could not be read just now (the other computer may be saving). Press Try again.</source>
        <translation>Dataene kunne ikke leses akkurat nå (den andre datamaskinen lagrer kanskje). Trykk Prøv igjen.</translation>
    </message>
    <message>
        <source>Your data file is damaged. Nothing more is saved to it.</source>
        <translation>Datafilen din er skadet. Ingenting mer blir lagret i den.</translation>
    </message>
    <message>
        <source>The data is still open on {computer}.</source>
        <translation>Dataene er fortsatt åpne på {computer}.</translation>
    </message>
    <message>
        <source>The data is open for editing on this computer now.</source>
        <translation>Dataene er nå åpne for redigering på denne datamaskinen.</translation>
    </message>
    <message>
        <source>Take over the data?</source>
        <translation>Ta over dataene?</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Ta over</translation>
    </message>
    <message>
        <source>The data could not be taken over from {computer}. Try again in a moment.</source>
        <translation>Dataene kunne ikke tas over fra {computer}. Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>Verktøykassa on {computer} may still be running, so the data stays read-only here while this computer checks for a few minutes.</source>
        <translation>Verktøykassa på {computer} kan fortsatt være i gang, så dataene er bare for lesing her mens denne datamaskinen kontrollerer i noen minutter.</translation>
    </message>
    <message>
        <source>Verktøykassa on {computer} has just given a sign of life, so the data stays read-only here. Close the program there first.</source>
        <translation>Verktøykassa på {computer} har akkurat gitt livstegn, så dataene er fortsatt bare for lesing her. Lukk programmet der først.</translation>
    </message>
    <message>
        <source>You have taken over the data from {computer}. You can change the plans here now.</source>
        <translation>Du har tatt over dataene fra {computer}. Nå kan du endre planene her.</translation>
    </message>
    <message>
        <source>Verktøykassa on {computer} has taken over your data, because this program seemed to have stopped. You can still look at the plans here, but not change them. To change them here again, close the program on {computer} and press Try again.</source>
        <translation>Verktøykassa på {computer} har tatt over dataene dine, fordi dette programmet så ut til å ha stoppet. Du kan fortsatt se på planene her, men ikke endre dem. For å endre dem her igjen lukker du programmet på {computer} og trykker Prøv igjen.</translation>
    </message>
    <message>
        <source>Opening the plan as soon as your data is ready…</source>
        <translation>Planen åpnes så snart dataene dine er klare…</translation>
    </message>
    <message>
        <source>Your data is not open yet.</source>
        <translation>Dataene dine er ikke åpnet ennå.</translation>
    </message>
    <message>
        <source>The catalogue could not be read; please reinstall the program.</source>
        <translation>Katalogen kunne ikke leses; installer programmet på nytt.</translation>
    </message>
    <message>
        <source>Your settings (language, window size, the plan you had open) could not be saved.</source>
        <translation>Innstillingene dine (språk, vindusstørrelse, planen du hadde åpen) kunne ikke lagres.</translation>
    </message>
    <message>
        <source>The window closes when you press OK.</source>
        <translation>Vinduet lukkes når du trykker OK.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Ingenting å angre.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Ingenting å gjøre om.</translation>
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
    <name>MeasuresPage</name>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Insert an e&amp;xample measure</source>
        <translation>Sett inn et e&amp;ksempeltiltak</translation>
    </message>
    <message>
        <source>Insert from a real &amp;plan (area → measure)</source>
        <translation>Sett inn fra en ekte &amp;plan (område → tiltak)</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <source>No measures yet. Add one for each goal, or insert an example.</source>
        <translation>Ingen tiltak ennå. Legg til ett for hvert mål, eller sett inn et eksempel.</translation>
    </message>
    <message>
        <source>Budget and Nav&apos;s schemes</source>
        <translation>Budsjett og Navs ordninger</translation>
    </message>
    <message>
        <source>Roles and follow-up</source>
        <translation>Roller og oppfølging</translation>
    </message>
    <message>
        <source>Who owns the wor&amp;k:</source>
        <translation>Hvem eier ar&amp;beidet:</translation>
    </message>
    <message>
        <source>Operational responsi&amp;bility:</source>
        <translation>Operativt a&amp;nsvar:</translation>
    </message>
    <message>
        <source>How progress is fo&amp;llowed up and reported:</source>
        <translation>Hvordan fremdriften følges opp og &amp;rapporteres:</translation>
    </message>
    <message>
        <source>Reported ho&amp;w often:</source>
        <translation>Rapporteres hvor &amp;ofte:</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Ikke bestemt</translation>
    </message>
    <message>
        <source>Where the plan is a&amp;nchored:</source>
        <translation>Hvor planen er for&amp;ankret:</translation>
    </message>
    <message>
        <source>For example the strategy, the management group, steering documents.</source>
        <translation>For eksempel strategien, ledergruppen, styringsdokumenter.</translation>
    </message>
    <message>
        <source>For the board&apos;s decision</source>
        <translation>Til styrets behandling</translation>
    </message>
    <message>
        <source>Competence and support</source>
        <translation>Kompetanse og støtte</translation>
    </message>
    <message>
        <source>External partners and a&amp;dvisors:</source>
        <translation>Eksterne samar&amp;beidspartnere og rådgivere:</translation>
    </message>
    <message>
        <source>Framework for following up included &amp;employees:</source>
        <translation>Rammer for oppfølging av inkluderte &amp;medarbeidere:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Tiltaket:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>Omr&amp;åde:</translation>
    </message>
    <message>
        <source>&amp;What it is:</source>
        <translation>Hva tiltaket &amp;går ut på:</translation>
    </message>
    <message>
        <source>Tick the goals this measure serves, the one it mainly serves first. Space ticks.</source>
        <translation>Kryss av for målene tiltaket bidrar til, det viktigste først. Mellomrom krysser av.</translation>
    </message>
    <message>
        <source>Serves the &amp;goals:</source>
        <translation>Bidrar til &amp;målene:</translation>
    </message>
    <message>
        <source>Need for trainin&amp;g and awareness:</source>
        <translation>Behov for opplæring og bevisstg&amp;jøring:</translation>
    </message>
    <message>
        <source>Not prioritised</source>
        <translation>Ikke prioritert</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>&amp;Prioritet:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eier:</translation>
    </message>
    <message>
        <source>Operational responsi&amp;ble:</source>
        <translation>Operativt ansvar&amp;lig:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Fri&amp;st:</translation>
    </message>
    <message>
        <source>&amp;Cost (kr):</source>
        <translation>&amp;Kostnad (kr):</translation>
    </message>
    <message>
        <source>Hour&amp;s:</source>
        <translation>&amp;Timer:</translation>
    </message>
    <message>
        <source>Other resource &amp;needs:</source>
        <translation>Andre &amp;ressursbehov:</translation>
    </message>
    <message>
        <source>E&amp;xpected effect:</source>
        <translation>F&amp;orventet virkning:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Recurs:</source>
        <translation>Gjentas:</translation>
    </message>
    <message>
        <source>Does not recur</source>
        <translation>Gjentas ikke</translation>
    </message>
    <message>
        <source>Recurs until (empty: the plan&apos;s period):</source>
        <translation>Gjentas til (tom: planens periode):</translation>
    </message>
    <message>
        <source>Milestones of this measure</source>
        <translation>Milepæler for dette tiltaket</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Ny milepæl</translation>
    </message>
    <message>
        <source>No milestones yet.</source>
        <translation>Ingen milepæler ennå.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Times it was held</source>
        <translation>Ganger det ble holdt</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Holdt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>A recurring measure is ticked as held under “Now” on the home view.</source>
        <translation>Et tiltak som gjentas, krysses av som holdt under «Nå» på startsiden.</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Holdt den:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notat:</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ikke gjort</translation>
    </message>
    <message>
        <source>Mi&amp;lestone:</source>
        <translation>Milep&amp;æl:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>D&amp;ato:</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>F&amp;erdig</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>Meeting mode</source>
        <translation>Møtemodus</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tid igjen</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>Lagres mens du skriver</translation>
    </message>
    <message>
        <source>Not saved: is the disk full? Keep this open.</source>
        <translation>Ikke lagret: er disken full? La dette stå åpent.</translation>
    </message>
    <message>
        <source>PgDn next · PgUp back · Ctrl+T timer · Esc leave</source>
        <translation>PgDn neste · PgUp tilbake · Ctrl+T tidtaker · Esc avslutt</translation>
    </message>
    <message>
        <source>Workshop: needs and resources</source>
        <translation>Workshop: behov og ressurser</translation>
    </message>
    <message>
        <source>&amp;Timer on each question, minutes:</source>
        <translation>&amp;Tidtaker på hvert spørsmål, minutter:</translation>
    </message>
    <message>
        <source>Minutes per question</source>
        <translation>Minutter per spørsmål</translation>
    </message>
    <message>
        <source>Press PgDn to begin.</source>
        <translation>Trykk PgDn for å begynne.</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>Spørsmål {number} av {count}</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Takk!</translation>
    </message>
    <message>
        <source>Draft summary of the workshop</source>
        <translation>Utkast til oppsummering av workshopen</translation>
    </message>
    <message>
        <source>&amp;Add this draft below the summary you wrote</source>
        <translation>&amp;Legg utkastet under oppsummeringen du skrev</translation>
    </message>
    <message>
        <source>Press Esc to leave meeting mode.</source>
        <translation>Trykk Esc for å gå ut av møtemodus.</translation>
    </message>
    <message>
        <source>{number} / {count}</source>
        <translation>{number} / {count}</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Tiden er ute</translation>
    </message>
    <message>
        <source>{time} (paused)</source>
        <translation>{time} (pause)</translation>
    </message>
    <message>
        <source>Nothing was typed in the meeting.</source>
        <translation>Ingenting ble skrevet i møtet.</translation>
    </message>
    <message>
        <source>This draft goes into step 1&apos;s summary when you leave; edit it there.</source>
        <translation>Utkastet legges inn som oppsummering i steg 1 når du går ut; rediger det der.</translation>
    </message>
    <message>
        <source>Step 1 already has a summary, which is kept as you wrote it. This is a draft from today:</source>
        <translation>Steg 1 har allerede en oppsummering, og den beholdes slik du skrev den. Dette er et utkast fra i dag:</translation>
    </message>
    <message>
        <source>Your summary and this draft together are longer than one text can be (at most {limit} characters): copy what you need from the draft into step 1 by hand.</source>
        <translation>Oppsummeringen din og dette utkastet er til sammen lengre enn én tekst kan være (høyst {limit} tegn): kopier det du trenger fra utkastet inn i steg 1 for hånd.</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Endringer er ikke lagret</translation>
    </message>
    <message>
        <source>Some answers could not be saved (is the disk full?). If you leave now, they are lost. Leave anyway?</source>
        <translation>Noen svar kunne ikke lagres (er disken full?). Går du ut nå, mister du dem. Vil du gå ut likevel?</translation>
    </message>
    <message>
        <source>Leave without saving</source>
        <translation>Gå ut uten å lagre</translation>
    </message>
    <message>
        <source>Answer too long</source>
        <translation>Svaret er for langt</translation>
    </message>
    <message>
        <source>An answer is too long to be saved (the message beside it says how long it may be). If you leave now, it is lost. Leave anyway?</source>
        <translation>Et svar er for langt til å bli lagret (meldingen ved siden av sier hvor langt det kan være). Går du ut nå, går det tapt. Vil du gå ut likevel?</translation>
    </message>
</context>
<context>
    <name>MoveActions</name>
    <message>
        <source>The plans are on the shared database now; the file on this computer is kept as it was.</source>
        <translation>Planene ligger nå i den delte databasen; filen på denne datamaskinen er beholdt som den var.</translation>
    </message>
    <message>
        <source>Move to this computer</source>
        <translation>Flytt til denne datamaskinen</translation>
    </message>
    <message>
        <source>Copy every plan and contact from the shared database into the file on this computer, and work there from now on? The shared database is kept as it is; your colleagues no longer see your changes.</source>
        <translation>Kopiere alle planer og kontakter fra den delte databasen til filen på denne datamaskinen, og arbeide der fra nå av? Den delte databasen beholdes som den er; kollegene dine ser ikke lenger endringene dine.</translation>
    </message>
    <message>
        <source>Move the plans</source>
        <translation>Flytt planene</translation>
    </message>
    <message>
        <source>The plans are in the file on this computer now; the shared database is kept as it was.</source>
        <translation>Planene ligger nå i filen på denne datamaskinen; den delte databasen er beholdt som den var.</translation>
    </message>
</context>
<context>
    <name>MoveToServerDialog</name>
    <message>
        <source>Move to a shared database</source>
        <translation>Flytt til en delt database</translation>
    </message>
    <message>
        <source>Every plan and contact on this computer is copied to the shared database and checked; then the program works there. The file on this computer is kept as it is.</source>
        <translation>Alle planer og kontakter på denne datamaskinen kopieres til den delte databasen og kontrolleres; deretter arbeider programmet der. Filen på denne datamaskinen beholdes som den er.</translation>
    </message>
    <message>
        <source>&amp;Move the plans</source>
        <translation>&amp;Flytt planene</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <source>The need for labour and the people outside work</source>
        <translation>Behovet for arbeidskraft og folk utenfor arbeidslivet</translation>
    </message>
    <message>
        <source>Which tasks, competences and experience are needed?</source>
        <translation>Hvilke oppgaver, hvilken kompetanse og hvilken erfaring trengs?</translation>
    </message>
    <message>
        <source>For example “Enkla jobb”, effect contracts, new kinds of positions.</source>
        <translation>For eksempel «Enkla jobb», effektkontrakter, nye typer stillinger.</translation>
    </message>
    <message>
        <source>Target gr&amp;oups&apos; needs and resources:</source>
        <translation>Målgr&amp;uppenes behov og ressurser:</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Spørsmål til hjelp</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Hvem som deltok</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Nobody yet. Add managers, employees, people from the target group, Nav and organisations.</source>
        <translation>Ingen ennå. Legg til ledere, ansatte, folk fra målgruppen, Nav og organisasjoner.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role or organisation</source>
        <translation>Rolle eller organisasjon</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>In the workshop</source>
        <translation>Med i workshopen</translation>
    </message>
    <message>
        <source>Workshop, data and narrowing</source>
        <translation>Workshop, data og avgrensning</translation>
    </message>
    <message>
        <source>&amp;Workshop date:</source>
        <translation>D&amp;ato for workshop:</translation>
    </message>
    <message>
        <source>&amp;Data and statistics used:</source>
        <translation>Brukte data og s&amp;tatistikk:</translation>
    </message>
    <message>
        <source>N&amp;arrowing — the part we work on:</source>
        <translation>Avgrensning – delen vi &amp;jobber med:</translation>
    </message>
    <message>
        <source>A complex need can be cut down to one important part.</source>
        <translation>Et sammensatt behov kan avgrenses til én viktig del.</translation>
    </message>
    <message>
        <source>Needs found</source>
        <translation>Behov som er funnet</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>No needs yet. Add the employer&apos;s needs and the target group&apos;s needs.</source>
        <translation>Ingen behov ennå. Legg til arbeidsgivers behov og målgruppens behov.</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Valgt</translation>
    </message>
    <message>
        <source>Check before you go on</source>
        <translation>Sjekk før du går videre</translation>
    </message>
    <message>
        <source>The &amp;employer&apos;s needs are visible</source>
        <translation>Vir&amp;ksomhetens behov er synliggjort</translation>
    </message>
    <message>
        <source>The target &amp;group&apos;s needs are visible</source>
        <translation>M&amp;ålgruppens behov er synliggjort</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>The employer&apos;s need for la&amp;bour:</source>
        <translation>Arbeidsgivers &amp;behov for arbeidskraft:</translation>
    </message>
    <message>
        <source>New wa&amp;ys of organising work:</source>
        <translation>Nye måter å &amp;organisere arbeidet på:</translation>
    </message>
    <message>
        <source>S&amp;ummary of insights:</source>
        <translation>Opp&amp;summering av innsikt:</translation>
    </message>
    <message>
        <source>Whose need</source>
        <translation>Hvem sitt behov</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Role or organisation:</source>
        <translation>&amp;Rolle eller organisasjon:</translation>
    </message>
    <message>
        <source>E-mai&amp;l (for the invitation):</source>
        <translation>E-&amp;post (til invitasjonen):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Took part in the wor&amp;kshop</source>
        <translation>Deltok på &amp;workshopen</translation>
    </message>
    <message>
        <source>Whose &amp;need:</source>
        <translation>Hve&amp;m sitt behov:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>&amp;Competences and experience they bring:</source>
        <translation>Kompetanse og &amp;erfaring de har med seg:</translation>
    </message>
    <message>
        <source>&amp;Selected — the part we work on</source>
        <translation>Va&amp;lgt – delen vi jobber med</translation>
    </message>
</context>
<context>
    <name>NowPanel</name>
    <message numerus="yes">
        <source>Today %n thing(s) in your plans need you: they are listed below.</source>
        <translation>
            <numerusform>I dag trenger %n ting i planene dine deg: den står nedenfor.</numerusform>
            <numerusform>I dag trenger %n ting i planene dine deg: de står nedenfor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to follow up yet: create a plan with goals and measures.</source>
        <translation>Ingenting å følge opp ennå: lag en plan med mål og tiltak.</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n line(s) of this plan</source>
        <translation>
            <numerusform>Vis alle %n linjer i denne planen</numerusform>
            <numerusform>Vis alle %n linjer i denne planen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %n line(s) of “{plan}”</source>
        <translation>
            <numerusform>Vis alle %n linjer i «{plan}»</numerusform>
            <numerusform>Vis alle %n linjer i «{plan}»</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick when the milestone is reached.</source>
        <translation>Kryss av når milepælen er nådd.</translation>
    </message>
    <message>
        <source>Tick when the measure is done.</source>
        <translation>Kryss av når tiltaket er gjennomført.</translation>
    </message>
    <message>
        <source>Open in the plan</source>
        <translation>Åpne i planen</translation>
    </message>
    <message>
        <source>Open “{what}” in the plan</source>
        <translation>Åpne «{what}» i planen</translation>
    </message>
    <message>
        <source>Open the figures</source>
        <translation>Åpne tallene</translation>
    </message>
    <message>
        <source>Open the equality figures for {year}</source>
        <translation>Åpne likestillingstallene for {year}</translation>
    </message>
    <message>
        <source>Open the equality survey for {year}: pay and involuntary part-time</source>
        <translation>Åpne kartleggingen for {year}: lønn og ufrivillig deltid</translation>
    </message>
    <message>
        <source>Value of “{kpi}” today</source>
        <translation>Verdien av «{kpi}» i dag</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>Save value</source>
        <translation>Lagre verdien</translation>
    </message>
    <message>
        <source>Save the value of “{kpi}”</source>
        <translation>Lagre verdien av «{kpi}»</translation>
    </message>
    <message>
        <source>Tick when it was held; the note is saved with it.</source>
        <translation>Kryss av når det er holdt; notatet lagres sammen med det.</translation>
    </message>
    <message>
        <source>Note: how did it go? (optional)</source>
        <translation>Notat: hvordan gikk det? (valgfritt)</translation>
    </message>
    <message>
        <source>Note on “{title}” of {date}</source>
        <translation>Notat om «{title}» {date}</translation>
    </message>
    <message>
        <source>Type the value first.</source>
        <translation>Skriv inn verdien først.</translation>
    </message>
    <message>
        <source>This KPI no longer exists.</source>
        <translation>Denne KPI-en finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Could not save the value; it is still in the field. Try again.</source>
        <translation>Kunne ikke lagre verdien; den står fortsatt i feltet. Prøv igjen.</translation>
    </message>
    <message>
        <source>Saved: {value} {unit}</source>
        <translation>Lagret: {value} {unit}</translation>
    </message>
    <message>
        <source>Could not save the tick. Is the disk full? Please try again.</source>
        <translation>Kunne ikke lagre avkrysningen. Er disken full? Prøv igjen.</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>A value is needed here; the last value is kept until you type one.</source>
        <translation>Her må det stå en verdi; den forrige beholdes til du skriver inn en ny.</translation>
    </message>
    <message>
        <source>Please type a whole number.</source>
        <translation>Skriv inn et helt tall.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for the shared database</source>
        <translation>Passord til den delte databasen</translation>
    </message>
    <message>
        <source>The shared database {address} asks for a password.</source>
        <translation>Den delte databasen {address} ber om et passord.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>&amp;Remember it in this computer&apos;s keyring</source>
        <translation>&amp;Husk det i nøkkelringen på denne datamaskinen</translation>
    </message>
    <message>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>Husk passordet i nøkkelringen på denne datamaskinen</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is asked at each start.</source>
        <translation>Denne datamaskinen har ingen nøkkelring: du blir spurt om passordet ved hver oppstart.</translation>
    </message>
    <message>
        <source>Type the password, or press Cancel.</source>
        <translation>Skriv passordet, eller trykk Avbryt.</translation>
    </message>
</context>
<context>
    <name>PlanBinDialog</name>
    <message>
        <source>Plan bin</source>
        <translation>Papirkurv</translation>
    </message>
    <message>
        <source>Deleted &amp;plans are kept here for {days} days, then deleted for good.</source>
        <translation>Slettede &amp;planer blir liggende her i {days} dager og slettes så for godt.</translation>
    </message>
    <message>
        <source>Plans in the bin</source>
        <translation>Planer i papirkurven</translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation>Papirkurven er tom.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Hent tilbake</translation>
    </message>
    <message>
        <source>Restore the plan</source>
        <translation>Hent planen tilbake</translation>
    </message>
    <message>
        <source>&amp;Delete now…</source>
        <translation>&amp;Slett nå…</translation>
    </message>
    <message>
        <source>Delete the plan now, for good</source>
        <translation>Slett planen nå, for godt</translation>
    </message>
    <message>
        <source>{name}
deleted {deleted}, deleted for good {gone}</source>
        <translation>{name}
slettet {deleted}, slettes for godt {gone}</translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation>Slett nå</translation>
    </message>
    <message>
        <source>Delete the plan “{name}” and everything in it for good? This cannot be undone.</source>
        <translation>Slette planen «{name}» og alt i den for godt? Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Slett for godt</translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <source>Measurements</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <source>Date measured</source>
        <translation>Målt dato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI-er</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgangsverdi</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målverdi</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>How often it is measured</source>
        <translation>Hvor ofte det måles</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datakilde</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Måles av</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Bedre når</translation>
    </message>
    <message>
        <source>Gap areas</source>
        <translation>Gapområder</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Desired situation</source>
        <translation>Ønsket situasjon</translation>
    </message>
    <message>
        <source>Score today</source>
        <translation>Vurdering i dag</translation>
    </message>
    <message>
        <source>Desired score</source>
        <translation>Ønsket vurdering</translation>
    </message>
    <message>
        <source>Workshop dots today</source>
        <translation>Prikker i dag (workshop)</translation>
    </message>
    <message>
        <source>Workshop dots desired</source>
        <translation>Prikker ønsket (workshop)</translation>
    </message>
    <message>
        <source>UN goal 4: quality education</source>
        <translation>FN-mål 4: god utdanning</translation>
    </message>
    <message>
        <source>UN goal 8: decent work</source>
        <translation>FN-mål 8: anstendig arbeid</translation>
    </message>
    <message>
        <source>UN goal 10: reduced inequalities</source>
        <translation>FN-mål 10: mindre ulikhet</translation>
    </message>
    <message>
        <source>UN goal 17: partnerships</source>
        <translation>FN-mål 17: samarbeid for å nå målene</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>Forventet effekt</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>What already works well</source>
        <translation>Det som allerede fungerer godt</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Hva som endres</translation>
    </message>
    <message>
        <source>Why it matters to us</source>
        <translation>Hvorfor det er viktig for oss</translation>
    </message>
    <message>
        <source>How we measure it</source>
        <translation>Hvordan vi måler det</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milepæler</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Schemes and contacts used</source>
        <translation>Ordninger og kontakter som brukes</translation>
    </message>
    <message>
        <source>Times it was held</source>
        <translation>Ganger det ble holdt</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Holdt den</translation>
    </message>
    <message>
        <source>Planned hires</source>
        <translation>Planlagte ansettelser</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>Ansettelse</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Reduced work capacity</source>
        <translation>Nedsatt arbeidsevne</translation>
    </message>
    <message>
        <source>Monthly wage at 100 % (kr)</source>
        <translation>Månedslønn i 100 % stilling (kr)</translation>
    </message>
    <message>
        <source>Job percentage</source>
        <translation>Stillingsprosent</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>Ordninger</translation>
    </message>
    <message>
        <source>Mentor&apos;s hours a month</source>
        <translation>Mentorens timer per måned</translation>
    </message>
    <message>
        <source>Mentor&apos;s hourly wage (kr)</source>
        <translation>Mentorens timelønn (kr)</translation>
    </message>
    <message>
        <source>Extra adaptation costs (kr)</source>
        <translation>Ekstra kostnader til tilrettelegging (kr)</translation>
    </message>
    <message>
        <source>Board decisions</source>
        <translation>Styrevedtak</translation>
    </message>
    <message>
        <source>The board is asked to</source>
        <translation>Styret bes om å</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Operational responsible</source>
        <translation>Operativt ansvarlig</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Cost (kr)</source>
        <translation>Kostnad (kr)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Other resources</source>
        <translation>Andre ressurser</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recurs</source>
        <translation>Gjentas</translation>
    </message>
    <message>
        <source>Recurs until</source>
        <translation>Gjentas til</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Hva som ble gjort</translation>
    </message>
    <message>
        <source>What it gave</source>
        <translation>Hva det ga</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role or organisation</source>
        <translation>Rolle eller organisasjon</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>In the workshop</source>
        <translation>Med i workshopen</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Whose need</source>
        <translation>Hvem sitt behov</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Competences and experience</source>
        <translation>Kompetanse og erfaring</translation>
    </message>
    <message>
        <source>Chosen to work on</source>
        <translation>Valgt å jobbe videre med</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrker</translation>
    </message>
    <message>
        <source>What works well</source>
        <translation>Det som fungerer godt</translation>
    </message>
    <message>
        <source>How we celebrate it</source>
        <translation>Hvordan vi feirer det</translation>
    </message>
    <message>
        <source>Lessons learnt</source>
        <translation>Læringspunkter</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Læringspunkt</translation>
    </message>
    <message>
        <source>Into the next cycle</source>
        <translation>Tas med i neste runde</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Name of the plan</source>
        <translation>Navn på planen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Sist endret</translation>
    </message>
    <message>
        <source>Step open</source>
        <translation>Åpent steg</translation>
    </message>
    <message>
        <source>Example plan</source>
        <translation>Eksempelplan</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode fra</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periode til</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Virksomhet</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Bransje</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Risk map</source>
        <translation>Risikokart</translation>
    </message>
    <message>
        <source>Discrimination ground</source>
        <translation>Diskrimineringsgrunnlag</translation>
    </message>
    <message>
        <source>HR area</source>
        <translation>HR-område</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Causes found</source>
        <translation>Årsaker funnet</translation>
    </message>
    <message>
        <source>Involvement of the employees&apos; representatives</source>
        <translation>Medvirkning fra de ansattes representanter</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Hvem som deltok</translation>
    </message>
    <message>
        <source>Step of the work</source>
        <translation>Steg i arbeidet</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>Hva som ble drøftet</translation>
    </message>
    <message>
        <source>Pay by job level</source>
        <translation>Lønn per stillingsnivå</translation>
    </message>
    <message>
        <source>Job level</source>
        <translation>Stillingsnivå</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kvinner</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Menn</translation>
    </message>
    <message>
        <source>Women&apos;s average pay (kr)</source>
        <translation>Kvinners gjennomsnittslønn (kr)</translation>
    </message>
    <message>
        <source>Men&apos;s average pay (kr)</source>
        <translation>Menns gjennomsnittslønn (kr)</translation>
    </message>
    <message>
        <source>Equality figures per year</source>
        <translation>Likestillingstall per år</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Women employed</source>
        <translation>Ansatte kvinner</translation>
    </message>
    <message>
        <source>Men employed</source>
        <translation>Ansatte menn</translation>
    </message>
    <message>
        <source>Temporary staff, women</source>
        <translation>Midlertidig ansatte, kvinner</translation>
    </message>
    <message>
        <source>Temporary staff, men</source>
        <translation>Midlertidig ansatte, menn</translation>
    </message>
    <message>
        <source>Part-time staff, women</source>
        <translation>Deltidsansatte, kvinner</translation>
    </message>
    <message>
        <source>Part-time staff, men</source>
        <translation>Deltidsansatte, menn</translation>
    </message>
    <message>
        <source>Women who took parental leave</source>
        <translation>Kvinner som tok foreldrepermisjon</translation>
    </message>
    <message>
        <source>Men who took parental leave</source>
        <translation>Menn som tok foreldrepermisjon</translation>
    </message>
    <message>
        <source>Average weeks of parental leave, women</source>
        <translation>Permisjonsuker i snitt, kvinner</translation>
    </message>
    <message>
        <source>Average weeks of parental leave, men</source>
        <translation>Permisjonsuker i snitt, menn</translation>
    </message>
    <message>
        <source>Involuntary part-time, women</source>
        <translation>Ufrivillig deltid, kvinner</translation>
    </message>
    <message>
        <source>Involuntary part-time, men</source>
        <translation>Ufrivillig deltid, menn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>The question we work from</source>
        <translation>Spørsmålet vi jobber ut fra</translation>
    </message>
    <message>
        <source>Labour need</source>
        <translation>Behov for arbeidskraft</translation>
    </message>
    <message>
        <source>New ways of working</source>
        <translation>Nye måter å organisere arbeidet på</translation>
    </message>
    <message>
        <source>Needs of the target group</source>
        <translation>Målgruppens behov</translation>
    </message>
    <message>
        <source>What does the employer need?</source>
        <translation>Hva trenger arbeidsgiveren?</translation>
    </message>
    <message>
        <source>What do people outside work need?</source>
        <translation>Hva trenger de som står utenfor arbeidslivet?</translation>
    </message>
    <message>
        <source>Other kinds of positions?</source>
        <translation>Andre typer stillinger?</translation>
    </message>
    <message>
        <source>Seen as resources?</source>
        <translation>Sett som ressurser?</translation>
    </message>
    <message>
        <source>Data and statistics used</source>
        <translation>Data og statistikk som er brukt</translation>
    </message>
    <message>
        <source>What we narrow down to</source>
        <translation>Det vi avgrenser til</translation>
    </message>
    <message>
        <source>Workshop date</source>
        <translation>Dato for workshop</translation>
    </message>
    <message>
        <source>Workshop time</source>
        <translation>Tidspunkt for workshop</translation>
    </message>
    <message>
        <source>Workshop place</source>
        <translation>Sted for workshop</translation>
    </message>
    <message>
        <source>Workshop summary</source>
        <translation>Oppsummering av workshopen</translation>
    </message>
    <message>
        <source>The employer&apos;s needs are visible</source>
        <translation>Arbeidsgiverens behov er synliggjort</translation>
    </message>
    <message>
        <source>The target group&apos;s needs are visible</source>
        <translation>Målgruppens behov er synliggjort</translation>
    </message>
    <message>
        <source>Owner of the work</source>
        <translation>Eier av arbeidet</translation>
    </message>
    <message>
        <source>How we follow up</source>
        <translation>Hvordan vi følger opp</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Rapportering</translation>
    </message>
    <message>
        <source>Anchoring</source>
        <translation>Forankring</translation>
    </message>
    <message>
        <source>Training needs</source>
        <translation>Opplæringsbehov</translation>
    </message>
    <message>
        <source>External support</source>
        <translation>Ekstern støtte</translation>
    </message>
    <message>
        <source>Follow-up of new employees</source>
        <translation>Oppfølging av nye medarbeidere</translation>
    </message>
    <message>
        <source>Language of the printed report</source>
        <translation>Språk i den utskrevne rapporten</translation>
    </message>
    <message>
        <source>Hourly cost (kr)</source>
        <translation>Timekostnad (kr)</translation>
    </message>
    <message>
        <source>Holiday pay (%)</source>
        <translation>Feriepenger (%)</translation>
    </message>
    <message>
        <source>Occupational pension (%)</source>
        <translation>Tjenestepensjon (%)</translation>
    </message>
    <message>
        <source>Employer&apos;s contribution (%)</source>
        <translation>Arbeidsgiveravgift (%)</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Vedtatt dato</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Vedtatt av</translation>
    </message>
    <message>
        <source>How insight becomes daily practice</source>
        <translation>Hvordan innsikt blir daglig praksis</translation>
    </message>
    <message>
        <source>Experiences to share</source>
        <translation>Erfaringer å dele</translation>
    </message>
    <message>
        <source>What we celebrate</source>
        <translation>Det vi feirer</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbeidsgiver</translation>
    </message>
    <message>
        <source>A party in the workplace has asked for the four steps</source>
        <translation>En av partene i virksomheten har bedt om de fire stegene</translation>
    </message>
    <message>
        <source>We document our equality work</source>
        <translation>Vi dokumenterer likestillingsarbeidet</translation>
    </message>
    <message>
        <source>Hide figures of fewer persons than</source>
        <translation>Skjul tall for færre personer enn</translation>
    </message>
    <message>
        <source>Principles, procedures and standards</source>
        <translation>Prinsipper, prosedyrer og standarder</translation>
    </message>
    <message>
        <source>Who is responsible for the equality work</source>
        <translation>Hvem som har ansvaret for likestillingsarbeidet</translation>
    </message>
    <message>
        <source>Own contacts</source>
        <translation>Egne kontakter</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Nettadresse</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områder</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>refers to a gap area that is not in the file</source>
        <translation>viser til et gapområde som ikke er i filen</translation>
    </message>
    <message>
        <source>refers to a goal that is not in the file</source>
        <translation>viser til et mål som ikke er i filen</translation>
    </message>
    <message>
        <source>refers to a contact that is not in the file</source>
        <translation>viser til en kontakt som ikke er i filen</translation>
    </message>
    <message>
        <source>refers to something that is not in the file</source>
        <translation>viser til noe som ikke er i filen</translation>
    </message>
    <message>
        <source>{file} is not a plan file: it is a folder, a device or a pipe, not an ordinary file. Nothing was imported.</source>
        <translation>{file} er ikke en planfil: det er en mappe, en enhet eller et rør, ikke en vanlig fil. Ingenting ble importert.</translation>
    </message>
    <message>
        <source>The file is too large to be a plan (more than {limit} MB; plans are far smaller). Nothing was imported.</source>
        <translation>Filen er for stor til å være en plan (mer enn {limit} MB; planer er mye mindre). Ingenting ble importert.</translation>
    </message>
    <message>
        <source>The file {file} could not be read: {reason}</source>
        <translation>Filen {file} kunne ikke leses: {reason}</translation>
    </message>
    <message>
        <source>The plan file holds far more than a plan can (more than {limit} values). Nothing was imported.</source>
        <translation>Planfilen inneholder langt mer enn en plan kan (mer enn {limit} verdier). Ingenting ble importert.</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>deltakere</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>behov</translation>
    </message>
    <message>
        <source>gap areas</source>
        <translation>gapområder</translation>
    </message>
    <message>
        <source>strengths</source>
        <translation>styrker</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>indikatorer</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>målinger</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>tiltak</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>milepæler</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>ressurser</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>erfaringer</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>kontakter</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rader</translation>
    </message>
    <message>
        <source>The plan file lists too many {what}: {count}, where a plan may have at most {limit}. Nothing was imported.</source>
        <translation>Planfilen har for mange {what}: {count}, mens en plan kan ha høyst {limit}. Ingenting ble importert.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tall</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>et heltall</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>sann eller usann</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>a group of fields</source>
        <translation>en gruppe felt</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tom</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>the value has the wrong kind (expected {kind})</source>
        <translation>verdien er av feil slag (ventet {kind})</translation>
    </message>
    <message>
        <source>the text is too long (at most {limit} characters)</source>
        <translation>teksten er for lang (høyst {limit} tegn)</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>teksten er tom</translation>
    </message>
    <message>
        <source>the list is too long (at most {limit} rows)</source>
        <translation>listen er for lang (høyst {limit} rader)</translation>
    </message>
    <message>
        <source>the list has too few items (at least {limit})</source>
        <translation>listen har for få elementer (minst {limit})</translation>
    </message>
    <message>
        <source>the same entry is listed twice</source>
        <translation>det samme står to ganger i listen</translation>
    </message>
    <message>
        <source>the value is not one of those allowed</source>
        <translation>verdien er ikke en av de tillatte</translation>
    </message>
    <message>
        <source>the value is not in the expected form</source>
        <translation>verdien har ikke den ventede formen</translation>
    </message>
    <message>
        <source>the number is too small (at least {limit})</source>
        <translation>tallet er for lite (minst {limit})</translation>
    </message>
    <message>
        <source>the number is too small (more than {limit})</source>
        <translation>tallet er for lite (må være mer enn {limit})</translation>
    </message>
    <message>
        <source>the number is too large (at most {limit})</source>
        <translation>tallet er for stort (høyst {limit})</translation>
    </message>
    <message>
        <source>a field is missing ({name})</source>
        <translation>et felt mangler ({name})</translation>
    </message>
    <message>
        <source>there is a field that does not belong here</source>
        <translation>det er et felt som ikke hører hjemme her</translation>
    </message>
    <message>
        <source>the entry is neither of the kinds allowed here</source>
        <translation>oppføringen er ikke av noen av de slagene som er tillatt her</translation>
    </message>
    <message>
        <source>the value is not allowed here</source>
        <translation>verdien er ikke tillatt her</translation>
    </message>
    <message>
        <source>This file is not a Verktøykassa plan file (or it is incomplete or damaged).</source>
        <translation>Denne filen er ikke en planfil fra Verktøykassa (eller den er ufullstendig eller skadet).</translation>
    </message>
    <message>
        <source>This plan file was made by a newer version of Verktøykassa ({version}). Install that version or a newer one to import it.</source>
        <translation>Denne planfilen er laget av en nyere versjon av Verktøykassa ({version}). Installer den versjonen eller en nyere for å importere den.</translation>
    </message>
    <message>
        <source>This file is not a Verktøykassa plan file.</source>
        <translation>Denne filen er ikke en planfil fra Verktøykassa.</translation>
    </message>
    <message>
        <source>The plan file has wrong content at {where}: {problem}. Nothing was imported.</source>
        <translation>Planfilen har feil innhold ved {where}: {problem}. Ingenting ble importert.</translation>
    </message>
    <message>
        <source>text with invalid characters</source>
        <translation>tekst med ugyldige tegn</translation>
    </message>
    <message>
        <source>not a real date</source>
        <translation>ikke en gyldig dato</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>navnet er tomt</translation>
    </message>
    <message>
        <source>the same id is used twice</source>
        <translation>den samme id-en er brukt to ganger</translation>
    </message>
    <message>
        <source>the same scheme or contact is listed twice</source>
        <translation>den samme ordningen eller kontakten står to ganger</translation>
    </message>
    <message>
        <source>The plan could not be saved. Nothing was imported.</source>
        <translation>Planen kunne ikke lagres. Ingenting ble importert.</translation>
    </message>
    <message>
        <source>The plan could not be saved; the details are in the log file. Nothing was imported.</source>
        <translation>Planen kunne ikke lagres; detaljene står i loggfilen. Ingenting ble importert.</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>Person {number}</translation>
    </message>
    <message>
        <source>Participant {number}</source>
        <translation>Deltaker {number}</translation>
    </message>
    <message>
        <source>Representative {number}</source>
        <translation>Representant {number}</translation>
    </message>
    <message>
        <source>Contact {number}</source>
        <translation>Kontakt {number}</translation>
    </message>
    <message>
        <source>(left out: this plan file is anonymised)</source>
        <translation>(utelatt: denne planfilen er anonymisert)</translation>
    </message>
</context>
<context>
    <name>PlanFileCheck</name>
    <message>
        <source>Import plan</source>
        <translation>Importer plan</translation>
    </message>
    <message>
        <source>Checking the plan file…</source>
        <translation>Kontrollerer planfilen …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Checking the plan file</source>
        <translation>Kontrollerer planfilen</translation>
    </message>
    <message>
        <source>The plan file could not be checked. Nothing was imported.</source>
        <translation>Planfilen kunne ikke kontrolleres. Ingenting ble importert.</translation>
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
    <message>
        <source>This plan no longer exists.</source>
        <translation>Denne planen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Everything you type is saved at once.</source>
        <translation>Alt du skriver, lagres med en gang.</translation>
    </message>
    <message>
        <source>This is the example plan: look around freely. Start your own with File → New plan.</source>
        <translation>Dette er eksempelplanen: Se deg rundt så mye du vil. Lag din egen med Fil → Ny plan.</translation>
    </message>
    <message>
        <source>← &amp;Previous step</source>
        <translation>← Forri&amp;ge steg</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Forrige steg</translation>
    </message>
    <message>
        <source>N&amp;ext step →</source>
        <translation>&amp;Neste steg →</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <source>Read-only: another computer has the data open (see the note at the top).</source>
        <translation>Bare for lesing: en annen datamaskin har dataene åpne (se merknaden øverst).</translation>
    </message>
    <message>
        <source>Read-only: you may look at and print the plans; your user may not change them.</source>
        <translation>Skrivebeskyttet: du kan se på og skrive ut planene, men brukeren din har ikke lov til å endre dem.</translation>
    </message>
    <message>
        <source>Next: start the n&amp;ext cycle…</source>
        <translation>&amp;Neste: start neste runde…</translation>
    </message>
    <message>
        <source>Next: start the next cycle</source>
        <translation>Neste: start neste runde</translation>
    </message>
    <message>
        <source>Next: &amp;export the PDF for the board…</source>
        <translation>&amp;Neste: eksporter PDF-en til styret…</translation>
    </message>
    <message>
        <source>Next: export the PDF for the board</source>
        <translation>Neste: eksporter PDF-en til styret</translation>
    </message>
    <message>
        <source>Changes made by others are shown.</source>
        <translation>Endringer andre har gjort, vises nå.</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Endringer er ikke lagret</translation>
    </message>
    <message>
        <source>Some of your latest changes could not be saved (is the disk full?). If you close now, they are lost. Close anyway?</source>
        <translation>Noen av de siste endringene dine kunne ikke lagres (er disken full?). Lukker du nå, går de tapt. Vil du lukke likevel?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
</context>
<context>
    <name>PlannedHires</name>
    <message>
        <source>(unnamed hire)</source>
        <translation>(ansettelse uten navn)</translation>
    </message>
    <message>
        <source>Planned hires with Nav schemes</source>
        <translation>Planlagte ansettelser med Navs ordninger</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>From Nav</source>
        <translation>Fra Nav</translation>
    </message>
    <message>
        <source>New hire</source>
        <translation>Ny ansettelse</translation>
    </message>
    <message>
        <source>No planned hires. Add one to see what Nav&apos;s schemes may pay back.</source>
        <translation>Ingen planlagte ansettelser. Legg til én for å se hva Navs ordninger kan dekke.</translation>
    </message>
    <message>
        <source>Who (a role, not a name):</source>
        <translation>Hvem (en rolle, ikke et navn):</translation>
    </message>
    <message>
        <source>Target group:</source>
        <translation>Målgruppe:</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Ikke valgt</translation>
    </message>
    <message>
        <source>Nav has assessed reduced work capacity (nedsatt arbeidsevne)</source>
        <translation>Nav har vurdert nedsatt arbeidsevne</translation>
    </message>
    <message>
        <source>Tick the schemes this hire uses. Space ticks.</source>
        <translation>Kryss av for ordningene ansettelsen bruker. Mellomrom krysser av.</translation>
    </message>
    <message>
        <source>Schemes:</source>
        <translation>Ordninger:</translation>
    </message>
    <message>
        <source>Monthl&amp;y wage at 100 % (kr):</source>
        <translation>Månedsl&amp;ønn i 100 % stilling (kr):</translation>
    </message>
    <message>
        <source>Job percentage:</source>
        <translation>Stillingsprosent:</translation>
    </message>
    <message>
        <source>&amp;Mentor&apos;s hours a month:</source>
        <translation>Mentorens timer per m&amp;åned:</translation>
    </message>
    <message>
        <source>Starts in the &amp;job:</source>
        <translation>Beg&amp;ynner i jobben:</translation>
    </message>
    <message>
        <source>Mentor&apos;s hourly wage (kr):</source>
        <translation>Mentorens timelønn (kr):</translation>
    </message>
    <message>
        <source>Extra adaptation costs (kr):</source>
        <translation>Ekstra kostnader til tilrettelegging (kr):</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Anslag</translation>
    </message>
    <message>
        <source>Expected from Nav: {subsidy} of {cost} in costs (months: {months}).</source>
        <translation>Forventet fra Nav: {subsidy} av {cost} i kostnader (måneder: {months}).</translation>
    </message>
    <message>
        <source>{year}: costs {cost}, subsidies {subsidy}</source>
        <translation>{year}: kostnader {cost}, tilskudd {subsidy}</translation>
    </message>
    <message>
        <source>No estimate yet: see the messages beside the fields.</source>
        <translation>Ikke noe anslag ennå: se meldingene ved feltene.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>The plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>&amp;Name of the plan:</source>
        <translation>&amp;Navn på planen:</translation>
    </message>
    <message>
        <source>Perio&amp;d from:</source>
        <translation>P&amp;eriode fra:</translation>
    </message>
    <message>
        <source>Period t&amp;o:</source>
        <translation>Periode &amp;til:</translation>
    </message>
    <message>
        <source>The business</source>
        <translation>Virksomheten</translation>
    </message>
    <message>
        <source>Name of the &amp;business:</source>
        <translation>Navn på virk&amp;somheten:</translation>
    </message>
    <message>
        <source>Organisation n&amp;umber:</source>
        <translation>Organisasjonsn&amp;ummer:</translation>
    </message>
    <message>
        <source>Indu&amp;stry:</source>
        <translation>Brans&amp;je:</translation>
    </message>
    <message>
        <source>Number of &amp;employees:</source>
        <translation>Antall &amp;ansatte:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <source>Count&amp;y:</source>
        <translation>F&amp;ylke:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>K&amp;ontaktperson:</translation>
    </message>
    <message>
        <source>E-m&amp;ail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <source>What should the plan solve?</source>
        <translation>Hva skal planen løse?</translation>
    </message>
    <message>
        <source>P&amp;roblem statement:</source>
        <translation>P&amp;roblemstilling:</translation>
    </message>
    <message>
        <source>The question the work starts from, in your own words.</source>
        <translation>Spørsmålet arbeidet tar utgangspunkt i, med deres egne ord.</translation>
    </message>
    <message>
        <source>The plan needs a name; the last name is kept until you type one.</source>
        <translation>Planen må ha et navn; det forrige navnet beholdes til du skriver inn et nytt.</translation>
    </message>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation>Navnet er for langt (høyst 200 tegn).</translation>
    </message>
    <message>
        <source>The number of employees cannot be negative.</source>
        <translation>Antall ansatte kan ikke være negativt.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>{what} ({count} of {total} {rows})</source>
        <translation>{what} ({count} av {total} {rows})</translation>
    </message>
    <message>
        <source>{rows}: none yet</source>
        <translation>{rows}: ingen ennå</translation>
    </message>
    <message>
        <source>The employer&apos;s needs: none yet</source>
        <translation>Arbeidsgivers behov: ingen ennå</translation>
    </message>
    <message>
        <source>The target group&apos;s needs: none yet</source>
        <translation>Målgruppens behov: ingen ennå</translation>
    </message>
    <message>
        <source>Goals it serves</source>
        <translation>Mål tiltaket bidrar til</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <source>Key figures to measure: none yet (step 3)</source>
        <translation>Måltall å måle: ingen ennå (steg 3)</translation>
    </message>
    <message>
        <source>Measures under way: none yet</source>
        <translation>Tiltak som er i gang: ingen ennå</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Opened read-only: {user} on {computer} has the data open since {time}.</source>
        <translation>Åpnet bare for lesing: {user} på {computer} har dataene åpne siden {time}.</translation>
    </message>
    <message>
        <source>Opened read-only: {user} on {computer} has the data open.</source>
        <translation>Åpnet bare for lesing: {user} på {computer} har dataene åpne.</translation>
    </message>
    <message>
        <source>Opened read-only: the data is open on {computer} since {time}.</source>
        <translation>Åpnet bare for lesing: dataene er åpne på {computer} siden {time}.</translation>
    </message>
    <message>
        <source>Opened read-only: the data is open on {computer}.</source>
        <translation>Åpnet bare for lesing: dataene er åpne på {computer}.</translation>
    </message>
    <message>
        <source>Opened read-only: {user} had the data open on {computer}, but Verktøykassa there seems to have stopped (last sign of life: {time}).</source>
        <translation>Åpnet bare for lesing: {user} hadde dataene åpne på {computer}, men Verktøykassa der ser ut til å ha stoppet (siste livstegn: {time}).</translation>
    </message>
    <message>
        <source>Opened read-only: the data is held by Verktøykassa on {computer}, which seems to have stopped (last sign of life: {time}).</source>
        <translation>Åpnet bare for lesing: dataene holdes av Verktøykassa på {computer}, som ser ut til å ha stoppet (siste livstegn: {time}).</translation>
    </message>
    <message>
        <source>Opened read-only: {user} has the data open on {computer}. Verktøykassa there last gave a sign of life at {time} by its own clock, which runs ahead of this computer&apos;s: checking whether it still runs…</source>
        <translation>Åpnet bare for lesing: {user} har dataene åpne på {computer}. Siste livstegn fra Verktøykassa der er datert {time} etter dens egen klokke, som går foran klokken på denne datamaskinen: kontrollerer om det fortsatt er i gang …</translation>
    </message>
    <message>
        <source>Opened read-only: the data is open on {computer}. Verktøykassa there last gave a sign of life at {time} by its own clock, which runs ahead of this computer&apos;s: checking whether it still runs…</source>
        <translation>Åpnet bare for lesing: dataene er åpne på {computer}. Siste livstegn fra Verktøykassa der er datert {time} etter dens egen klokke, som går foran klokken på denne datamaskinen: kontrollerer om det fortsatt er i gang …</translation>
    </message>
    <message>
        <source>Opened read-only: {user} has the data open on {computer}. By this computer&apos;s clock, Verktøykassa there has given no sign of life since {time}, but the clocks of two computers can differ: checking whether it still runs…</source>
        <translation>Åpnet bare for lesing: {user} har dataene åpne på {computer}. Etter klokken på denne datamaskinen har Verktøykassa der ikke gitt livstegn siden {time}, men klokkene på to datamaskiner kan gå ulikt: kontrollerer om det fortsatt er i gang …</translation>
    </message>
    <message>
        <source>Opened read-only: the data is open on {computer}. By this computer&apos;s clock, Verktøykassa there has given no sign of life since {time}, but the clocks of two computers can differ: checking whether it still runs…</source>
        <translation>Åpnet bare for lesing: dataene er åpne på {computer}. Etter klokken på denne datamaskinen har Verktøykassa der ikke gitt livstegn siden {time}, men klokkene på to datamaskiner kan gå ulikt: kontrollerer om det fortsatt er i gang …</translation>
    </message>
    <message>
        <source>Take over the data from {computer} (last sign of life: {time})? Do this only if Verktøykassa is no longer running there: the computer crashed, lost power or was switched off without closing the program. If it is in fact still running, changes made on both computers can collide, and some of them can be lost.</source>
        <translation>Vil du ta over dataene fra {computer} (siste livstegn: {time})? Gjør dette bare hvis Verktøykassa ikke lenger kjører der: datamaskinen krasjet, mistet strømmen eller ble slått av uten at programmet ble lukket. Hvis det likevel fortsatt kjører, kan endringer gjort på begge datamaskinene kollidere, og noen av dem kan gå tapt.</translation>
    </message>
    <message>
        <source>The data was saved by a newer version of Verktøykassa than this one. Install the newer version on this computer too.</source>
        <translation>Dataene er lagret av en nyere versjon av Verktøykassa enn denne. Installer den nyere versjonen på denne datamaskinen også.</translation>
    </message>
    <message>
        <source>The data on {computer} needs an upgrade to this version of Verktøykassa, which only the program that holds it may make. Close Verktøykassa on {computer}, then press Try again.</source>
        <translation>Dataene på {computer} må oppgraderes til denne versjonen av Verktøykassa, og det kan bare programmet som har dem åpne, gjøre. Lukk Verktøykassa på {computer}, og trykk så Prøv igjen.</translation>
    </message>
    <message>
        <source>The data on {computer} could not be read from here ({error}). Close Verktøykassa on {computer}, then press Try again.</source>
        <translation>Dataene på {computer} kunne ikke leses herfra ({error}). Lukk Verktøykassa på {computer}, og trykk så Prøv igjen.</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>(untitled)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>The gap is not scored (today and desired).</source>
        <translation>Gapet har ikke poeng (i dag og ønsket).</translation>
    </message>
    <message>
        <source>The goal has no KPI and no measure: the board cannot see how it is followed up.</source>
        <translation>Målet har verken KPI eller tiltak: styret kan ikke se hvordan det følges opp.</translation>
    </message>
    <message>
        <source>The KPI has no deadline.</source>
        <translation>KPI-en har ingen frist.</translation>
    </message>
    <message>
        <source>No measurement this period (due since {date}).</source>
        <translation>Ingen måling i denne perioden (skulle vært målt {date}).</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <source>Ready for the board?</source>
        <translation>Klar for styret?</translation>
    </message>
    <message numerus="yes">
        <source>The board will miss %n thing(s) in “{plan}”. Press Enter on a line to go to its field.</source>
        <translation>
            <numerusform>Styret vil savne %n ting i «{plan}». Trykk Enter på en linje for å gå til feltet.</numerusform>
            <numerusform>Styret vil savne %n ting i «{plan}». Trykk Enter på en linje for å gå til feltet.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{plan}” has everything the board needs.</source>
        <translation>«{plan}» har alt styret trenger.</translation>
    </message>
    <message>
        <source>What the board will miss</source>
        <translation>Dette vil styret savne</translation>
    </message>
    <message>
        <source>&amp;Export PDF anyway</source>
        <translation>&amp;Eksporter PDF likevel</translation>
    </message>
    <message>
        <source>&amp;Export PDF</source>
        <translation>&amp;Eksporter PDF</translation>
    </message>
    <message>
        <source>&amp;Go to the field</source>
        <translation>&amp;Gå til feltet</translation>
    </message>
    <message>
        <source>Go to the field</source>
        <translation>Gå til feltet</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Verktøykassa found this while you worked and stopped saving at once, so nothing more was written to it. The change you were making may not have been saved.</source>
        <translation>Verktøykassa oppdaget dette mens du arbeidet og sluttet straks å lagre, så ingenting mer ble skrevet til den. Endringen du holdt på med, ble kanskje ikke lagret.</translation>
    </message>
    <message>
        <source>Your data file is damaged</source>
        <translation>Datafilen din er skadet</translation>
    </message>
    <message>
        <source>Please check your data folder</source>
        <translation>Sjekk datamappen din</translation>
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
        <translation>Dataene dine kunne ikke åpnes</translation>
    </message>
    <message>
        <source>You can go back to a backup made by this version; the file is first set aside, untouched, in the folder “damaged” inside your data folder. Or quit and install the newer version.</source>
        <translation>Du kan gå tilbake til en sikkerhetskopi laget av denne versjonen; filen blir først lagt til side, urørt, i mappen «damaged» i datamappen. Eller avslutt og installer den nyere versjonen.</translation>
    </message>
    <message>
        <source>You can go back to a backup, or start with an empty database. Either way the file is first set aside, untouched, in the folder “damaged” inside your data folder.</source>
        <translation>Du kan gå tilbake til en sikkerhetskopi eller begynne med en tom database. I begge tilfeller blir filen først lagt til side, urørt, i mappen «damaged» i datamappen din.</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Gjenopprett en sikkerhetskopi…</translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation>Start med en &amp;tom database</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Prøv igjen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
</context>
<context>
    <name>RemovalUndo</name>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Undo the removal</source>
        <translation>Angre fjerningen</translation>
    </message>
    <message>
        <source>Removed “{name}”.</source>
        <translation>Fjernet «{name}».</translation>
    </message>
    <message>
        <source>“{name}” cannot come back: the plan has changed since.</source>
        <translation>«{name}» kan ikke hentes tilbake: planen er endret siden.</translation>
    </message>
    <message>
        <source>“{name}” is back.</source>
        <translation>«{name}» er tilbake.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>(continued in note {number} below the table)</source>
        <translation>(fortsetter i merknad {number} under tabellen)</translation>
    </message>
    <message>
        <source>Note {number}: {column}, row {row}</source>
        <translation>Merknad {number}: {column}, rad {row}</translation>
    </message>
    <message>
        <source>Not filled in yet.</source>
        <translation>Ikke fylt ut ennå.</translation>
    </message>
    <message>
        <source>Action plan for inclusion</source>
        <translation>Handlingsplan for inkludering</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>The question we work from</source>
        <translation>Spørsmålet vi tar utgangspunkt i</translation>
    </message>
    <message>
        <source>Summary for the board</source>
        <translation>Sammendrag for styret</translation>
    </message>
    <message>
        <source>The full text is in section 2.</source>
        <translation>Hele teksten står i del 2.</translation>
    </message>
    <message>
        <source>Prioritised gaps</source>
        <translation>Prioriterte gap</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Ønsket</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>… and {count} more goals (section 3).</source>
        <translation>… og {count} mål til (del 3).</translation>
    </message>
    <message>
        <source>Key measures</source>
        <translation>De viktigste tiltakene</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>KPI status</source>
        <translation>Status for KPI-ene</translation>
    </message>
    <message>
        <source>{reached} of {total} KPIs have reached their target, {improving} are improving.</source>
        <translation>{reached} av {total} KPI-er har nådd målverdien, {improving} går i riktig retning.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgangsverdi</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Siste</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målverdi</translation>
    </message>
    <message>
        <source>All {count} KPIs are in sections 3 and 8.</source>
        <translation>Alle {count} KPI-ene står i del 3 og 8.</translation>
    </message>
    <message>
        <source>Gap analysis</source>
        <translation>Gapanalyse</translation>
    </message>
    <message>
        <source>Each area scored today and as desired, from 1 (weak) to 5 (strong).</source>
        <translation>Hvert område er vurdert slik det er i dag og slik vi ønsker det, fra 1 (svakt) til 5 (sterkt).</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>UN goals</source>
        <translation>Bærekraftsmål</translation>
    </message>
    <message>
        <source>Today and desired, per area</source>
        <translation>I dag og ønsket, per område</translation>
    </message>
    <message>
        <source>Desired situation</source>
        <translation>Ønsket situasjon</translation>
    </message>
    <message>
        <source>What already works well</source>
        <translation>Det som allerede fungerer godt</translation>
    </message>
    <message>
        <source>What already works well, to celebrate</source>
        <translation>Det som allerede fungerer godt, og som skal feires</translation>
    </message>
    <message>
        <source>Goals and KPIs</source>
        <translation>Mål og KPI-er</translation>
    </message>
    <message>
        <source>Goal {number}</source>
        <translation>Mål {number}</translation>
    </message>
    <message>
        <source>Area: {title}</source>
        <translation>Område: {title}</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Hva som endres</translation>
    </message>
    <message>
        <source>Why it matters to us</source>
        <translation>Hvorfor det er viktig for oss</translation>
    </message>
    <message>
        <source>How we measure it</source>
        <translation>Hvordan vi måler det</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Siste verdi</translation>
    </message>
    <message>
        <source>No KPIs yet.</source>
        <translation>Ingen KPI-er ennå.</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressurser</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>Forventet effekt</translation>
    </message>
    <message>
        <source>Schemes used</source>
        <translation>Virkemidler som brukes</translation>
    </message>
    <message>
        <source>Responsible: {name}</source>
        <translation>Ansvarlig: {name}</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} timer</translation>
    </message>
    <message>
        <source>The Goal column refers to the goal numbers in section 3.</source>
        <translation>Kolonnen «Mål» viser til målnumrene i del 3.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>No measures with dates yet.</source>
        <translation>Ingen tiltak med datoer ennå.</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>milepæl</translation>
    </message>
    <message>
        <source>milestone done</source>
        <translation>milepæl nådd</translation>
    </message>
    <message>
        <source>recurs</source>
        <translation>gjentas</translation>
    </message>
    <message>
        <source>held</source>
        <translation>holdt</translation>
    </message>
    <message>
        <source>The timeline shows the first {count} months.</source>
        <translation>Tidslinjen viser de første {count} månedene.</translation>
    </message>
    <message>
        <source>Status as of {date}.</source>
        <translation>Status per {date}.</translation>
    </message>
    <message>
        <source>Milestones by month</source>
        <translation>Milepæler per måned</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Roles and follow-up</source>
        <translation>Roller og oppfølging</translation>
    </message>
    <message>
        <source>Owner of the work</source>
        <translation>Eier av arbeidet</translation>
    </message>
    <message>
        <source>Operational responsible</source>
        <translation>Operativt ansvarlig</translation>
    </message>
    <message>
        <source>How progress is followed up</source>
        <translation>Hvordan fremdriften følges opp</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Rapportering</translation>
    </message>
    <message>
        <source>Anchoring in strategy and steering documents</source>
        <translation>Forankring i strategi og styringsdokumenter</translation>
    </message>
    <message>
        <source>Training needs</source>
        <translation>Opplæringsbehov</translation>
    </message>
    <message>
        <source>External advisers and support</source>
        <translation>Eksterne rådgivere og støtte</translation>
    </message>
    <message>
        <source>Follow-up of included employees</source>
        <translation>Oppfølging av inkluderte medarbeidere</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Hvem som deltok</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role or organisation</source>
        <translation>Rolle eller organisasjon</translation>
    </message>
    <message>
        <source>Schemes and contacts used</source>
        <translation>Virkemidler og kontakter som brukes</translation>
    </message>
    <message>
        <source>No schemes or contacts are linked to the measures yet.</source>
        <translation>Ingen virkemidler eller kontakter er knyttet til tiltakene ennå.</translation>
    </message>
    <message>
        <source>Scheme or contact</source>
        <translation>Virkemiddel eller kontakt</translation>
    </message>
    <message>
        <source>Provider or organisation</source>
        <translation>Tilbyder eller organisasjon</translation>
    </message>
    <message>
        <source>Web address and contact</source>
        <translation>Nettadresse og kontakt</translation>
    </message>
    <message>
        <source>Used by measures</source>
        <translation>Brukes av tiltak</translation>
    </message>
    <message>
        <source>Evaluation status</source>
        <translation>Status for evalueringen</translation>
    </message>
    <message>
        <source>Each KPI&apos;s measurements against its baseline and target.</source>
        <translation>Målingene for hver KPI sammenlignet med utgangsverdi og målverdi.</translation>
    </message>
    <message>
        <source>What the measures gave</source>
        <translation>Hva tiltakene førte til</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Hva som ble gjort</translation>
    </message>
    <message>
        <source>What it gave</source>
        <translation>Hva det førte til</translation>
    </message>
    <message>
        <source>What we learnt</source>
        <translation>Hva vi lærte</translation>
    </message>
    <message>
        <source>into the next cycle</source>
        <translation>tas med i neste runde</translation>
    </message>
    <message>
        <source>How insight becomes daily practice</source>
        <translation>Hvordan innsikten blir daglig praksis</translation>
    </message>
    <message>
        <source>Experiences to share with others</source>
        <translation>Erfaringer vi kan dele med andre</translation>
    </message>
    <message>
        <source>What we celebrate</source>
        <translation>Hva vi feirer</translation>
    </message>
    <message>
        <source>(untitled area)</source>
        <translation>(område uten navn)</translation>
    </message>
    <message>
        <source>(untitled KPI)</source>
        <translation>(KPI uten navn)</translation>
    </message>
    <message>
        <source>No measurement yet</source>
        <translation>Ingen måling ennå</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} av {pages}</translation>
    </message>
    <message>
        <source>The action plan could not be prepared for printing.</source>
        <translation>Handlingsplanen kunne ikke klargjøres for utskrift.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Skriveren kunne ikke startes.</translation>
    </message>
    <message>
        <source>Gross cost</source>
        <translation>Brutto kostnad</translation>
    </message>
    <message>
        <source>Expected subsidies</source>
        <translation>Forventede tilskudd</translation>
    </message>
    <message>
        <source>Net cost</source>
        <translation>Netto kostnad</translation>
    </message>
    <message>
        <source>Budget and expected subsidies</source>
        <translation>Budsjett og forventede tilskudd</translation>
    </message>
    <message>
        <source>Gross cost: each measure&apos;s cost, its hours at the hourly cost and its hires&apos; costs.</source>
        <translation>Brutto kostnad: hvert tiltaks kostnad, timene til timekostnaden og kostnadene ved ansettelsene.</translation>
    </message>
    <message>
        <source>Expected subsidies: what Nav&apos;s schemes may pay back.</source>
        <translation>Forventede tilskudd: det Navs ordninger kan dekke.</translation>
    </message>
    <message>
        <source>Hourly cost: {cost}.</source>
        <translation>Timekostnad: {cost}.</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>Hele planen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Uten dato</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Planned hires</source>
        <translation>Planlagte ansettelser</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>Ansettelse</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>Ordninger</translation>
    </message>
    <message>
        <source>Monthly wage</source>
        <translation>Månedslønn</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>What the estimate is based on</source>
        <translation>Hva anslaget bygger på</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>fra {date}</translation>
    </message>
    <message>
        <source>{scheme}: rates valid {period}; source: {source}.</source>
        <translation>{scheme}: satser gyldige {period}; kilde: {source}.</translation>
    </message>
    <message>
        <source>For the board&apos;s decision</source>
        <translation>Til styrets behandling</translation>
    </message>
    <message>
        <source>The board is asked to:</source>
        <translation>Styret bes om å:</translation>
    </message>
    <message>
        <source>… and {count} more (section 6).</source>
        <translation>… og {count} til (avsnitt 6).</translation>
    </message>
    <message>
        <source>Budget for the plan</source>
        <translation>Budsjett for planen</translation>
    </message>
    <message>
        <source>Expected subsidies from Nav (estimate)</source>
        <translation>Forventede tilskudd fra Nav (anslag)</translation>
    </message>
    <message>
        <source>Details in section 4.</source>
        <translation>Detaljer i avsnitt 4.</translation>
    </message>
    <message>
        <source>Milestones in the next three months</source>
        <translation>Milepæler de neste tre månedene</translation>
    </message>
    <message>
        <source>… and {count} more (section 5).</source>
        <translation>… og {count} til (avsnitt 5).</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Vedtatt dato</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>…(cut, see the PDF)</source>
        <translation>…(kuttet, se PDF-en)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milepæler</translation>
    </message>
    <message>
        <source>Gap area</source>
        <translation>Gapområde</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI-er</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Målt dato</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Hvor ofte</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datakilde</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Målt av</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budsjett</translation>
    </message>
    <message>
        <source>Budget per year</source>
        <translation>Budsjett per år</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksporter PDF…</translation>
    </message>
    <message>
        <source>Save the action plan as a PDF for the board</source>
        <translation>Lagre handlingsplanen som PDF til styret</translation>
    </message>
    <message>
        <source>Save the action plan as a Word document to edit</source>
        <translation>Lagre handlingsplanen som et Word-dokument du kan redigere</translation>
    </message>
    <message>
        <source>Export to W&amp;ord…</source>
        <translation>Eksporter til W&amp;ord…</translation>
    </message>
    <message>
        <source>Expor&amp;t to Excel…</source>
        <translation>Eksporter til E&amp;xcel…</translation>
    </message>
    <message>
        <source>Save the measures, KPIs, measurements, gaps and budget as an Excel workbook</source>
        <translation>Lagre tiltak, KPI-er, målinger, gap og budsjett som en Excel-arbeidsbok</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <source>Print the action plan</source>
        <translation>Skriv ut handlingsplanen</translation>
    </message>
    <message>
        <source>Making the action plan…</source>
        <translation>Lager handlingsplanen…</translation>
    </message>
    <message>
        <source>This plan no longer exists.</source>
        <translation>Denne planen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The action plan could not be made. Details are in the log file in {folder}.</source>
        <translation>Handlingsplanen kunne ikke lages. Detaljer står i loggfilen i {folder}.</translation>
    </message>
    <message>
        <source>Word document in Norwegian bokmål (*.docx)</source>
        <translation>Word-dokument på norsk bokmål (*.docx)</translation>
    </message>
    <message>
        <source>Word document in English (*.docx)</source>
        <translation>Word-dokument på engelsk (*.docx)</translation>
    </message>
    <message>
        <source>Excel workbook in Norwegian bokmål (*.xlsx)</source>
        <translation>Excel-arbeidsbok på norsk bokmål (*.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbook in English (*.xlsx)</source>
        <translation>Excel-arbeidsbok på engelsk (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF in Norwegian bokmål (*.pdf)</source>
        <translation>PDF på norsk bokmål (*.pdf)</translation>
    </message>
    <message>
        <source>PDF in English (*.pdf)</source>
        <translation>PDF på engelsk (*.pdf)</translation>
    </message>
    <message>
        <source>Export the plan to Excel</source>
        <translation>Eksporter planen til Excel</translation>
    </message>
    <message>
        <source>Export the action plan to Word</source>
        <translation>Eksporter handlingsplanen til Word</translation>
    </message>
    <message>
        <source>Export the action plan as PDF</source>
        <translation>Eksporter handlingsplanen som PDF</translation>
    </message>
    <message>
        <source>Saved the action plan to {path}</source>
        <translation>Handlingsplanen er lagret i {path}</translation>
    </message>
    <message>
        <source>Sending the action plan to the printer…</source>
        <translation>Sender handlingsplanen til skriveren…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sendte %n side til skriveren.</numerusform>
            <numerusform>Sendte %n sider til skriveren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourcePicker</name>
    <message>
        <source>Schemes and contacts this measure &amp;uses:</source>
        <translation>Virkemidler og kontakter tiltaket br&amp;uker:</translation>
    </message>
    <message>
        <source>Schemes and contacts this measure uses</source>
        <translation>Virkemidler og kontakter tiltaket bruker</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>F&amp;jern</translation>
    </message>
    <message>
        <source>Remove the chosen scheme or contact from this measure</source>
        <translation>Fjern valgt virkemiddel eller kontakt fra tiltaket</translation>
    </message>
    <message>
        <source>Find in the &amp;catalogue:</source>
        <translation>S&amp;øk i katalogen:</translation>
    </message>
    <message>
        <source>Find a scheme or contact to add</source>
        <translation>Finn et virkemiddel eller en kontakt å legge til</translation>
    </message>
    <message>
        <source>Suggestions are listed first</source>
        <translation>Forslag står først</translation>
    </message>
    <message>
        <source>Schemes and contacts that can be added</source>
        <translation>Virkemidler og kontakter som kan legges til</translation>
    </message>
    <message>
        <source>&amp;Add to measure</source>
        <translation>&amp;Legg til i tiltaket</translation>
    </message>
    <message>
        <source>Add the chosen scheme or contact to this measure</source>
        <translation>Legg valgt virkemiddel eller kontakt til tiltaket</translation>
    </message>
    <message>
        <source>Catalogue entry no longer in the catalogue ({id})</source>
        <translation>Oppføringen finnes ikke lenger i katalogen ({id})</translation>
    </message>
    <message>
        <source>Deleted contact</source>
        <translation>Slettet kontakt</translation>
    </message>
    <message>
        <source>Suggested: </source>
        <translation>Forslag: </translation>
    </message>
    <message>
        <source>The change could not be saved. Is the disk full or read-only? Try again.</source>
        <translation>Endringen kunne ikke lagres. Er disken full eller skrivebeskyttet? Prøv igjen.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>There are no backups yet. One is made each day you use the program.</source>
        <translation>Det finnes ingen sikkerhetskopier ennå. Det tas én hver dag du bruker programmet.</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. What you have now is backed up first, so nothing is lost.</source>
        <translation>Velg sikkerhetskopien du vil gå tilbake til. Det du har nå, kopieres først, så ingenting går tapt.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>Hva sikkerhetskopien inneholder</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>This backup cannot be read.</source>
        <translation>Denne sikkerhetskopien kan ikke leses.</translation>
    </message>
    <message>
        <source>(no plans)</source>
        <translation>(ingen planer)</translation>
    </message>
    <message>
        <source>Backup from {when}. Plans in it:</source>
        <translation>Sikkerhetskopi fra {when}. Planer i den:</translation>
    </message>
</context>
<context>
    <name>RiskMap</name>
    <message>
        <source>Risk map</source>
        <translation>Risikokart</translation>
    </message>
    <message>
        <source>Discrimination grounds down, HR areas across. Choose a cell to assess it below.</source>
        <translation>Diskrimineringsgrunnlag nedover, HR-områder bortover. Velg en rute for å vurdere den nedenfor.</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Vurdering:</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>&amp;Gap area where the plan works on it:</source>
        <translation>&amp;Gapområdet der planen arbeider med det:</translation>
    </message>
    <message>
        <source>Gap area where the plan works on it</source>
        <translation>Gapområdet der planen arbeider med det</translation>
    </message>
    <message>
        <source>{risk} risks, {none} cells without risk, {open} not assessed yet.</source>
        <translation>{risk} risikoer, {none} ruter uten risiko, {open} ikke vurdert ennå.</translation>
    </message>
    <message>
        <source>(no gap area)</source>
        <translation>(ikke noe gapområde)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uten tittel)</translation>
    </message>
    <message>
        <source>Causes found</source>
        <translation>Årsaker funnet</translation>
    </message>
    <message>
        <source>Step 2: why does this risk exist? What did you find when you looked into it?</source>
        <translation>Steg 2: hvorfor finnes denne risikoen? Hva fant dere da dere undersøkte den?</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igjen</translation>
    </message>
    <message>
        <source>Retry saving</source>
        <translation>Prøv å lagre igjen</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Lagringen mislyktes</translation>
    </message>
    <message>
        <source>Could not save your last changes. Your text is still here — do not close the program. The data folder cannot be reached just now (a network drive or a synced folder that is gone?): press Retry once it is back (the next edit also tries again).</source>
        <translation>De siste endringene dine kunne ikke lagres. Teksten din er fortsatt her – ikke lukk programmet. Datamappen kan ikke nås akkurat nå (en nettverksstasjon eller en synkronisert mappe som er borte?): trykk «Prøv igjen» når den er tilbake (neste endring prøver også på nytt).</translation>
    </message>
    <message>
        <source>Could not save your last changes. Your text is still here — do not close the program. Free some disk space or check that the data folder can be written to, then press Retry (the next edit also tries again).</source>
        <translation>De siste endringene dine kunne ikke lagres. Teksten din er fortsatt her – ikke lukk programmet. Frigjør litt diskplass eller sjekk at det går an å skrive til datamappen, og trykk så «Prøv igjen» (neste endring prøver også på nytt).</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>This is not a database address the program understands. Write it like postgresql://name@server.example.no/verktoykasse (add ?sslmode=require to insist on an encrypted connection).</source>
        <translation>Dette er ikke en databaseadresse programmet forstår. Skriv den slik: postgresql://navn@server.example.no/verktoykasse (legg til ?sslmode=require for å kreve kryptert tilkobling).</translation>
    </message>
    <message>
        <source>The database server {host} was not found. Check the server&apos;s name in the address ({address}) and that this computer is on the right network (or VPN).</source>
        <translation>Fant ikke databaseserveren {host}. Sjekk servernavnet i adressen ({address}) og at denne datamaskinen er på riktig nettverk (eller VPN).</translation>
    </message>
    <message>
        <source>The database server {host} does not answer. It may be switched off or restarting, or a firewall stops the connection. Try again in a moment, or ask the person who runs the server.</source>
        <translation>Databaseserveren {host} svarer ikke. Den kan være slått av eller holde på å starte på nytt, eller en brannmur stopper tilkoblingen. Prøv igjen om litt, eller spør den som drifter serveren.</translation>
    </message>
    <message>
        <source>The server {host} did not accept the user name “{user}” with this password. Check both, or ask the person who runs the server.</source>
        <translation>Serveren {host} godtok ikke brukernavnet «{user}» med dette passordet. Sjekk begge, eller spør den som drifter serveren.</translation>
    </message>
    <message>
        <source>The server {host} has no database called “{database}”. Check the name at the end of the address, or ask the person who runs the server to create it (see the README).</source>
        <translation>Serveren {host} har ingen database som heter «{database}». Sjekk navnet på slutten av adressen, eller be den som drifter serveren om å opprette den (se README).</translation>
    </message>
    <message>
        <source>The server {host} does not offer an encrypted connection, and the address asks for one (sslmode=require). Ask the person who runs the server to switch on TLS.</source>
        <translation>Serveren {host} tilbyr ikke kryptert tilkobling, og adressen krever det (sslmode=require). Be den som drifter serveren om å slå på TLS.</translation>
    </message>
    <message>
        <source>The user “{user}” may not change the database “{database}” on {host}. Ask the person who runs the server for the rights the README lists, or use a user that has them.</source>
        <translation>Brukeren «{user}» har ikke lov til å endre databasen «{database}» på {host}. Be den som drifter serveren om rettighetene README beskriver, eller bruk en bruker som har dem.</translation>
    </message>
    <message>
        <source>The shared database was set up by a newer version of Verktøykassa. Install that version (or a newer one) to use it; this version leaves it unchanged.</source>
        <translation>Den delte databasen ble satt opp av en nyere versjon av Verktøykassa. Installer den versjonen (eller en nyere) for å bruke den; denne versjonen lar den være uendret.</translation>
    </message>
    <message>
        <source>The shared database {address} could not be used ({detail}).</source>
        <translation>Den delte databasen {address} kunne ikke brukes ({detail}).</translation>
    </message>
</context>
<context>
    <name>ServerDialogs</name>
    <message>
        <source>The shared database cannot be used</source>
        <translation>Den delte databasen kan ikke brukes</translation>
    </message>
    <message>
        <source>Your plans are on the server, so the program waits for it rather than opening this computer&apos;s own data. To work on this computer alone, choose “This computer” under Settings → Database.</source>
        <translation>Planene dine ligger på serveren, så programmet venter på den i stedet for å åpne dataene på denne datamaskinen. Vil du arbeide på denne datamaskinen alene, velg «Denne datamaskinen» under Innstillinger → Database.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Prøv igjen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
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
<context>
    <name>Shortened</name>
    <message>
        <source>{where} ({length} characters, {kept} kept)</source>
        <translation>{where} ({length} tegn, {kept} beholdt)</translation>
    </message>
    <message>
        <source>{count} more</source>
        <translation>{count} til</translation>
    </message>
    <message>
        <source>Some texts are longer than a plan file holds, so the file has them shortened: {texts}. The whole texts are still in Verktøykassa; shorten them there to carry everything.</source>
        <translation>Noen tekster er lengre enn en planfil rommer, så filen har dem forkortet: {texts}. Hele tekstene finnes fortsatt i Verktøykassa; gjør dem kortere der for å få med alt.</translation>
    </message>
    <message>
        <source>Some texts are longer than an Excel cell holds, so the workbook has them shortened and marked “{mark}”: {texts}. The PDF and the Word document have the whole texts.</source>
        <translation>Noen tekster er lengre enn en Excel-celle rommer, så arbeidsboken har dem forkortet og merket «{mark}»: {texts}. PDF-en og Word-dokumentet har hele tekstene.</translation>
    </message>
</context>
<context>
    <name>StartWarning</name>
    <message>
        <source>inside {service}, a folder a sync program copies between computers</source>
        <translation>i {service}, en mappe et synkroniseringsprogram kopierer mellom datamaskiner</translation>
    </message>
    <message>
        <source>on a network drive ({kind})</source>
        <translation>på en nettverksdisk ({kind})</translation>
    </message>
    <message>
        <source>Your data folder {folder} is {where}. A database there can be damaged: sync programs copy the file while Verktøykassa writes to it, file locking over a network does not work reliably, and two computers using it at once end up with conflicting copies. Keep the data in a folder on this computer. To work on the same plans from several computers, use a shared database on a server instead (Tools → Settings… → Database; see the README).</source>
        <translation>Datamappen din {folder} ligger {where}. En database der kan bli skadet: synkroniseringsprogrammer kopierer filen mens Verktøykassa skriver til den, fillåsing over nettverk virker ikke pålitelig, og to datamaskiner som bruker den samtidig, ender opp med motstridende kopier. Ha dataene i en mappe på denne datamaskinen. Vil dere arbeide med de samme planene fra flere datamaskiner, bruk heller en delt database på en server (Verktøy → Innstillinger… → Database; se README).</translation>
    </message>
    <message>
        <source>Your data folder is not a safe place</source>
        <translation>Datamappen din ligger ikke på et trygt sted</translation>
    </message>
    <message>
        <source>Moving puts the data in {folder}. A backup is made first, and the old file is kept aside, never deleted.</source>
        <translation>Dataene flyttes til {folder}. Først tas en sikkerhetskopi, og den gamle filen legges til side, aldri slettet.</translation>
    </message>
    <message>
        <source>&amp;Move the data to this computer</source>
        <translation>&amp;Flytt dataene til denne datamaskinen</translation>
    </message>
    <message>
        <source>&amp;Keep it here</source>
        <translation>&amp;La dem ligge her</translation>
    </message>
    <message>
        <source>The data could not be moved now (another program may be using the file). It stays in {folder}; the program offers the move again at the next start.</source>
        <translation>Dataene kunne ikke flyttes nå (et annet program bruker kanskje filen). De blir liggende i {folder}; programmet tilbyr flyttingen igjen ved neste oppstart.</translation>
    </message>
    <message>
        <source>Your data is in {folder} now.</source>
        <translation>Dataene dine ligger nå i {folder}.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>No data</source>
        <translation>Ingen data</translation>
    </message>
    <message>
        <source>Target reached</source>
        <translation>Målet er nådd</translation>
    </message>
    <message>
        <source>Improving</source>
        <translation>Bedre</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Dårligere</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Uendret</translation>
    </message>
    <message>
        <source>Measured once</source>
        <translation>Målt én gang</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Forsinket</translation>
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
        <translation>Steg</translation>
    </message>
    <message>
        <source>Choose a step to go to it. Each step says what it still lacks, or that it is done.</source>
        <translation>Velg et steg for å gå dit. Hvert steg sier hva som mangler, eller at det er ferdig.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Missing: {item}</source>
        <translation>Mangler: {item}</translation>
    </message>
    <message>
        <source>Missing: {item} and {count} more</source>
        <translation>Mangler: {item} og {count} til</translation>
    </message>
    <message>
        <source>Missing: {items}</source>
        <translation>Mangler: {items}</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Mangler:</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>In the method: {term}</source>
        <translation>I metoden: {term}</translation>
    </message>
    <message>
        <source>Hide guidance</source>
        <translation>Skjul veiledningen</translation>
    </message>
    <message>
        <source>Show guidance</source>
        <translation>Vis veiledningen</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>og %n til</numerusform>
            <numerusform>og %n til</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: {items}</source>
        <translation>Mangler: {items}</translation>
    </message>
</context>
<context>
    <name>Subsidy</name>
    <message>
        <source>An hourly cost cannot be negative; hours are not costed.</source>
        <translation>En timekostnad kan ikke være negativ; timene er ikke regnet med.</translation>
    </message>
    <message>
        <source>More than kr 10 000 an hour looks like a typing slip; hours are not costed.</source>
        <translation>Mer enn kr 10 000 i timen ser ut som en skrivefeil; timene er ikke regnet med.</translation>
    </message>
    <message>
        <source>Hours are not costed: set the hourly cost on the measures step.</source>
        <translation>Timene er ikke regnet med: sett timekostnaden på tiltakssteget.</translation>
    </message>
    <message>
        <source>Estimate — Nav decides; the official page is the authority.</source>
        <translation>Anslag – Nav avgjør; den offisielle siden gjelder.</translation>
    </message>
    <message>
        <source>{what} {value} holds until {end}; the estimate uses it after that too.</source>
        <translation>{what} {value} gjelder til {end}; anslaget bruker den også etter det.</translation>
    </message>
    <message>
        <source>Holiday pay</source>
        <translation>Feriepenger</translation>
    </message>
    <message>
        <source>Occupational pension</source>
        <translation>Tjenestepensjon</translation>
    </message>
    <message>
        <source>Employer&apos;s contribution (zone I)</source>
        <translation>Arbeidsgiveravgift (sone I)</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>The rates for {scheme} hold until {end}; the estimate uses them after that too.</source>
        <translation>Satsene for {scheme} gjelder til {end}; anslaget bruker dem også etter det.</translation>
    </message>
    <message>
        <source>The rates for {scheme} in the catalogue hold from {start}; earlier months use them too.</source>
        <translation>Satsene for {scheme} i katalogen gjelder fra {start}; tidligere måneder bruker dem også.</translation>
    </message>
    <message>
        <source>Type the mentor&apos;s hours a month, above 0, to get an estimate for this part.</source>
        <translation>Skriv mentorens timer i måneden, over 0, for å få et anslag for denne delen.</translation>
    </message>
    <message>
        <source>Type an amount above 0 to get an estimate for this part.</source>
        <translation>Skriv et beløp over 0 for å få et anslag for denne delen.</translation>
    </message>
    <message>
        <source>Hours cannot be negative; this part has no estimate.</source>
        <translation>Timer kan ikke være negative; denne delen har ikke noe anslag.</translation>
    </message>
    <message>
        <source>An amount cannot be negative; this part has no estimate.</source>
        <translation>Et beløp kan ikke være negativt; denne delen har ikke noe anslag.</translation>
    </message>
    <message>
        <source>More than {maximum} hours a month looks like a typing slip; this part has no estimate.</source>
        <translation>Mer enn {maximum} timer i måneden ser ut som en skrivefeil; denne delen har ikke noe anslag.</translation>
    </message>
    <message>
        <source>More than {maximum} looks like a typing slip; this part has no estimate.</source>
        <translation>Mer enn {maximum} ser ut som en skrivefeil; denne delen har ikke noe anslag.</translation>
    </message>
    <message>
        <source>A job percentage must be above 0; this hire has no estimate.</source>
        <translation>Stillingsprosenten må være over 0; denne ansettelsen har ikke noe anslag.</translation>
    </message>
    <message>
        <source>A job percentage is at most 100; the estimate uses 100 %.</source>
        <translation>Stillingsprosenten er høyst 100; anslaget bruker 100 %.</translation>
    </message>
    <message>
        <source>Choose the scheme(s) this hire uses to get an estimate.</source>
        <translation>Velg ordningen(e) ansettelsen bruker for å få et anslag.</translation>
    </message>
    <message>
        <source>Nav gives one wage subsidy (or arbeidstrening) at a time; the estimate uses {scheme}.</source>
        <translation>Nav gir ett lønnstilskudd (eller arbeidstrening) om gangen; anslaget bruker {scheme}.</translation>
    </message>
    <message>
        <source>Give a start date to get an estimate.</source>
        <translation>Oppgi en startdato for å få et anslag.</translation>
    </message>
    <message>
        <source>{scheme} could not start before {date}; it has no estimate.</source>
        <translation>{scheme} kunne ikke starte før {date}; den har ikke noe anslag.</translation>
    </message>
    <message>
        <source>{scheme} is for young people under 30; it has no estimate for this hire.</source>
        <translation>{scheme} gjelder unge under 30; den har ikke noe anslag for denne ansettelsen.</translation>
    </message>
    <message>
        <source>{scheme} must start between 1 June and 31 August; it has no estimate.</source>
        <translation>{scheme} må starte mellom 1. juni og 31. august; den har ikke noe anslag.</translation>
    </message>
    <message>
        <source>{scheme} ends by {date}; later months have no estimate.</source>
        <translation>{scheme} slutter senest {date}; senere måneder har ikke noe anslag.</translation>
    </message>
    <message>
        <source>Nav covers at most {cap}; the estimate is capped there.</source>
        <translation>Nav dekker høyst {cap}; anslaget stopper der.</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>Suggestions from the catalogue</source>
        <translation>Forslag fra katalogen</translation>
    </message>
    <message>
        <source>Suggested schemes and contacts</source>
        <translation>Foreslåtte virkemidler og kontakter</translation>
    </message>
    <message>
        <source>No suggestions yet. Describe the area or the measure, or search the catalogue (Ctrl+K).</source>
        <translation>Ingen forslag ennå. Beskriv området eller tiltaket, eller søk i katalogen (Ctrl+K).</translation>
    </message>
    <message>
        <source>Open &amp;web page</source>
        <translation>Åpne ne&amp;ttsiden</translation>
    </message>
    <message>
        <source>Open the suggestion&apos;s official web page</source>
        <translation>Åpne den offisielle nettsiden for forslaget</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Telefon: {phone}</translation>
    </message>
</context>
<context>
    <name>TakenOver</name>
    <message>
        <source>Verktøykassa on {here} could not save this text ({time}): Verktøykassa on {computer} had taken over the data. Copy it into the plan once you can change the plans here again.</source>
        <translation>Verktøykassa på {here} kunne ikke lagre denne teksten ({time}): Verktøykassa på {computer} hadde tatt over dataene. Kopier den inn i planen når du kan endre planene her igjen.</translation>
    </message>
    <message>
        <source>Plan: {name}</source>
        <translation>Plan: {name}</translation>
    </message>
    <message>
        <source>Verktøykassa text not saved {time}</source>
        <translation>Verktøykassa tekst som ikke ble lagret {time}</translation>
    </message>
    <message>
        <source>What you had just typed could not be saved into the data any more: it is kept in {path}.</source>
        <translation>Det du nettopp skrev, kunne ikke lenger lagres i dataene: det er tatt vare på i {path}.</translation>
    </message>
    <message>
        <source>What you had just typed could not be saved into the data any more, nor into a file: copy it from here.

{text}</source>
        <translation>Det du nettopp skrev, kunne ikke lenger lagres i dataene, og heller ikke i en fil: kopier det herfra.

{text}</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Who works here today, and who is missing compared with the people around you?</source>
        <translation>Hvem jobber her i dag, og hvem mangler sammenlignet med befolkningen rundt dere?</translation>
    </message>
    <message>
        <source>For example: most of us are alike in age and background; nobody has a known disability or came to us after a long time outside work.</source>
        <translation>For eksempel: De fleste av oss er like i alder og bakgrunn; ingen har kjent nedsatt funksjonsevne eller kom til oss etter lang tid utenfor arbeidslivet.</translation>
    </message>
    <message>
        <source>For example: the team reflects the town we work in, and newcomers feel welcome from day one.</source>
        <translation>For eksempel: Arbeidsstokken speiler stedet vi holder til, og nye føler seg velkomne fra første dag.</translation>
    </message>
    <message>
        <source>How you find, choose and take in new people: adverts, channels, interviews.</source>
        <translation>Hvordan dere finner, velger og tar imot nye folk: utlysninger, kanaler, intervjuer.</translation>
    </message>
    <message>
        <source>For example: we hire through friends and family, ask for experience the job does not need, and a gap in the CV puts an applicant aside.</source>
        <translation>For eksempel: Vi ansetter via venner og familie, krever erfaring jobben ikke trenger, og et hull i CV-en gjør at søkeren blir lagt til side.</translation>
    </message>
    <message>
        <source>For example: adverts ask only for what the job needs, we use Nav as a channel, and we meet candidates with a gap in the CV.</source>
        <translation>For eksempel: Utlysningene krever bare det jobben trenger, vi bruker Nav som kanal, og vi møter kandidater med hull i CV-en.</translation>
    </message>
    <message>
        <source>Whether those who lead people know how to adapt tasks, hours and training.</source>
        <translation>Om de som leder folk, vet hvordan de kan tilrettelegge oppgaver, arbeidstid og opplæring.</translation>
    </message>
    <message>
        <source>For example: we adapt work when someone asks, but nobody has learnt how, and it depends on who is on shift.</source>
        <translation>For eksempel: Vi tilrettelegger når noen spør, men ingen har lært hvordan, og det kommer an på hvem som er på vakt.</translation>
    </message>
    <message>
        <source>For example: every shift leader knows the basics of adapting work and where to get help.</source>
        <translation>For eksempel: Alle skiftledere kan det grunnleggende om tilrettelegging og vet hvor de får hjelp.</translation>
    </message>
    <message>
        <source>Who outside the business you work with: Nav, job-training providers, non-profits.</source>
        <translation>Hvem utenfor virksomheten dere samarbeider med: Nav, arrangører av arbeidstrening, ideelle organisasjoner.</translation>
    </message>
    <message>
        <source>For example: we have no regular contact with Nav and do not know which schemes we could use.</source>
        <translation>For eksempel: Vi har ingen fast kontakt med Nav og vet ikke hvilke virkemidler vi kunne brukt.</translation>
    </message>
    <message>
        <source>For example: we have a named contact at the local Nav office and one partner for work trials.</source>
        <translation>For eksempel: Vi har en fast kontaktperson på det lokale Nav-kontoret og én samarbeidspartner for arbeidstrening.</translation>
    </message>
    <message>
        <source>How new people are followed up after the first weeks, so that they stay.</source>
        <translation>Hvordan nye medarbeidere følges opp etter de første ukene, så de blir værende.</translation>
    </message>
    <message>
        <source>For example: training happens along the way, and nobody checks in after the first month.</source>
        <translation>For eksempel: Opplæringen skjer underveis, og ingen følger opp etter den første måneden.</translation>
    </message>
    <message>
        <source>For example: each new person has a mentor, a plan for the first months and regular short talks.</source>
        <translation>For eksempel: Hver nyansatt har en mentor, en plan for de første månedene og jevnlige korte samtaler.</translation>
    </message>
    <message>
        <source>More inclusive hiring in chosen roles</source>
        <translation>Flere inkluderende ansettelser i utvalgte roller</translation>
    </message>
    <message>
        <source>More of the people we hire into chosen roles come from outside working life.</source>
        <translation>Flere av dem vi ansetter i utvalgte roller, kommer fra utenfor arbeidslivet.</translation>
    </message>
    <message>
        <source>We need hands, and many able people are waiting for a chance.</source>
        <translation>Vi trenger folk, og mange dyktige mennesker venter på en sjanse.</translation>
    </message>
    <message>
        <source>We count each new hire and whether they came through Nav or another inclusion route.</source>
        <translation>Vi teller hver nyansettelse og om personen kom via Nav eller en annen inkluderingsvei.</translation>
    </message>
    <message>
        <source>Share of new hires from the target groups</source>
        <translation>Andel nyansatte fra målgruppene</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>A social purchasing policy</source>
        <translation>En sosial innkjøpspolicy</translation>
    </message>
    <message>
        <source>When we buy goods and services, we choose work-inclusion businesses where we can.</source>
        <translation>Når vi kjøper varer og tjenester, velger vi arbeidsinkluderingsbedrifter der vi kan.</translation>
    </message>
    <message>
        <source>Our purchases can give others a job without extra cost to us.</source>
        <translation>Innkjøpene våre kan gi andre en jobb uten ekstra kostnad for oss.</translation>
    </message>
    <message>
        <source>We check our supplier list once a year.</source>
        <translation>Vi går gjennom leverandørlisten én gang i året.</translation>
    </message>
    <message>
        <source>Share of purchases from work-inclusion businesses</source>
        <translation>Andel innkjøp fra arbeidsinkluderingsbedrifter</translation>
    </message>
    <message>
        <source>Permanent places for work practice or apprentices</source>
        <translation>Faste praksis- eller lærlingplasser</translation>
    </message>
    <message>
        <source>We always have places ready for work practice or an apprentice, not just now and then.</source>
        <translation>Vi har alltid plasser klare for arbeidspraksis eller en lærling, ikke bare av og til.</translation>
    </message>
    <message>
        <source>It is how we train the skilled people we will need later.</source>
        <translation>Slik lærer vi opp fagfolkene vi trenger senere.</translation>
    </message>
    <message>
        <source>We count the places in use at the end of each quarter.</source>
        <translation>Vi teller plassene som er i bruk ved slutten av hvert kvartal.</translation>
    </message>
    <message>
        <source>Practice and apprentice places in use</source>
        <translation>Praksis- og lærlingplasser i bruk</translation>
    </message>
    <message>
        <source>places</source>
        <translation>plasser</translation>
    </message>
    <message>
        <source>Managers who know how to adapt work</source>
        <translation>Ledere som kan tilrettelegge</translation>
    </message>
    <message>
        <source>Everyone who leads people knows how to adapt work and include new colleagues.</source>
        <translation>Alle som leder folk, vet hvordan de kan tilrettelegge arbeidet og inkludere nye kolleger.</translation>
    </message>
    <message>
        <source>Good adaptation keeps people at work and lowers sick leave.</source>
        <translation>God tilrettelegging holder folk i jobb og gir lavere sykefravær.</translation>
    </message>
    <message>
        <source>We note who has taken the training.</source>
        <translation>Vi noterer hvem som har tatt opplæringen.</translation>
    </message>
    <message>
        <source>Share of managers trained in inclusion</source>
        <translation>Andel ledere med opplæring i inkludering</translation>
    </message>
    <message>
        <source>Work practice together with non-profits</source>
        <translation>Arbeidspraksis sammen med ideelle organisasjoner</translation>
    </message>
    <message>
        <source>We offer work practice as joint projects with non-profit organisations.</source>
        <translation>Vi tilbyr arbeidspraksis som felles prosjekter med ideelle organisasjoner.</translation>
    </message>
    <message>
        <source>They know the people who need a start; we have the work and the workplace.</source>
        <translation>De kjenner menneskene som trenger en start; vi har arbeidsoppgavene og arbeidsplassen.</translation>
    </message>
    <message>
        <source>We count the people who had practice with us.</source>
        <translation>Vi teller dem som har hatt praksis hos oss.</translation>
    </message>
    <message>
        <source>People in practice through non-profit partners</source>
        <translation>Personer i praksis via ideelle samarbeidspartnere</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personer</translation>
    </message>
    <message>
        <source>Recruitment practice</source>
        <translation>Rekrutteringspraksis</translation>
    </message>
    <message>
        <source>Review how we recruit</source>
        <translation>Gå gjennom hvordan vi rekrutterer</translation>
    </message>
    <message>
        <source>Go through the job adverts, where we post them and how we interview, so that more kinds of people can apply and get a fair chance.</source>
        <translation>Gå gjennom stillingsannonsene, hvor vi publiserer dem og hvordan vi intervjuer, slik at flere ulike mennesker kan søke og få en rettferdig sjanse.</translation>
    </message>
    <message>
        <source>Cooperation with Nav</source>
        <translation>Samarbeid med Nav</translation>
    </message>
    <message>
        <source>Start working with Nav and inclusion partners</source>
        <translation>Begynn å samarbeide med Nav og inkluderingspartnere</translation>
    </message>
    <message>
        <source>Get a named contact at the local Nav office and meet a work-inclusion business or non-profit that can send candidates and help follow them up.</source>
        <translation>Få en fast kontaktperson på det lokale Nav-kontoret, og møt en arbeidsinkluderingsbedrift eller ideell organisasjon som kan sende kandidater og hjelpe med oppfølgingen.</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Kompetanse</translation>
    </message>
    <message>
        <source>Train managers in inclusive working life</source>
        <translation>Lær opp ledere i inkluderende arbeidsliv</translation>
    </message>
    <message>
        <source>A short course for everyone who hires or leads shifts: adapting work, talking about needs, and where to get help.</source>
        <translation>Et kort kurs for alle som ansetter eller leder skift: tilrettelegging, samtaler om behov og hvor man får hjelp.</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>Innkjøp</translation>
    </message>
    <message>
        <source>Make an inclusive purchasing policy</source>
        <translation>Lag en inkluderende innkjøpspolicy</translation>
    </message>
    <message>
        <source>Write down, on one page, that we prefer suppliers who include people outside working life when price and quality are comparable.</source>
        <translation>Skriv ned, på én side, at vi foretrekker leverandører som inkluderer folk utenfor arbeidslivet når pris og kvalitet er sammenlignbare.</translation>
    </message>
    <message>
        <source>Work practice</source>
        <translation>Arbeidspraksis</translation>
    </message>
    <message>
        <source>Try out a work-trial place</source>
        <translation>Prøv ut en plass for arbeidstrening</translation>
    </message>
    <message>
        <source>Take in one person on a work trial for a few months, with a mentor, and learn from it before doing more.</source>
        <translation>Ta inn én person på arbeidstrening i noen måneder, med mentor, og lær av det før dere gjør mer.</translation>
    </message>
    <message>
        <source>Management anchoring</source>
        <translation>Forankring i ledelsen</translation>
    </message>
    <message>
        <source>Inclusion on the agenda of management talks</source>
        <translation>Inkludering på dagsordenen i medarbeidersamtaler med ledere</translation>
    </message>
    <message>
        <source>The manager is the role model. Follow-up of this plan is part of the yearly talk with each shift leader and of the owner&apos;s own goals.</source>
        <translation>Lederen er forbildet. Oppfølgingen av denne planen er en del av den årlige samtalen med hver skiftleder og av eierens egne mål.</translation>
    </message>
    <message>
        <source>Diversity and inclusion in the training plan</source>
        <translation>Mangfold og inkludering i opplæringsplanen</translation>
    </message>
    <message>
        <source>Put inclusion in the business&apos;s training plan, and let those who hire take a short free course on diversity and recruitment.</source>
        <translation>Ta inkludering inn i virksomhetens opplæringsplan, og la dem som ansetter, ta et kort, gratis kurs i mangfold og rekruttering.</translation>
    </message>
    <message>
        <source>Recruitment routines that welcome diversity</source>
        <translation>Rekrutteringsrutiner som ønsker mangfold velkommen</translation>
    </message>
    <message>
        <source>The owner and whoever hires agree on how we describe the job, word the advert, choose where to post it, and pick and interview candidates.</source>
        <translation>Eieren og den som ansetter, blir enige om hvordan vi beskriver stillingen, formulerer annonsen, velger hvor den publiseres, og velger ut og intervjuer kandidater.</translation>
    </message>
    <message>
        <source>Trainee and work-trial places</source>
        <translation>Praksis- og arbeidstreningsplasser</translation>
    </message>
    <message>
        <source>Consider a trainee place for each vacancy</source>
        <translation>Vurder en praksisplass for hver ledige stilling</translation>
    </message>
    <message>
        <source>Early in the year, look at each expected vacancy and ask whether it could be a work trial or a trainee place for someone with reduced functional ability or a gap in the CV.</source>
        <translation>Se tidlig på året på hver ledige stilling dere venter, og spør om den kan bli en arbeidstrenings- eller praksisplass for noen med nedsatt funksjonsevne eller hull i CV-en.</translation>
    </message>
    <message>
        <source>A standing contact with the local Nav office</source>
        <translation>Fast kontakt med det lokale Nav-kontoret</translation>
    </message>
    <message>
        <source>Talk with Nav before advertising a job, to get more applicants from the target groups and to arrange short work placements.</source>
        <translation>Snakk med Nav før dere lyser ut en stilling, for å få flere søkere fra målgruppene og for å avtale korte praksisperioder.</translation>
    </message>
    <message>
        <source>Follow-up by the board</source>
        <translation>Oppfølging i styret</translation>
    </message>
    <message>
        <source>The plan at the first board meeting of the year</source>
        <translation>Planen på årets første styremøte</translation>
    </message>
    <message>
        <source>Agree at the first board meeting how this plan is followed up during the year and when it is reported back.</source>
        <translation>Avtal på årets første styremøte hvordan planen skal følges opp gjennom året, og når det skal rapporteres tilbake.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>The plan “{name}” holds texts longer than a field holds: {texts}. Shorten them in the plan first. Nothing was moved.</source>
        <translation>Planen «{name}» har tekster som er lengre enn et felt rommer: {texts}. Gjør dem kortere i planen først. Ingenting ble flyttet.</translation>
    </message>
    <message>
        <source>The copy of the plan “{name}” did not match the original. Nothing was moved.</source>
        <translation>Kopien av planen «{name}» stemte ikke med originalen. Ingenting ble flyttet.</translation>
    </message>
    <message>
        <source>The plans could not be copied ({reason}). Nothing was moved.</source>
        <translation>Planene kunne ikke kopieres ({reason}). Ingenting ble flyttet.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>An organisation number must be 9 digits.</source>
        <translation>Et organisasjonsnummer må ha 9 sifre.</translation>
    </message>
    <message>
        <source>The check digit does not match — check for a typo in the organisation number.</source>
        <translation>Kontrollsifferet stemmer ikke – sjekk om det er en skrivefeil i organisasjonsnummeret.</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces and perhaps a leading +.</source>
        <translation>Et telefonnummer består av sifre, mellomrom og kanskje + først.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.no).</source>
        <translation>Dette ser ikke ut som en e-postadresse (navn@eksempel.no).</translation>
    </message>
    <message>
        <source>A web address looks like https://www.example.no.</source>
        <translation>En nettadresse ser slik ut: https://www.eksempel.no.</translation>
    </message>
    <message>
        <source>The deadline is before the start.</source>
        <translation>Fristen er før starten.</translation>
    </message>
    <message>
        <source>The milestone is before the measure starts.</source>
        <translation>Milepælen er før tiltaket starter.</translation>
    </message>
    <message>
        <source>The milestone is after the measure&apos;s deadline.</source>
        <translation>Milepælen er etter fristen for tiltaket.</translation>
    </message>
    <message>
        <source>Give a score from {low} to {high}.</source>
        <translation>Gi en vurdering fra {low} til {high}.</translation>
    </message>
    <message>
        <source>Write a number, for example {example}.</source>
        <translation>Skriv et tall, for eksempel {example}.</translation>
    </message>
    <message>
        <source>Is it {big} or {small}? Write {big} for the first, or {comma} for the second.</source>
        <translation>Mener du {big} eller {small}? Skriv {big} for det første eller {comma} for det andre.</translation>
    </message>
    <message>
        <source>This number is too large: the field holds numbers up to a million billion ({highest}), plus or minus.</source>
        <translation>Tallet er for stort: feltet rommer tall opp til en million milliarder ({highest}), pluss eller minus.</translation>
    </message>
    <message>
        <source>This number is too large: the field holds whole numbers up to ten million ({highest}).</source>
        <translation>Tallet er for stort: feltet rommer hele tall opp til ti millioner ({highest}).</translation>
    </message>
    <message>
        <source>The text is too long: at most {limit} characters fit here, and it has {count}. It is not saved until it is shorter; what you typed stays in the box.</source>
        <translation>Teksten er for lang: høyst {limit} tegn får plass her, og den har {count}. Den blir ikke lagret før den er kortere; det du skrev, blir stående i feltet.</translation>
    </message>
    <message>
        <source>Is “{typed}” one number? Write it as {example}: a space goes only between groups of three digits.</source>
        <translation>Er «{typed}» ett tall? Skriv det som {example}: mellomrom står bare mellom grupper på tre sifre.</translation>
    </message>
    <message>
        <source>Here the decimal sign is a comma, and a space parts the thousands: write {example}.</source>
        <translation>Her er desimaltegnet komma, og tusener skilles med mellomrom: skriv {example}.</translation>
    </message>
    <message>
        <source>Here the decimal sign is a point, and a comma parts the thousands: write {example}.</source>
        <translation>Her er desimaltegnet punktum, og tusener skilles med komma: skriv {example}.</translation>
    </message>
    <message>
        <source>Write only the number here, without “{unit}”, for example {example}.</source>
        <translation>Skriv bare tallet her, uten «{unit}», for eksempel {example}.</translation>
    </message>
    <message>
        <source>Write the hours as a number: {fraction} for {hours} hours and {minutes} minutes.</source>
        <translation>Skriv timene som et tall: {fraction} for {hours} timer og {minutes} minutter.</translation>
    </message>
    <message>
        <source>Is it {decimal} hours, or {hours} hours and {minutes} minutes? Write {decimal} for the first, or {fraction} for the second.</source>
        <translation>Mener du {decimal} timer, eller {hours} timer og {minutes} minutter? Skriv {decimal} for det første eller {fraction} for det andre.</translation>
    </message>
    <message>
        <source>Is it {small} % or {big} %? Write {small} % for the first, or {big} for the second.</source>
        <translation>Mener du {small} % eller {big} %? Skriv {small} % for det første eller {big} for det andre.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>The target is higher than the baseline, but lower is better.</source>
        <translation>Målverdien er høyere enn utgangsverdien, men lavere er bedre.</translation>
    </message>
    <message>
        <source>The target is lower than the baseline, but higher is better.</source>
        <translation>Målverdien er lavere enn utgangsverdien, men høyere er bedre.</translation>
    </message>
    <message>
        <source>The number of employees cannot be negative.</source>
        <translation>Antall ansatte kan ikke være negativt.</translation>
    </message>
    <message>
        <source>The employer&apos;s need is not written down yet.</source>
        <translation>Arbeidsgivers behov er ikke skrevet ned ennå.</translation>
    </message>
    <message>
        <source>The target group&apos;s need is not written down yet.</source>
        <translation>Målgruppens behov er ikke skrevet ned ennå.</translation>
    </message>
    <message>
        <source>The desired situation scores lower than today.</source>
        <translation>Ønsket situasjon har lavere vurdering enn i dag.</translation>
    </message>
    <message>
        <source>This goal has no KPI yet, so progress cannot be followed.</source>
        <translation>Dette målet har ingen KPI ennå, så utviklingen kan ikke følges.</translation>
    </message>
    <message>
        <source>The KPI has no target.</source>
        <translation>KPI-en har ingen målverdi.</translation>
    </message>
    <message>
        <source>The measure has no owner.</source>
        <translation>Tiltaket har ingen eier.</translation>
    </message>
    <message>
        <source>The measure has no deadline.</source>
        <translation>Tiltaket har ingen frist.</translation>
    </message>
    <message>
        <source>Costs and hours cannot be negative.</source>
        <translation>Kostnader og timer kan ikke være negative.</translation>
    </message>
</context>
<context>
    <name>Worksheets</name>
    <message>
        <source>Workshop kit</source>
        <translation>Workshopmateriell</translation>
    </message>
    <message>
        <source>Workshop: agenda</source>
        <translation>Workshop: agenda</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>What we start from</source>
        <translation>Det vi tar utgangspunkt i</translation>
    </message>
    <message>
        <source>Welcome: why we are here, and how the day goes</source>
        <translation>Velkommen: hvorfor vi er her, og hvordan dagen blir</translation>
    </message>
    <message>
        <source>A round: who we are and what we bring</source>
        <translation>En runde: hvem vi er, og hva vi har med oss</translation>
    </message>
    <message>
        <source>The four guiding questions, about 15 minutes each</source>
        <translation>De fire spørsmålene, omtrent 15 minutter hver</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>The gap areas: each person puts dots for today and for where we want to be</source>
        <translation>Gapområdene: hver person setter prikker for i dag og for der vi vil være</translation>
    </message>
    <message>
        <source>First ideas: goals, and measures that can close the biggest gaps</source>
        <translation>De første ideene: mål, og tiltak som kan tette de største gapene</translation>
    </message>
    <message>
        <source>Summing up: what we learnt and what happens next</source>
        <translation>Oppsummering: hva vi lærte, og hva som skjer videre</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>What we do</source>
        <translation>Hva vi gjør</translation>
    </message>
    <message>
        <source>The guiding questions</source>
        <translation>Spørsmålene</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitert</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>Spørsmål {number} av {count}</translation>
    </message>
    <message>
        <source>What the plan says so far</source>
        <translation>Det planen sier så langt</translation>
    </message>
    <message>
        <source>Gap areas: where are we today, and where do we want to be?</source>
        <translation>Gapområder: hvor er vi i dag, og hvor vil vi være?</translation>
    </message>
    <message>
        <source>Put one dot per person in each row: one under Today, one under Desired (1 = very weak, 5 = very good).</source>
        <translation>Hver person setter én prikk i hver rad: én under I dag og én under Ønsket (1 = svært svakt, 5 = svært godt).</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Ønsket</translation>
    </message>
    <message>
        <source>A thick frame marks the score the plan holds so far.</source>
        <translation>En tykk ramme viser poengsummen planen har så langt.</translation>
    </message>
    <message>
        <source>Goals and how we measure them</source>
        <translation>Mål, og hvordan vi måler dem</translation>
    </message>
    <message>
        <source>One row per goal: clear (what changes), relevant (why it matters) and measurable.</source>
        <translation>Én rad per mål: tydelig (hva endres), relevant (hvorfor det betyr noe) og målbart.</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Hva endres</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Hvorfor det betyr noe</translation>
    </message>
    <message>
        <source>How we measure it</source>
        <translation>Hvordan vi måler det</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgangsverdi</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Measures: who does what, and by when</source>
        <translation>Tiltak: hvem gjør hva, og innen når</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressurser</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>Forventet effekt</translation>
    </message>
    <message>
        <source>Nav scheme that may help</source>
        <translation>Nav-ordning som kan hjelpe</translation>
    </message>
    <message>
        <source>Gap area</source>
        <translation>Gapområde</translation>
    </message>
    <message>
        <source>Schemes and helpers that may fit</source>
        <translation>Ordninger og hjelpere som kan passe</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Schemes that may help with your gap areas</source>
        <translation>Ordninger som kan hjelpe med gapområdene deres</translation>
    </message>
    <message>
        <source>From the catalogue in the program: look them up there for amounts, rules and whom to call.</source>
        <translation>Fra katalogen i programmet: slå dem opp der for beløp, regler og hvem dere skal ringe.</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitasjon</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>Which needs for labour does the employer have? Which competences and experience?</source>
        <translation>Hvilket behov for arbeidskraft har arbeidsgiveren? Hvilken kompetanse og erfaring?</translation>
    </message>
    <message>
        <source>Which needs do the people outside work have, and what do they know and bring?</source>
        <translation>Hvilke behov har folk utenfor arbeidslivet, og hva kan de og har de med seg?</translation>
    </message>
    <message>
        <source>Have we considered other kinds of positions and competences?</source>
        <translation>Har vi vurdert andre typer stillinger og kompetanse?</translation>
    </message>
    <message>
        <source>How can those outside working life be seen as resources for our work?</source>
        <translation>Hvordan kan de som står utenfor arbeidslivet, bli sett som en ressurs i arbeidet vårt?</translation>
    </message>
    <message>
        <source>Invitation: workshop on inclusion at {organisation}</source>
        <translation>Invitasjon: workshop om inkludering hos {organisation}</translation>
    </message>
    <message>
        <source>Invitation: workshop on inclusion</source>
        <translation>Invitasjon: workshop om inkludering</translation>
    </message>
    <message>
        <source>(to be decided)</source>
        <translation>(kommer)</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hei,</translation>
    </message>
    <message>
        <source>We invite you to a workshop where we explore together how more people can get a job with us: what we need, and what people who stand outside working life need and can bring.</source>
        <translation>Vi inviterer deg til en workshop der vi sammen finner ut hvordan flere kan få jobb hos oss: hva vi trenger, og hva folk som står utenfor arbeidslivet, trenger og kan bidra med.</translation>
    </message>
    <message>
        <source>When: {date}</source>
        <translation>Når: {date}</translation>
    </message>
    <message>
        <source>Where: {place}</source>
        <translation>Hvor: {place}</translation>
    </message>
    <message>
        <source>What we start from:</source>
        <translation>Det vi tar utgangspunkt i:</translation>
    </message>
    <message>
        <source>We will talk about four questions:</source>
        <translation>Vi skal snakke om fire spørsmål:</translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation>Ta gjerne med:</translation>
    </message>
    <message>
        <source>your own experience: there are no wrong answers</source>
        <translation>dine egne erfaringer – det finnes ingen gale svar</translation>
    </message>
    <message>
        <source>an example of a task at work that could be done in a new way</source>
        <translation>et eksempel på en arbeidsoppgave som kunne vært gjort på en ny måte</translation>
    </message>
    <message>
        <source>questions you would like answered</source>
        <translation>spørsmål du vil ha svar på</translation>
    </message>
    <message>
        <source>Let us know if you need anything to take part (an interpreter, step-free access, a quiet room).</source>
        <translation>Si fra hvis du trenger noe for å delta (tolk, trinnfri adkomst, et stille rom).</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Velkommen!</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>{area}: today {today}, desired {desired}</source>
        <translation>{area}: i dag {today}, ønsket {desired}</translation>
    </message>
    <message>
        <source>Workshop {date}</source>
        <translation>Workshop {date}</translation>
    </message>
    <message>
        <source>{count} took part</source>
        <translation>{count} deltok</translation>
    </message>
    <message>
        <source>How the room scored the gap areas (1–5):</source>
        <translation>Slik vurderte deltakerne gapområdene (1–5):</translation>
    </message>
    <message>
        <source>The biggest gap: {area}.</source>
        <translation>Størst gap: {area}.</translation>
    </message>
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <source>&amp;Workshop kit…</source>
        <translation>&amp;Workshopmateriell …</translation>
    </message>
    <message>
        <source>Invitation, worksheets and meeting mode for step 1&apos;s workshop</source>
        <translation>Invitasjon, arbeidsark og møtemodus for workshopen i steg 1</translation>
    </message>
    <message>
        <source>&amp;Meeting mode</source>
        <translation>&amp;Møtemodus</translation>
    </message>
    <message>
        <source>The workshop full screen on a TV or projector</source>
        <translation>Workshopen i fullskjerm på TV eller prosjektor</translation>
    </message>
</context>
<context>
    <name>WorkshopKit</name>
    <message>
        <source>Workshop kit</source>
        <translation>Workshopmateriell</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Når og hvor</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Klokkeslett:</translation>
    </message>
    <message>
        <source>for example 09.00–12.00</source>
        <translation>for eksempel 09.00–12.00</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>for example the canteen, Storgata 1</source>
        <translation>for eksempel kantina, Storgata 1</translation>
    </message>
    <message>
        <source>&amp;Invitation</source>
        <translation>&amp;Invitasjon</translation>
    </message>
    <message>
        <source>Invitation text</source>
        <translation>Invitasjonstekst</translation>
    </message>
    <message>
        <source>&amp;Copy the text</source>
        <translation>K&amp;opier teksten</translation>
    </message>
    <message>
        <source>Open in &amp;e-mail program</source>
        <translation>Åpne i &amp;e-postprogrammet</translation>
    </message>
    <message>
        <source>Sa&amp;ve as PDF…</source>
        <translation>Lagre som &amp;PDF …</translation>
    </message>
    <message>
        <source>Save the invitation as PDF</source>
        <translation>Lagre invitasjonen som PDF</translation>
    </message>
    <message>
        <source>Worksheets to print</source>
        <translation>Arbeidsark til utskrift</translation>
    </message>
    <message>
        <source>&amp;Filled with the plan so far</source>
        <translation>&amp;Fylt ut med planen så langt</translation>
    </message>
    <message>
        <source>&amp;Blank, to write on</source>
        <translation>&amp;Blanke, til å skrive på</translation>
    </message>
    <message>
        <source>Gap-scoring sheet on &amp;A3 (for the wall)</source>
        <translation>Gaparket på &amp;A3 (til veggen)</translation>
    </message>
    <message>
        <source>Save &amp;worksheets as PDF…</source>
        <translation>Lagre arbeidsarke&amp;ne som PDF …</translation>
    </message>
    <message>
        <source>Start &amp;meeting mode</source>
        <translation>Start &amp;møtemodus</translation>
    </message>
    <message>
        <source>Full screen for the TV or projector; Esc leaves</source>
        <translation>Fullskjerm for TV eller prosjektor; Esc avslutter</translation>
    </message>
    <message>
        <source>Add the people to invite under &apos;Who took part&apos; in step 1.</source>
        <translation>Legg inn dem du vil invitere under «Hvem deltok» i steg 1.</translation>
    </message>
    <message>
        <source>E-mail: {reachable} of {count} participants have an address.</source>
        <translation>E-post: {reachable} av {count} deltakere har adresse.</translation>
    </message>
    <message>
        <source>Invite these another way: {names}.</source>
        <translation>Inviter disse på en annen måte: {names}.</translation>
    </message>
    <message>
        <source>The invitation is copied: paste it into your e-mail or a letter.</source>
        <translation>Invitasjonen er kopiert: lim den inn i e-posten eller et brev.</translation>
    </message>
    <message>
        <source>No e-mail program answered. Copy the text and paste it into your e-mail.</source>
        <translation>Ingen e-postprogram svarte. Kopier teksten og lim den inn i e-posten din.</translation>
    </message>
    <message>
        <source>The text was too long for the e-mail link: it is copied, paste it into the e-mail.</source>
        <translation>Teksten var for lang for e-postlenken: den er kopiert, lim den inn i e-posten.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be made. Details are in the log file.</source>
        <translation>PDF-en kunne ikke lages. Detaljer står i loggfilen.</translation>
    </message>
    <message>
        <source>Save the worksheets as PDF</source>
        <translation>Lagre arbeidsarkene som PDF</translation>
    </message>
</context>
<context>
    <name>WrappedLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Merk &amp;alt</translation>
    </message>
</context>
</TS>
