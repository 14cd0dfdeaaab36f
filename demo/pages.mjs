// What the documentation site is made of, page by page, in Danish and English: each element's name, a line for the
// index, its introduction and its live example (the markup a reader can paste), and the words the pages share.
// scripts/site.mjs turns this and the elements' manifest (custom-elements.json) into the site `npm start` serves.
// Danish first; every language has the same keys. Texts may hold inline HTML (<code>, <a>).

/** The folder the snippets load from: copied into the same folder as the page (it is the folder in ledelsesgrundlag.zip). */
export const FOLDER = 'ledelsesgrundlag';

export const words = {
  da: {
    siteTitle: 'Fælles ledelsesgrundlag – komponenter',
    siteIntro:
      'Gentofte Kommunes fælles ledelsesgrundlag som elementer, du kan sætte ind på en hvilken som helst side med ét script-tag. Alt kører i browseren, uden server og uden sporing.',
    skip: 'Spring til indhold',
    nav: 'Sider',
    home: 'Forside',
    gettingStarted: 'Kom i gang',
    elements: 'Elementer',
    otherLanguage: 'English',
    otherLanguageLabel: 'Read this page in English (an unofficial translation)',
    example: 'Eksempel',
    snippet: 'Sådan sætter du det ind på en side',
    snippetNote: (zip) =>
      `Hent <a href="${zip}">mappen som zip</a>, pak den ud, og læg mappen <code>${FOLDER}</code> lige ved siden af siden. Så virker stykket, som det står. Ligger mappen et andet sted, så ret stien i <code>src</code>.`,
    snippetComment: `Læg mappen ${FOLDER} (fra ${FOLDER}.zip) lige ved siden af denne side, eller ret stien`,
    copy: 'Kopiér',
    copied: 'Kopieret til udklipsholderen.',
    copyFailed: 'Kunne ikke kopiere. Markér teksten, og kopiér den selv.',
    reference: 'Reference',
    referenceNote: 'Fra elementernes manifest, <code>custom-elements.json</code>. Beskrivelserne er på engelsk, som i koden.',
    attributes: 'Attributter',
    attribute: 'Attribut (egenskab)',
    typeDefault: 'Type og standard',
    description: 'Beskrivelse',
    properties: 'Egenskaber og metoder',
    name: 'Navn',
    readOnly: '(kun læse)',
    events: 'Hændelser',
    event: 'Hændelse',
    parts: 'Dele (<code>::part()</code>)',
    part: 'Del',
    cssProperties: 'CSS-variabler',
    cssProperty: 'Variabel',
    footer: 'Ingen data forlader browseren. Siden henter intet fra andre servere.',
    readOn: 'Læs videre',
    docs: 'Dokumentationen i projektets mappe <code>docs/</code>, en side pr. læser:',
    docPages: {
      'editors.md': 'redaktører: script-tag, CMS-opskrifter, temaer, sprog',
      'elements.md': 'hvad hvert element viser og gør',
      'sharepoint.md': 'SharePoint-administratorer: web part-pakken',
      'extension.md': 'browserudvidelsen og IT: udrulning, politikker, tilladelser',
      'privacy.md': 'privatliv, og hvad der gemmes hvor',
      'file-formats.md': 'filformater: sikkerhedskopi, krypteret fil, rundens koder',
      'performance.md': 'ydeevne: målinger mod mål',
      'architecture.md': 'arkitektur: opbygning, lag, nye elementer',
      'accessibility.md': 'tilgængelighed og tilgængelighedserklæringer',
    },
    // getting started
    startIntro: 'Fra en tom side til ledelsesgrundlaget på jeres intranet i fire trin. Intet hentes fra andre servere: alt, hvad siden skal bruge, ligger i én mappe.',
    step1: 'Hent mappen',
    step1Text: (zip, size) =>
      `<a href="${zip}" download>Hent ${FOLDER}.zip</a> (${size}). Den er bygget af projektet (<code>npm run build</code> lægger den i <code>site/</code>) og rummer mappen <code>${FOLDER}</code>: indlæseren og et stykke kode pr. element.`,
    step2: 'Læg mappen ved siden af siden',
    step2Text: `Pak zip-filen ud, og læg mappen <code>${FOLDER}</code> på intranettet, lige ved siden af den side, elementerne skal stå på (eller et fast sted, fx <code>/assets/${FOLDER}/</code>, og ret så stien). Filerne finder hinanden med relative adresser, så mappen kan ligge hvor som helst.`,
    step3: 'Sæt scriptet og et element ind',
    step3Text: 'Scriptet skal stå én gang pr. side; elementerne så mange gange, I vil. Hvert element har sin egen side her med et eksempel og stykket til at kopiere.',
    step4: 'Undgå, at siden hopper',
    step4Text: 'Indtil et elements kode er hentet, kender browseren ikke dets højde. Sæt dette i sidens egen CSS:',
    theming: 'Farver og skrift',
    themingText:
      'Elementerne tager skrift, størrelse, hjørner og farver fra CSS-variabler (<code>--lg-*</code>), som siden sætter på elementet eller et element omkring det; hvert elements variabler står i dets reference. Her med en anden skrift, større tekst, kantede hjørner og egne farver, i lyst og mørkt. Hold kontrasten: mindst 4,5:1 for tekst.',
    themingCss: 'CSS’en til eksemplet',
    language: 'Sprog',
    languageText:
      'Elementerne er på dansk, originalen. <code>lang="en"</code> på elementet eller et element omkring det (fx <code>&lt;html lang="en"&gt;</code>) viser den uofficielle engelske oversættelse, som siger, at den er en oversættelse.',
    npm: 'Med npm og React',
    sharepoint: 'SharePoint og andre systemer',
    sharepointText:
      'En moderne SharePoint-side kører ikke scripts fra sidens indhold: dér kommer elementerne som en web part-pakke (<code>.sppkg</code>), se <code>docs/sharepoint.md</code>. Opskrifter til Umbraco, Drupal og en statisk side står i <code>docs/editors.md</code>.',
  },
  en: {
    siteTitle: 'Common leadership framework – components',
    siteIntro:
      'Gentofte Municipality’s common leadership framework as elements you can put on any page with one script tag. Everything runs in the browser, with no server and no tracking.',
    skip: 'Skip to content',
    nav: 'Pages',
    home: 'Home',
    gettingStarted: 'Getting started',
    elements: 'Elements',
    otherLanguage: 'Dansk',
    otherLanguageLabel: 'Læs siden på dansk (originalen)',
    example: 'Example',
    snippet: 'How to put it on a page',
    snippetNote: (zip) =>
      `Download <a href="${zip}">the folder as a zip</a>, unpack it, and put the folder <code>${FOLDER}</code> in the same folder as the page. The snippet then works as it is. If the folder lives elsewhere, change the path in <code>src</code>.`,
    snippetComment: `Put the folder ${FOLDER} (from ${FOLDER}.zip) in the same folder as this page, or change the path`,
    copy: 'Copy',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy. Select the text and copy it yourself.',
    reference: 'Reference',
    referenceNote: 'From the elements’ manifest, <code>custom-elements.json</code>.',
    attributes: 'Attributes',
    attribute: 'Attribute (property)',
    typeDefault: 'Type and default',
    description: 'Description',
    properties: 'Properties and methods',
    name: 'Name',
    readOnly: '(read-only)',
    events: 'Events',
    event: 'Event',
    parts: 'Parts (<code>::part()</code>)',
    part: 'Part',
    cssProperties: 'CSS custom properties',
    cssProperty: 'Property',
    footer: 'No data leaves the browser. This page loads nothing from other servers.',
    readOn: 'Read on',
    docs: 'The documentation in the project’s <code>docs/</code> folder, a page per reader:',
    docPages: {
      'editors.md': 'editors: the script tag, CMS recipes, theming, language',
      'elements.md': 'what each element shows and does',
      'sharepoint.md': 'SharePoint administrators: the web part package',
      'extension.md': 'the browser extension and IT: deployment, policies, permissions',
      'privacy.md': 'privacy, and what is stored where',
      'file-formats.md': 'file formats: the backup, the encrypted file, the round’s codes',
      'performance.md': 'performance: figures against targets',
      'architecture.md': 'architecture: layout, layers, adding an element',
      'accessibility.md': 'accessibility and the accessibility statements',
    },
    startIntro: 'From an empty page to the framework on your intranet in four steps. Nothing is loaded from other servers: everything the page needs is in one folder.',
    step1: 'Download the folder',
    step1Text: (zip, size) =>
      `<a href="${zip}" download>Download ${FOLDER}.zip</a> (${size}). The project builds it (<code>npm run build</code> puts it in <code>site/</code>); it holds the folder <code>${FOLDER}</code>: the loader and a piece of code per element.`,
    step2: 'Put the folder beside the page',
    step2Text: `Unpack the zip and put the folder <code>${FOLDER}</code> on the intranet, in the same folder as the page the elements go on (or in a fixed place such as <code>/assets/${FOLDER}/</code>, and change the path). Its files find each other by relative URLs, so the folder can live anywhere.`,
    step3: 'Add the script and an element',
    step3Text: 'The script goes on a page once; the elements as often as you like. Each element has a page of its own here, with an example and the snippet to copy.',
    step4: 'Keep the page from jumping',
    step4Text: 'Until an element’s code has loaded, the browser does not know its height. Put this in the page’s own CSS:',
    theming: 'Colours and fonts',
    themingText:
      'The elements take their font, size, corners and colours from CSS custom properties (<code>--lg-*</code>), which the page sets on the element or one around it; each element’s properties are listed in its reference. Here with another font, larger text, square corners and colours of its own, in light and dark. Keep the contrast: at least 4.5:1 for text.',
    themingCss: 'The example’s CSS',
    language: 'Language',
    languageText:
      'The elements are in Danish, the original. <code>lang="en"</code> on the element or one around it (such as <code>&lt;html lang="en"&gt;</code>) shows the unofficial English translation, which says that it is one.',
    npm: 'With npm and React',
    sharepoint: 'SharePoint and other systems',
    sharepointText:
      'A modern SharePoint page runs no scripts from page content: there the elements come as a web part package (<code>.sppkg</code>), see <code>docs/sharepoint.md</code>. Recipes for Umbraco, Drupal and a static site are in <code>docs/editors.md</code>.',
  },
};

