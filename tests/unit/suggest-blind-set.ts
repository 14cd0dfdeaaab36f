/** Written blind to the suggester's word lists, to measure how it does on text it was not tuned for. Do not tune the lists against this file. */
type Area = 'faglighed' | 'innovation' | 'mening' | 'drift';

/**
 * Each task with the area it calls for most, or the two it calls for about equally (then either on top is right).
 * The first 48 were written in one go; the other 52 later, also without the word lists open.
 */
export const BLIND_SET: ReadonlyArray<{ text: string; expected: Area | readonly [Area, Area]; lang: 'da' | 'en' }> = [
  // ---- faglighed (da) ----
  {
    text: 'Kompetenceløft af pædagogerne i Vangede Børnehus. Vi skal lægge en plan for, hvordan pædagogerne får efteruddannelse i sprogarbejde med de mindste, så det faglige niveau hæves på alle stuer.',
    expected: 'faglighed',
    lang: 'da',
  },
  {
    text: 'Fastholdelse af sygeplejersker på plejecentret i Ordrup. Vi mister for mange erfarne sygeplejersker; find ud af, hvad der skal til for, at de bliver, og hvordan vi tiltrækker nye kolleger.',
    expected: 'faglighed',
    lang: 'da',
  },
  {
    text: 'Rekruttering af lærere til udskolingen på Skovgårdsskolen. Vi mangler lærere med linjefag i fysik/kemi og matematik og skal have lagt en plan for stillingsopslag, samtaler og introforløb.',
    expected: 'faglighed',
    lang: 'da',
  },
  {
    text: 'Sidemandsoplæring i Jobcentret. Nye sagsbehandlere kobles med en erfaren kollega de første tre måneder, så erfaringer og gode metoder fra samtalerne med borgerne bliver givet videre.',
    expected: 'faglighed',
    lang: 'da',
  },
  {
    text: 'Mere ansvar til teamkoordinatorerne i hjemmeplejen. Koordinatorerne skal have flere beslutninger i hverdagen lagt ud til sig, og vi skal gøre det tydeligt, hvad de selv kan afgøre uden at spørge lederen.',
    expected: 'faglighed',
    lang: 'da',
  },
  {
    text: 'Eftermiddag om årets resultater i Skole og Fritid. Teamene præsenterer de forløb, der har løftet elevernes læsefærdigheder, så vi kan lære af hinanden og anerkende den store indsats.',
    expected: 'faglighed',
    lang: 'da',
  },
  {
    text: 'Fast fagligt forum for bibliotekarerne. Medarbejdere fra Hellerup Bibliotek og Hovedbiblioteket mødes hver anden måned og udveksler erfaringer med formidling til børn og unge.',
    expected: 'faglighed',
    lang: 'da',
  },
  {
    text: 'Udviklingssamtaler i Vej og Park. Alle medarbejdere skal have en MUS inden sommerferien, hvor vi aftaler konkrete mål for deres faglige udvikling og relevante kurser det næste år.',
    expected: 'faglighed',
    lang: 'da',
  },
  {
    text: 'Bedre brug af psykologernes tid i PPR. Psykologerne bruger for mange timer på administration; vi omlægger opgaverne, så deres specialviden i højere grad kommer børnene til gode.',
    expected: 'faglighed',
    lang: 'da',
  },
  {
    text: 'Arbejdet med den styrkede pædagogiske læreplan i Dagtilbud Charlottenlund. Personalet skal klædes på til at omsætte læreplanen i praksis gennem temadage og vejledning fra den pædagogiske konsulent.',
    expected: 'faglighed',
    lang: 'da',
  },

  // ---- innovation (da) ----
  {
    text: 'Ny legeplads i Vangede – borgerne tegner med. Vi inviterer børn, forældre og naboer til workshops, hvor de selv er med til at forme, hvordan pladsen skal se ud, inden der bestilles noget.',
    expected: 'innovation',
    lang: 'da',
  },
  {
    text: 'Pilotforsøg med skærmbesøg i hjemmeplejen. I tre måneder prøver vi at erstatte nogle af de fysiske besøg med videoopkald og evaluerer undervejs, hvad der virker, og hvad der ikke gør.',
    expected: 'innovation',
    lang: 'da',
  },
  {
    text: 'Indsats mod ensomhed blandt ældre i Ordrup sammen med frivillige. Vi vil udvikle nye mødesteder i samarbejde med Ældre Sagen, kirken og de lokale idrætsforeninger.',
    expected: 'innovation',
    lang: 'da',
  },
  {
    text: 'Aftaler med lokale virksomheder om praktikpladser. Jobcentret vil gå sammen med butikker og håndværkere i Hellerup om at skabe nye veje ind på arbejdsmarkedet for ledige unge.',
    expected: 'innovation',
    lang: 'da',
  },
  {
    text: 'Idéværksted i Teknik og Miljø. Alle medarbejdere skal have mulighed for at komme med forslag til, hvordan vi kan løse opgaverne anderledes – også dem, der sjældent siger noget på personalemøderne.',
    expected: 'innovation',
    lang: 'da',
  },
  {
    text: 'Hvad lærte vi af madordningen i SFO\'en? Forsøget med fælles madordning blev stoppet efter et halvt år; vi tager en åben snak om, hvad der gik galt, og hvad vi gør anderledes, næste gang vi prøver noget nyt.',
    expected: 'innovation',
    lang: 'da',
  },
  {
    text: 'Afprøvning af AI-værktøj til journalnotater. Fem socialrådgivere får lov at teste et værktøj, der skriver udkast til notater, og vi samler deres erfaringer, før vi beslutter, om vi går videre.',
    expected: 'innovation',
    lang: 'da',
  },
  {
    text: 'Ny model for udskrivelse fra hospitalet. Sammen med Herlev og Gentofte Hospital, de pårørende og hjemmeplejen vil vi udvikle en ny måde at tage imod borgere på, når de kommer hjem.',
    expected: 'innovation',
    lang: 'da',
  },
  {
    text: 'Ungepanel på biblioteket. Vi nedsætter et panel af unge fra kommunens gymnasier, som selv finder på og afprøver nye arrangementer for deres jævnaldrende.',
    expected: 'innovation',
    lang: 'da',
  },
  {
    text: 'Udeskole i 4. årgang på Dyssegårdsskolen. Lærerteamet får lov til at eksperimentere med at flytte undervisningen ud i naturen én dag om ugen i foråret og se, hvad det giver.',
    expected: 'innovation',
    lang: 'da',
  },

  // ---- mening (da) ----
  {
    text: 'Opfølgning på APV i børnehaven Solsikken. Arbejdspladsvurderingen viser højt støjniveau og mange, der føler sig slidte; TRIO\'en skal lave en handleplan sammen med personalet.',
    expected: 'mening',
    lang: 'da',
  },
  {
    text: 'Gnidninger mellem to grupper i hjemmeplejen Nord. Der er uenighed om fordelingen af ruter, og det smitter af på stemningen; jeg tager et fælles møde med begge grupper for at få løst konflikten.',
    expected: 'mening',
    lang: 'da',
  },
  {
    text: 'Fælles fortælling efter sammenlægningen af to afdelinger i Social og Sundhed. Medarbejderne skal have et fælles billede af, hvorfor vi er her, og hvad vi arbejder hen imod sammen.',
    expected: 'mening',
    lang: 'da',
  },
  {
    text: 'Trivselsmålingen i Borgerservice. Resultatet viser, at flere føler sig alene med de svære henvendelser; vi tager det op på næste MED-møde og drøfter, hvordan vi støtter hinanden bedre.',
    expected: 'mening',
    lang: 'da',
  },
  {
    text: 'Tryghed i ledelsesteamet. Jeg vil skabe et rum, hvor afdelingslederne tør sige fra og sige højt, når de er usikre, uden at frygte, hvordan det bliver modtaget.',
    expected: 'mening',
    lang: 'da',
  },
  {
    text: 'Forebyggelse af stress blandt socialrådgiverne i Børn og Familie. Sagstallet har været højt i lang tid; vi skal finde tiltag, der tager presset af, før flere bliver sygemeldt.',
    expected: 'mening',
    lang: 'da',
  },
  {
    text: 'Synlig leder ved vagtskiftet. Jeg vil være til stede på plejecentret i Jægersborg ved vagtskiftet to gange om ugen, så også aften- og nattevagterne har en leder, de kender og kan tale med.',
    expected: 'mening',
    lang: 'da',
  },
  {
    text: 'Genopbygning af tilliden i IT-afdelingen efter omstruktureringen. Efter afskedigelserne er der mistillid til ledelsen; jeg holder samtaler med hver enkelt og er ærlig om, hvad der skete og hvorfor.',
    expected: 'mening',
    lang: 'da',
  },
  {
    text: 'God tilbagevenden for en kollega efter længere tids sygdom. Vi skal finde en måde at tage imod hende på, så hun føler sig velkommen, og resten af teamet ved, hvordan de kan bakke op.',
    expected: 'mening',
    lang: 'da',
  },
  {
    text: 'Utryghed ved den nye mødestruktur i dagplejen. Flere dagplejere har givet udtryk for tvivl og bekymring over ændringen; vi tager snakken åbent i personalegruppen, før noget låses fast.',
    expected: 'mening',
    lang: 'da',
  },

  // ---- drift (da) ----
  {
    text: 'Budgetopfølgning for 2. kvartal i Ældre og Sundhed. Vi forventer et merforbrug på vikarer og skal finde, hvor vi kan spare, så vi holder rammen ved årets udgang.',
    expected: 'drift',
    lang: 'da',
  },
  {
    text: 'GDPR-gennemgang af sagsmapper i Børn og Familie. Vi skal sikre, at personfølsomme oplysninger ikke ligger på fællesdrevet, og at slettefristerne bliver overholdt.',
    expected: 'drift',
    lang: 'da',
  },
  {
    text: 'Nye retningslinjer for håndtering af sygefravær. HR har udsendt en revideret politik, og alle ledere i Dagtilbud skal kende den og bruge den ens fra 1. marts.',
    expected: 'drift',
    lang: 'da',
  },
  {
    text: 'Indberetning af magtanvendelse på bostedet. Vi skal sikre, at alle episoder bliver registreret korrekt og indberettet til tiden, så vi lever op til reglerne i serviceloven.',
    expected: 'drift',
    lang: 'da',
  },
  {
    text: 'Energibesparelser på skolerne. Ejendomsafdelingen kortlægger el- og varmeforbruget på alle skoler og lægger en plan for, hvordan vi sænker udgifterne og CO2-udledningen over de næste tre år.',
    expected: 'drift',
    lang: 'da',
  },
  {
    text: 'Ventetid på byggesager. Vi trækker tal fra sagssystemet for at se, hvor sagerne hober sig op, og sætter et mål for sagsbehandlingstiden, som borgerne kan regne med.',
    expected: 'drift',
    lang: 'da',
  },
  {
    text: 'Påbud fra Styrelsen for Patientsikkerhed om medicinhåndtering. Plejecentret har fået påbud efter det seneste tilsyn; procedurerne skal være på plads og dokumenteret inden genbesøget.',
    expected: 'drift',
    lang: 'da',
  },
  {
    text: 'Nyt udbud af vintervedligeholdelse. Kontrakten med den nuværende entreprenør udløber til efteråret, og vi skal have forberedt et udbud, der overholder reglerne og giver en fornuftig pris.',
    expected: 'drift',
    lang: 'da',
  },
  {
    text: 'Overblik over indsatserne for de udsatte unge. Vi skal kortlægge, hvordan skole, SSP, jobcenter og socialforvaltning arbejder med de samme unge, så vi undgår dobbeltarbejde, og ingen falder mellem to stole.',
    expected: 'drift',
    lang: 'da',
  },
  {
    text: 'Beredskabsplan ved IT-nedbrud i hjemmeplejen. Vi skal have en plan klar, før et nedbrud rammer, så medarbejderne stadig kan se borgernes medicinlister og besøgsplaner.',
    expected: 'drift',
    lang: 'da',
  },

  // ---- English ----
  {
    text: 'Upskilling job centre caseworkers in motivational interviewing. Plan a training course so everyone on the team can use the method confidently in their conversations with unemployed citizens by spring.',
    expected: 'faglighed',
    lang: 'en',
  },
  {
    text: 'Keeping our experienced teachers at Tjørnegårdsskolen. Several senior teachers are thinking of leaving; find out what would make them stay and how we pass their know-how on to newer colleagues.',
    expected: 'faglighed',
    lang: 'en',
  },
  {
    text: 'Co-design workshops for the new harbour path in Charlottenlund. Invite residents, the sailing club and other local associations to help shape the route before anything is drawn up.',
    expected: 'innovation',
    lang: 'en',
  },
  {
    text: 'Pilot: late opening with pop-up events at Hellerup library. Try out three different evening formats this autumn, see how people respond, and keep only what works.',
    expected: 'innovation',
    lang: 'en',
  },
  {
    text: 'Follow-up on the workplace assessment in the care home kitchen. Staff describe a tense atmosphere and feel worn down; the TRIO will sit down with the team and agree on next steps.',
    expected: 'mening',
    lang: 'en',
  },
  {
    text: 'Rebuilding trust in the finance team after a tough reorganisation. Hold one-to-one conversations with everyone and be visible on the floor in the coming months.',
    expected: 'mening',
    lang: 'en',
  },
  {
    text: 'Mid-year budget review for Roads and Parks. Salt and snow clearance costs are well over budget, and we need a plan to bring spending back in line before year end.',
    expected: 'drift',
    lang: 'en',
  },
  {
    text: 'Make sure payroll follows the new collective agreement. HR must check that supplements for all eldercare staff are calculated correctly from 1 April.',
    expected: 'drift',
    lang: 'en',
  },
  // ---- written later: more English, more Danish, and tasks that call for two areas ----
  {
    text: 'Set up a mentoring programme for newly qualified social workers in Children and Families, so that each has an experienced colleague to turn to during the first year and their casework skills grow quickly.',
    expected: 'faglighed',
    lang: 'en',
  },
  {
    text: 'Plan the annual development talks in the library service and agree a training budget per person, so that staff keep their professional skills up to date with digital services.',
    expected: 'faglighed',
    lang: 'en',
  },
  {
    text: 'Hand over more decisions to the team leaders at the swimming baths: they should be able to plan rotas and approve small purchases without asking the manager first.',
    expected: 'faglighed',
    lang: 'en',
  },
  {
    text: 'Recruit two occupational therapists for the rehabilitation team. Write the job advert, sit on the interview panel and plan a good induction for the people we hire.',
    expected: 'faglighed',
    lang: 'en',
  },
  {
    text: 'Raise the quality of written case records in adult social care: agree what good documentation looks like and give caseworkers feedback and coaching on their notes.',
    expected: 'faglighed',
    lang: 'en',
  },
  {
    text: 'Keep our experienced nurses: look at why three left the home care team this year and what would make the others stay, including career paths and specialist roles.',
    expected: 'faglighed',
    lang: 'en',
  },
  {
    text: 'Try out a new way of booking meeting rooms at the town hall with a small pilot group, learn from what goes wrong and decide after three months whether to roll it out.',
    expected: 'innovation',
    lang: 'en',
  },
  {
    text: 'Invite residents, local businesses and the sports clubs to a workshop on how the old railway area could be used, and gather their ideas before the council decides.',
    expected: 'innovation',
    lang: 'en',
  },
  {
    text: 'Work with the university on a trial of sensors in care homes that warn staff when a resident falls, testing it on one ward first.',
    expected: 'innovation',
    lang: 'en',
  },
  {
    text: 'Hold an ideas day for the whole Technical department where anyone can pitch a better way of working, and give the three best ideas time and money to be tested.',
    expected: 'innovation',
    lang: 'en',
  },
  {
    text: 'Partner with volunteers and the local church to start a homework café for pupils who get little help at home, and see what works before we make it permanent.',
    expected: 'innovation',
    lang: 'en',
  },
  {
    text: 'Explore whether a chatbot could answer the most common questions about waste collection, building a prototype together with the citizens who call us most.',
    expected: 'innovation',
    lang: 'en',
  },
  {
    text: 'After the merger of the two day-care centres, staff feel they have lost their identity. Spend time with each team, talk about what we stand for together and why the change matters.',
    expected: 'mening',
    lang: 'en',
  },
  {
    text: 'The school\'s working environment survey shows that many teachers feel stressed and alone with difficult classes. With the union rep and the safety rep, agree what we will do about it.',
    expected: 'mening',
    lang: 'en',
  },
  {
    text: 'Create a shared sense of purpose in the new cross-departmental climate team, so that everyone understands what we are trying to achieve for the people of Gentofte.',
    expected: 'mening',
    lang: 'en',
  },
  {
    text: 'Handle a conflict between two groups of staff in the cleaning service that has gone on for months; listen to both sides and help them find a way to work together again.',
    expected: 'mening',
    lang: 'en',
  },
  {
    text: 'Be more present as a manager in the evening shift at the care home: staff say they rarely see management and do not feel heard.',
    expected: 'mening',
    lang: 'en',
  },
  {
    text: 'Prepare the team for a difficult message about closing one of our youth clubs, and make room for their worries and questions.',
    expected: 'mening',
    lang: 'en',
  },
  {
    text: 'Bring the home care budget back in balance: we are forecasting an overspend of 3 million kroner and need savings without breaking the service levels we have promised.',
    expected: 'drift',
    lang: 'en',
  },
  {
    text: 'Make sure the new data protection rules are followed in the Citizen Service centre: check how we store personal data and train staff in the procedures.',
    expected: 'drift',
    lang: 'en',
  },
  {
    text: 'Get the monthly financial reports in order so that every department head can see spending against budget and act early.',
    expected: 'drift',
    lang: 'en',
  },
  {
    text: 'Review the procurement of school meals so that the contract complies with the tender rules and we get better value for the same money.',
    expected: 'drift',
    lang: 'en',
  },
  {
    text: 'Answer the complaints from residents about missed bin collections: find out where the process breaks down and put a fix in place with the contractor.',
    expected: 'drift',
    lang: 'en',
  },
  {
    text: 'Prepare for the annual audit of the Social Services department: collect the documentation, check that decisions follow the law and close the issues raised last year.',
    expected: 'drift',
    lang: 'en',
  },
  {
    text: 'Introduktionsforløb for nye social- og sundhedsassistenter på Nymosehus, så de hurtigt bliver trygge i de sygeplejefaglige opgaver og kender deres kolleger.',
    expected: 'faglighed',
    lang: 'da',
  },
  {
    text: 'Efteruddannelse i læsevejledning for dansklærerne på Tjørnegårdsskolen, så vi får to læsevejledere, der kan hjælpe kollegerne med de svage læsere.',
    expected: 'faglighed',
    lang: 'da',
  },
  {
    text: 'Giv afdelingslederne i Ejendomme mere frihed til selv at prioritere vedligeholdelsesopgaverne inden for rammen, og gør ansvarsfordelingen klar.',
    expected: 'faglighed',
    lang: 'da',
  },
  {
    text: 'Rekruttering og fastholdelse af pædagoger i dagtilbuddene i Hellerup, hvor vi har mange ubesatte stillinger og for mange vikarer.',
    expected: 'faglighed',
    lang: 'da',
  },
  {
    text: 'Forsøg med selvbetjent udlån om aftenen på Hovedbiblioteket: vi afprøver det i et halvt år, evaluerer undervejs og justerer ud fra brugernes erfaringer.',
    expected: 'innovation',
    lang: 'da',
  },
  {
    text: 'Samskabelse med boligforeningen og foreningslivet om et nyt aktivitetshus i Kildegårdsparken, hvor beboerne selv er med til at forme tilbuddet.',
    expected: 'innovation',
    lang: 'da',
  },
  {
    text: 'Idéværksted for medarbejderne i Borgerservice om, hvordan vi kan gøre det lettere for ældre borgere at bruge de digitale løsninger.',
    expected: 'innovation',
    lang: 'da',
  },
  {
    text: 'Afprøvning af skærmbesøg i hjemmeplejen hos borgere, der selv ønsker det, i samarbejde med pårørende og en privat leverandør.',
    expected: 'innovation',
    lang: 'da',
  },
  {
    text: 'Trivselsindsats i Skadestuen efter en periode med højt sygefravær og flere opsigelser; sammen med TRIO skal vi finde ud af, hvad der tynger.',
    expected: 'mening',
    lang: 'da',
  },
  {
    text: 'Fælles retning for den nye afdeling for Klima og Miljø, så alle ved, hvad vi arbejder hen imod, og hvorfor det betyder noget for borgerne.',
    expected: 'mening',
    lang: 'da',
  },
  {
    text: 'Konflikt mellem to faggrupper på bostedet, som påvirker stemningen og samarbejdet; lederen skal tage samtalerne og genopbygge tilliden.',
    expected: 'mening',
    lang: 'da',
  },
  {
    text: 'Tydelig og nærværende ledelse i aftenvagten på plejecentret, hvor medarbejderne savner at blive set og hørt.',
    expected: 'mening',
    lang: 'da',
  },
  {
    text: 'Budgetopfølgning i Social og Sundhed: vi forventer et merforbrug på plejeboligerne og skal have en handleplan, der bringer økonomien i balance.',
    expected: 'drift',
    lang: 'da',
  },
  {
    text: 'Sikre at sagsbehandlingsfristerne på byggesager overholdes, og at afgørelserne lever op til lovgivningen, efter kritik fra Ankestyrelsen.',
    expected: 'drift',
    lang: 'da',
  },
  {
    text: 'Ny procedure for indberetning af magtanvendelse på botilbuddene, så vi følger reglerne og kan dokumentere hver sag korrekt.',
    expected: 'drift',
    lang: 'da',
  },
  {
    text: 'Udbud af rengøring på kommunens skoler: kravspecifikation, tidsplan og kontrol af, at leverandøren lever op til kontrakten.',
    expected: 'drift',
    lang: 'da',
  },
  {
    text: 'Vi skal spare 2 mio. kr. på vikarudgifterne i dagtilbuddene og samtidig passe på medarbejdernes trivsel, som allerede er presset.',
    expected: ['drift', 'mening'],
    lang: 'da',
  },
  {
    text: 'Omlægning af hjemmeplejens ruter med et nyt planlægningssystem, som vi afprøver i ét distrikt, mens vi holder øje med, at økonomien og kvaliteten holder.',
    expected: ['innovation', 'drift'],
    lang: 'da',
  },
  {
    text: 'Kompetenceudvikling af lærerne i at undervise i teknologiforståelse, hvor vi også prøver nye undervisningsformer af sammen med eleverne.',
    expected: ['faglighed', 'innovation'],
    lang: 'da',
  },
  {
    text: 'Sammenlægning af to ældreområder til ét: én fælles ledelse, nye roller til lederne og en fælles kultur, som medarbejderne kan se sig selv i.',
    expected: ['mening', 'faglighed'],
    lang: 'da',
  },
  {
    text: 'Nye retningslinjer for hjemmearbejde i administrationen, der både skal overholde reglerne for arbejdsmiljø og give medarbejderne tillid og fleksibilitet.',
    expected: ['drift', 'mening'],
    lang: 'da',
  },
  {
    text: 'Et nyt tilbud til unge ledige udviklet sammen med virksomhederne, hvor jobkonsulenterne også skal lære at arbejde på en ny måde.',
    expected: ['innovation', 'faglighed'],
    lang: 'da',
  },
  {
    text: 'Cut the cost of agency staff in the children\'s homes while keeping staff morale up after a hard winter of sickness absence.',
    expected: ['drift', 'mening'],
    lang: 'en',
  },
  {
    text: 'Pilot a new digital case system in Jobcentre, train caseworkers to use it well and decide after the trial whether to keep it.',
    expected: ['innovation', 'faglighed'],
    lang: 'en',
  },
  {
    text: 'Restructure the finance team after two people retire: new roles, clear responsibilities and a budget process that meets the council\'s deadlines.',
    expected: ['faglighed', 'drift'],
    lang: 'en',
  },
  {
    text: 'Build trust with parents and staff after a difficult inspection report, and at the same time make sure the nursery now follows every safety rule.',
    expected: ['mening', 'drift'],
    lang: 'en',
  },
  {
    text: 'Co-create a new youth strategy with young people and the clubs, giving the youth workers room to lead the process themselves.',
    expected: ['innovation', 'faglighed'],
    lang: 'en',
  },
  {
    text: 'Give the team a shared direction for the new neighbourhood project and involve residents in shaping it from the start.',
    expected: ['mening', 'innovation'],
    lang: 'en',
  },
];
