/** Written blind to the suggester's word lists, to measure how it does on text it was not tuned for. Do not tune the lists against this file. */
export const BLIND_SET: ReadonlyArray<{ text: string; expected: 'faglighed' | 'innovation' | 'mening' | 'drift'; lang: 'da' | 'en' }> = [
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
];