/** The CSS that keeps a page from jumping while the elements load (docs/editors.md has the same, tested). */
export const NOT_DEFINED_CSS = `lg-focus-areas:not(:defined), lg-framework:not(:defined), lg-task-picker:not(:defined),
lg-reflection-journal:not(:defined), lg-dialogue:not(:defined), lg-round:not(:defined), lg-meeting:not(:defined) { display: block; min-height: 24rem; }
lg-focus-area-card:not(:defined), lg-reflection:not(:defined) { display: block; min-height: 12rem; }
lg-search:not(:defined) { display: block; min-height: 5.5rem; }`;

export const THEMING_CSS = `.themed {
  --lg-font-family: Georgia, 'Times New Roman', serif;
  --lg-font-size: 1.125rem;
  --lg-radius: 0;
  --lg-color-focus: light-dark(#00546e, #7fd0e6);
  --lg-color-surface: light-dark(#eef5f7, #1d2a2e);
  --lg-color-mening: light-dark(#7a1f5c, #f0b3dc);
}`;

export const NPM_SNIPPET = `import '@gentofte/ledelsesgrundlag/define';   // registers every lg-* element
import { getFramework } from '@gentofte/ledelsesgrundlag/content';   // the framework as typed data`;

export const REACT_SNIPPET = `import { FocusAreas } from '@gentofte/ledelsesgrundlag/react/focus-areas';   // each registers its own tag
import { TaskPicker } from '@gentofte/ledelsesgrundlag/react/task-picker';

const [value, setValue] = useState('drift=3');

<FocusAreas />
<TaskPicker name="fokus" value={value} onChange={(e) => setValue(e.currentTarget.value)} />`;

const areaOptions = ['faglighed', 'innovation', 'mening', 'drift'];
const levelOptions = ['enkelte-leder', 'ledergruppe', 'arbejdsfaellesskaber', 'overordnet-leder'];

/**
 * The element pages, in the order of the index. `example` is the live element (the snippet is made from it);
 * `controls` are selects beside it that change its attributes (the snippet follows them).
 */
export const elements = [
  {
    tag: 'lg-focus-areas',
    name: { da: 'De fire fokusområder', en: 'The four focus areas' },
    intro: {
      da: 'De fire fokusområder i rammens egen 2×2-opstilling med hjertet i midten. Bliver til én kolonne i smalle spalter.',
      en: 'The four focus areas in the framework’s own 2×2 arrangement with the heart in the middle. Becomes one column in narrow columns.',
    },
    example: '<lg-focus-areas heading-level="3"></lg-focus-areas>',
  },
  {
    tag: 'lg-focus-area-card',
    name: { da: 'Ét fokusområde', en: 'One focus area' },
    intro: {
      da: 'Ét fokusområde. <code>variant="compact"</code> viser titel og de tre punkter; <code>variant="full"</code> viser alt, også lederrollen.',
      en: 'One focus area. <code>variant="compact"</code> shows the title and the three points; <code>variant="full"</code> shows everything, including the leader’s role.',
    },
    example: '<lg-focus-area-card area="drift" heading-level="3"></lg-focus-area-card>',
    controls: [
      { attribute: 'area', label: { da: 'Fokusområde', en: 'Focus area' }, options: areaOptions, value: 'drift' },
      { attribute: 'variant', label: { da: 'Variant', en: 'Variant' }, options: ['compact', 'full'], value: 'compact' },
    ],
  },
  {
    tag: 'lg-reflection',
    name: { da: 'Refleksionsspørgsmålene', en: 'The reflection questions' },
    intro: {
      da: 'Refleksionsspørgsmålene for ét niveau, eller for alle niveauer, når <code>level</code> udelades.',
      en: 'The reflection questions for one level, or for every level when <code>level</code> is left out.',
    },
    example: '<lg-reflection level="ledergruppe" heading-level="3"></lg-reflection>',
    controls: [{ attribute: 'level', label: { da: 'Niveau', en: 'Level' }, options: ['', ...levelOptions], value: 'ledergruppe', none: { da: '(alle)', en: '(all)' } }],
  },
  {
    tag: 'lg-search',
    name: { da: 'Søgning', en: 'Search' },
    intro: {
      da: 'Find en formulering i hele ledelsesgrundlaget, også uden æ, ø og å (»arbejdsmiljo«). Et resultat er et link til stedet på siden med hele ledelsesgrundlaget (<code>href</code>), hvor formuleringen er markeret. Uden søgning vises indholdet af elementet (her de fire fokusområder).',
      en: 'Find a phrase anywhere in the framework, even without æ, ø and å (“arbejdsmiljo”). A result links to its place on the page with the whole framework (<code>href</code>), with the phrase marked. With no query, the element shows its content (here the four focus areas).',
    },
    example: '<lg-search href="lg-framework.html"><lg-focus-areas variant="compact" heading-level="3"></lg-focus-areas></lg-search>',
  },
  {
    tag: 'lg-task-picker',
    name: { da: 'Opgavevælgeren', en: 'The task picker' },
    intro: {
      da: 'Hvilke af de fire fokusområder kalder opgaven i særlig grad på? Skriv opgaven, vægt de fire områder, og se balancen i hjertet. Gemte opgaver bliver i din browser. I en formular (fx en projektskabelon) sendes vægtene med <code>name</code>; <code>required</code> kræver mindst ét fokusområde; <code>no-storage</code> gemmer intet.',
      en: 'Which of the four focus areas does the task particularly call for? Write the task, weigh the four areas and see the balance in the heart. Saved tasks stay in your browser. In a form (a project template, say) <code>name</code> submits the weights; <code>required</code> asks for at least one focus area; <code>no-storage</code> keeps nothing.',
    },
    example: '<lg-task-picker url-state heading-level="3"></lg-task-picker>',
  },
  {
    tag: 'lg-reflection-journal',
    name: { da: 'Min refleksion', en: 'My reflection' },
    intro: {
      da: 'Hvor står jeg i hvert fokusområde, hvad er mine styrker, hvor skal jeg udvikle mig? Dateret, med historik, og med et ark til samtalen med din egen leder. Notaterne bliver i denne browser, indtil du selv eksporterer dem.',
      en: 'Where do I stand in each focus area, what are my strengths, where do I need to develop? Dated, with a history, and with a sheet for the conversation with your own leader. The notes stay in this browser until you export them yourself.',
    },
    example: '<lg-reflection-journal heading-level="3"></lg-reflection-journal>',
  },
  {
    tag: 'lg-dialogue',
    name: { da: 'Vores samtale', en: 'Our conversation' },
    intro: {
      da: 'Ét refleksionsspørgsmål ad gangen på skærmen, stort nok til at læse på tværs af et mødelokale. Piletasterne bladrer, T viser teksten fra ledelsesgrundlaget, og spørgsmålene kan udskrives som dialogkort.',
      en: 'One reflection question at a time on the screen, large enough to read across a meeting room. The arrow keys move on, T shows the framework’s text, and the questions print as dialogue cards.',
    },
    example: '<lg-dialogue level="ledergruppe" heading-level="3"></lg-dialogue>',
  },
  {
    tag: 'lg-round',
    name: { da: 'Gruppens billede', en: 'The group’s picture' },
    intro: {
      da: 'Hver deltager svarer for sig selv på sin egen enhed og får en kort svarkode; mødeskærmen samler koderne og viser billedet, når mindst tre har svaret. Ingen server, ingen navne. Åbn rundens link i en anden fane for at prøve deltagerens side.',
      en: 'Each participant answers privately on their own device and gets a short answer code; the meeting screen collects the codes and shows the picture once at least three have answered. No server, no names. Open the round’s link in another tab to try the participant’s side.',
    },
    example: '<lg-round heading-level="3"></lg-round>',
  },
  {
    tag: 'lg-meeting',
    name: { da: 'Teamets møde', en: 'The team’s meeting' },
    intro: {
      da: 'Et helt møde på rammens trin: drejebogen, sidste gangs aftaler, en runde, gruppens billede, samtalen, nye aftaler og referatet. Teamets udvikling over tid. Alt i teamets egen fil, som flettes uden tab, når to har haft den.',
      en: 'A whole meeting on the framework’s steps: the plan, last time’s agreements, a round, the group’s picture, the conversation, new agreements and the minutes. The team over time. Everything in the team’s own file, which merges without loss when two people have had it.',
    },
    example: '<lg-meeting heading-level="3"></lg-meeting>',
  },
  {
    tag: 'lg-framework',
    name: { da: 'Hele ledelsesgrundlaget', en: 'The whole framework' },
    intro: {
      da: 'Hele ledelsesgrundlaget som ét dokument med indholdsfortegnelse. Dybe links virker: <a href="#drift"><code>#drift</code></a> går til fokusområdet.',
      en: 'The whole framework as one document with a table of contents. Deep links work: <a href="#drift"><code>#drift</code></a> goes to the focus area.',
    },
    example: '<lg-framework></lg-framework>',
    // a document longer than any screen: shown in a box of its own, so the snippet and the reference stay near
    tall: true,
  },
];
