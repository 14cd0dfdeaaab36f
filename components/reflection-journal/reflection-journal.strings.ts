import { SCALE_WORDS } from '../shared/scale-words';
import type { ChartPeriod, JournalLabels } from '../../content/journal';
import type { Language } from '../../content/model';
import type { StoreProblem } from '../shared/database';
import type { LockProblem } from './journal-store';
import type { Persistence } from '../shared/controllers/persistence';
import { defineStrings } from '../shared/localize';
import { UI } from '../shared/strings';
import { FILE_ISSUES } from '../shared/file-issues';
import { counted } from '../../content/format';

const daN = counted('da');
const enN = counted('en');


const da = {
  title: 'Min refleksion',
  privacy:
    'Dine notater gemmes i denne browser og sendes ingen steder hen – heller ikke til kommunen. Men på en intranetside kan andre scripts på samme websted læse dem: brug browserudvidelsen til private notater, og eksportér en kopi, hvis du vil gemme dem andetsteds.',
  privacyLocked:
    'Dine notater er krypteret med din adgangskode i denne browser og sendes ingen steder hen. Uden adgangskoden kan ingen læse dem – heller ikke andre scripts på siden. Mens dagbogen er låst op, kan et script på siden dog læse det, der står på skærmen, så lås igen, når du er færdig.',
  privacyExtension:
    'Dine notater gemmes i denne browser, i udvidelsen, og kun udvidelsen kan læse dem. Intet sendes nogen steder hen. Eksportér en kopi, hvis du vil gemme dem andetsteds.',
  loading: 'Henter dine notater …',
  problem: {
    unavailable:
      'Denne browser lader ikke værktøjet gemme noget. Dine notater forsvinder, når du lukker siden – eksportér dem, før du går.',
    blocked:
      'En anden fane har en ældre udgave af værktøjet åben, så notaterne kan ikke gemmes lige nu. Luk den anden fane, og genindlæs siden. Indtil da gemmes de kun i denne fane.',
    outdated:
      'Værktøjet er blevet opdateret i en anden fane. Genindlæs siden for at gemme igen. Det, du har skrevet, står her stadig; indtil du genindlæser, gemmes nye notater kun i denne fane.',
    quota:
      'Der er ikke plads i browserens lager, så notatet blev ikke gemt. Din tekst er ikke gået tabt: den står stadig i formularen. Gør plads (fx ved at eksportere og slette gamle notater), og gem igen.',
    error: 'Notaterne kunne ikke gemmes i browseren. De gemmes kun i denne fane, indtil du lukker den.',
  } satisfies Record<StoreProblem, string>,

  // writing
  newEntry: 'Nyt notat',
  editEntry: (date: string) => `Redigér notatet fra ${date}`,
  draftLocal: 'Det, du skriver, gemmes løbende som kladde i denne browser, indtil du gemmer notatet.',
  draftMemory:
    'Kladden kan ikke gemmes i browseren (lokalt lager er ikke tilgængeligt). Gem notatet, før du genindlæser siden.',
  draftLocked: 'Dagbogen er låst, så kladden gemmes kun i denne fane. Gem notatet, før du lukker siden.',
  draftRestored: 'Din kladde fra sidst er hentet frem.',
  draftElsewhere:
    'Kladden er lige blevet ændret i en anden fane. Det, du har skrevet her, er ikke ændret. Vælg, hvilken tekst der skal være kladden; den anden fane beholder sin tekst på skærmen, til du også vælger der.',
  useOtherDraft: 'Brug teksten fra den anden fane',
  keepMyDraft: 'Behold min tekst',
  discardDraft: 'Kassér kladden',
  draftDiscarded: 'Kladden er kasseret.',
  whereNow: 'Hvor er jeg nu?',
  levels: SCALE_WORDS.da.levels,
  notAssessed: 'Ikke vurderet',
  levelText: (word: string, step: number, steps: number) => `${word} (${step} af ${steps})`,
  levelBefore: (word: string, date: string) => `(før: ${word}, ${date})`,
  changes: {
    up: (area: string, from: string, to: string) => `${area}: ${from} → ${to}`,
    down: (area: string, from: string, to: string) => `${area}: ${from} → ${to}`,
    new: (area: string, _from: string, to: string) => `${area}: ${to} (første vurdering)`,
  },
  noChange: 'ingen ændring i trinene',
  dateLabel: 'Dato for notatet',
  futureDate: 'Datoen kan ikke ligge i fremtiden. Vælg dagens dato eller en dag før.',
  talkHeading: 'Til samtalen med din leder',
  save: 'Gem notatet',
  saveChanges: 'Gem ændringerne',
  cancelEdit: 'Annullér redigering',
  saved: (date: string) => `Notatet fra ${date} er gemt.`,
  persistence: {
    granted: 'Dine notater er gemt her i browseren, og den har lovet at beholde dem, også hvis den kommer til at mangle plads.',
    denied:
      'Dine notater er gemt her i browseren. En browser, der mangler plads, kan rydde det, den har gemt, så eksportér en kopi en gang imellem – så har du altid dine notater.',
  } satisfies Record<Persistence, string>,
  reminder: {
    changes: (n: number) => `Du har gemt ${daN(n, 'ændring', 'ændringer')}, siden du sidst eksporterede dine notater. En kopi i en fil er din sikkerhed, hvis browseren sletter sine data.`,
    days: 'Du har ændringer fra over en måned siden, som ikke er eksporteret. En kopi i en fil er din sikkerhed, hvis browseren sletter sine data.',
  },
  exportNow: 'Eksportér nu',
  notNow: 'Ikke nu',
  savedMemory: (date: string) => `Notatet fra ${date} er kun gemt i denne fane. Teksten er bevaret som kladde.`,
  nothingToSave: 'Vælg et trin eller skriv noget, før du gemmer.',
  finishDraftFirst: 'Gem eller kassér først det notat, du er i gang med.',
  savedElsewhere: (date: string) => `Notatet fra ${date} er gemt i en anden fane, siden du begyndte på det her. Intet er gemt endnu.`,
  conflictQuestion: 'Hvilken udgave skal gælde? Her er forskellene.',
  mine: 'Min udgave (denne fane)',
  theirs: 'Den anden fanes udgave',
  sameText: 'Teksten er den samme i begge.',
  keepMine: 'Gem min udgave',
  takeTheirs: 'Brug den anden fanes udgave',
  tookTheirs: 'Formularen viser nu den anden fanes udgave. Intet er gemt.',

  // history
  history: 'Historik',
  noEntries: 'Der er endnu ingen notater.',
  overTime: 'Hvor er jeg nu? – over tid',
  chartLabel: (area: string, points: string) => `${area}: ${points}`,
  chartLabelEvery: (area: string, period: string, points: string) => `${area}, det seneste notat i hver ${period}: ${points}`,
  period: { month: 'måned', quarter: 'kvartal', year: 'år' } satisfies Record<ChartPeriod, string>,
  chartEmpty: (area: string) => `${area}: endnu ikke vurderet.`,
  notYet: 'Endnu ikke vurderet',
  tableCaption: 'Hvor er jeg nu? – alle notater',
  date: 'Dato',
  entries: 'Notater',
  entryOf: (date: string) => `Notat fra ${date}`,
  nothingWritten: 'kun trin, ingen tekst',
  edit: 'Redigér',
  editLabel: (date: string) => `Redigér notatet fra ${date}`,
  delete: 'Slet',
  deleteLabel: (date: string) => `Slet notatet fra ${date}`,
  confirmDelete: (date: string) => `Vil du slette notatet fra ${date}? Det kan ikke fortrydes.`,
  confirmDeleteYes: 'Ja, slet notatet',
  keep: 'Annullér',
  deleted: (date: string) => `Notatet fra ${date} er slettet.`,
  compare: 'Sammenlign to notater',
  compareNeedsTwo: 'Når du har to notater, kan du sammenligne dem her.',
  before: 'Før',
  after: 'Efter',
  change: {
    up: 'Fremgang',
    down: 'Tilbagegang',
    same: 'Uændret',
    unknown: 'Kan ikke sammenlignes',
  },
  answersCaption: 'Svar på ledelsesgrundlagets spørgsmål',
  areaShort: UI.da.areaShort,

  // the talk
  talk: 'Forbered samtalen med din leder',
  talkIntro:
    'Samler dit seneste notat og ledelsesgrundlagets spørgsmål til leder/overordnet leder på én side, som du kan udskrive eller kopiere som Markdown.',
  showTalk: 'Vis forberedelsen',
  hideTalk: 'Skjul forberedelsen',
  print: 'Udskriv',
  copyMarkdown: 'Kopiér som Markdown',
  copied: 'Markdown er kopieret.',
  copyFailed: 'Kunne ikke kopiere. Markér teksten i feltet nedenfor, og kopiér den selv.',
  markdown: 'Markdown',

  // data
  data: 'Dine data',
  dataIntro: 'Notaterne findes kun her. Eksportér en kopi, hvis du vil gemme dem andetsteds eller flytte dem til en anden browser.',
  exportJson: 'Eksportér (JSON)',
  exportMarkdown: 'Eksportér (Markdown)',
  exported: (file: string) => `${file} er eksporteret.`,
  importFile: 'Importér (JSON)',
  importProblems: 'Filen kan ikke importeres. Intet er ændret.',
  importPreview: (n: number) => (n === 1 ? 'Filen indeholder 1 notat:' : `Filen indeholder ${n} notater:`),
  status: {
    new: 'nyt',
    update: 'nyere udgave – erstatter det, der er her',
    duplicate: 'findes allerede – springes over',
    older: 'en ældre udgave – springes over',
  },
  importDo: (n: number) => (n === 1 ? 'Importér 1 notat' : `Importér ${n} notater`),
  importTasksToo: (n: number) =>
    `Filen indeholder ${n === 1 ? '1 opgave' : `${n} opgaver`} fra opgavevælgeren; ${n === 1 ? 'den' : 'de'} importeres med, og en opgave med samme id erstattes.`,
  importDoAll: 'Importér',
  importedTasks: (n: number) => ` Og ${n === 1 ? '1 opgave' : `${n} opgaver`}.`,
  importTeamsToo: (n: number) => `Filen indeholder ${daN(n, 'team', 'teams')} fra »Teamets møde«; ${n === 1 ? 'det' : 'de'} flettes ind i det, der er gemt her, uden at noget går tabt.`,
  importedTeams: (n: number) => ` Og ${daN(n, 'team', 'teams')}.`,
  exportBackup: 'Sikkerhedskopi af alt (JSON)',
  backupFile: 'ledelsesgrundlag-sikkerhedskopi',
  importNothing: 'Alle notater i filen findes allerede. Der er intet at importere.',
  importCancel: 'Annullér',
  imported: (n: number, skipped: number) =>
    `${n === 1 ? '1 notat er importeret' : `${n} notater er importeret`}${skipped ? `; ${skipped} fandtes allerede` : ''}.`,
  importMemory: 'Notaterne kunne ikke gemmes i browseren og findes kun i denne fane.',
  importNotKept: 'Intet blev importeret: browserens lager kunne ikke bruges. Dine notater og opgaver er som før.',
  deleteAll: 'Slet alle notater',
  confirmDeleteAll: (n: number) =>
    `Vil du slette ${n === 1 ? 'dit notat' : `alle ${n} notater`} i denne browser? Det kan ikke fortrydes. Eksportér først, hvis du vil beholde en kopi.`,
  confirmDeleteAllYes: 'Ja, slet alle',
  deletedAll: 'Alle notater er slettet.',

  // the lock
  lockHeading: 'Lås dine notater',
  lockIntro:
    'Med en adgangskode krypteres notaterne i browseren, og Min refleksion viser intet, før adgangskoden er skrevet. Adgangskoden gemmes ingen steder; den huskes kun, så længe siden er åben.',
  lockStart: 'Lås med en adgangskode …',
  lockWarning:
    'Glemmer du adgangskoden, kan notaterne ikke læses – af nogen. Der er ingen måde at få dem tilbage på. Eksportér en kopi først, hvis du vil være sikker.',
  lockUnderstood: 'Jeg forstår, at notaterne ikke kan læses, hvis jeg glemmer adgangskoden.',
  notUnderstood: 'Sæt kryds for at bekræfte, at du har forstået advarslen.',
  lockDo: 'Lås notaterne',
  locking: 'Krypterer notaterne …',
  lockedDone: 'Dagbogen er låst. Notaterne er krypteret i browseren, og kladden gemmes kun i denne fane.',
  lockOn: 'Dagbogen er låst med en adgangskode og er låst op i denne fane, til du lukker siden eller låser igen. Kladden gemmes kun i fanen.',
  lockNow: 'Lås nu',
  removeLock: 'Fjern låsen',
  confirmRemoveLock: 'Fjerne låsen? Notaterne gemmes så ukrypteret i browseren igen.',
  confirmRemoveLockYes: 'Ja, fjern låsen',
  lockRemoved: 'Låsen er fjernet. Notaterne gemmes ukrypteret i browseren.',
  lockProblem: {
    storage: 'Dagbogen kan kun låses, når browseren gemmer notaterne.',
    crypto: 'Notaterne kunne ikke krypteres. Intet er ændret.',
    error: 'Låsen kunne ikke sættes eller fjernes: browserens lager kunne ikke bruges. Intet er ændret.',
  } satisfies Record<LockProblem, string>,
  lockedHeading: 'Dagbogen er låst',
  lockedImport: FILE_ISSUES.da.lockedImport,
  lockedIntro: 'Skriv adgangskoden for at se og skrive notater.',
  unlock: 'Lås op',
  unlocking: 'Låser op …',
  unlocked: 'Dagbogen er låst op i denne fane.',
  wrongPassphrase: 'Adgangskoden passer ikke. Intet er ændret – prøv igen.',
  forgotten: 'Glemt adgangskoden?',
  forgottenText:
    'Så kan notaterne ikke læses af nogen, heller ikke af kommunen. Har du en eksporteret kopi, kan du slette alt her og importere kopien.',
  deleteLocked: 'Slet alle notater og låsen …',
  confirmDeleteLocked: 'Vil du slette alle de låste notater i denne browser og låsen? Det kan ikke fortrydes.',

  // Markdown
  journalNote: 'Fra værktøjet til Gentofte Kommunes fælles ledelsesgrundlag. Notaterne er private og blev gemt i min browser.',
  entryTitle: (date: string) => `Refleksion ${date}`,
  empty: '–',
  talkTitle: 'Forberedelse til samtalen med min leder',
  talkQuestionLead: (level: string) => `Spørgsmålet fra ledelsesgrundlaget (${level}):`,
  myAnswer: 'Mit svar',
  selfAndGroup: (date: string, people: number) => `Mig og gruppen: gruppens billede af vores ledelse (${date}, ${daN(people, 'svar', 'svar')})`,
  areaColumn: 'Fokusområde',
  me: 'Mig',
  group: 'Gruppen',
  groupChoice: 'Gruppens billede ved siden af mit',
  groupChoiceHint: 'Fra en runde om vores ledelse i denne browser (Gruppens billede).',
  groupNone: 'Ingen',
  groupOption: (date: string, people: number) => `${date} · ${daN(people, 'svar', 'svar')}`,
  latestEntry: (date: string) => `Hvor jeg står – min seneste refleksion (${date})`,
  noEntriesMd: 'Der er endnu ingen notater.',
  file: 'ledelsesgrundlag-refleksion',

  issues: FILE_ISSUES.da.entries,
};

const en: JournalUi = {
  title: 'My reflection',
  privacy:
    'Your notes are kept in this browser and sent nowhere – not to the municipality either. But on an intranet page, other scripts on the same site can read them: use the browser extension for private notes, and export a copy if you want to keep them elsewhere.',
  privacyLocked:
    'Your notes are encrypted with your passphrase in this browser and sent nowhere. Without the passphrase nobody can read them – not other scripts on the page either. While the journal is unlocked, though, a script on the page can read what is on screen, so lock it again when you are done.',
  privacyExtension:
    'Your notes are kept in this browser, in the extension, and only the extension can read them. Nothing is sent anywhere. Export a copy if you want to keep them elsewhere.',
  loading: 'Loading your notes …',
  problem: {
    unavailable:
      'This browser does not let the tool keep anything. Your notes disappear when you close the page – export them before you leave.',
    blocked:
      'Another tab has an older version of the tool open, so notes cannot be saved at the moment. Close the other tab and reload this page. Until then they are kept in this tab only.',
    outdated:
      'The tool has been updated in another tab. Reload this page to save again. What you have written is still here; until you reload, new notes are kept in this tab only.',
    quota:
      'The browser’s storage is full, so the note was not saved. Your text is not lost: it is still in the form. Make room (for example by exporting and deleting old notes) and save again.',
    error: 'The notes could not be saved in the browser. They are kept in this tab only, until you close it.',
  },

  newEntry: 'New note',
  editEntry: (date) => `Edit the note from ${date}`,
  draftLocal: 'What you write is kept as a draft in this browser as you type, until you save the note.',
  draftMemory: 'The draft cannot be kept in the browser (local storage is not available). Save the note before you reload the page.',
  draftLocked: 'The journal is locked, so the draft is kept in this tab only. Save the note before you close the page.',
  draftRestored: 'Your draft from last time has been restored.',
  draftElsewhere:
    'The draft has just been changed in another tab. What you have written here is unchanged. Choose which text is to be the draft; the other tab keeps its text on screen until you choose there too.',
  useOtherDraft: 'Use the text from the other tab',
  keepMyDraft: 'Keep my text',
  discardDraft: 'Discard the draft',
  draftDiscarded: 'The draft has been discarded.',
  whereNow: 'Where am I now?',
  levels: SCALE_WORDS.en.levels,
  notAssessed: 'Not assessed',
  levelText: (word, step, steps) => `${word} (${step} of ${steps})`,
  levelBefore: (word, date) => `(before: ${word}, ${date})`,
  changes: {
    up: (area, from, to) => `${area}: ${from} → ${to}`,
    down: (area, from, to) => `${area}: ${from} → ${to}`,
    new: (area, _from, to) => `${area}: ${to} (first assessment)`,
  },
  noChange: 'no change in the steps',
  dateLabel: 'Date of the note',
  futureDate: 'The date cannot be in the future. Choose today or an earlier day.',
  talkHeading: 'For the conversation with your own leader',
  save: 'Save the note',
  saveChanges: 'Save the changes',
  cancelEdit: 'Cancel editing',
  saved: (date) => `The note from ${date} has been saved.`,
  persistence: {
    granted: 'Your notes are saved here in the browser, which has promised to keep them even if it runs short of space.',
    denied:
      'Your notes are saved here in the browser. A browser that runs short of space can clear what it has saved, so export a copy now and then, and you will always have your notes.',
  },
  reminder: {
    changes: (n) => `You have saved ${enN(n, 'change', 'changes')} since you last exported your notes. A copy in a file keeps them safe if the browser deletes its data.`,
    days: 'You have changes from more than a month ago that have not been exported. A copy in a file keeps them safe if the browser deletes its data.',
  },
  exportNow: 'Export now',
  notNow: 'Not now',
  savedMemory: (date) => `The note from ${date} is kept in this tab only. The text is kept as a draft.`,
  nothingToSave: 'Choose a step or write something before you save.',
  finishDraftFirst: 'First save or discard the note you are working on.',
  savedElsewhere: (date) => `The note from ${date} has been saved in another tab since you began on it here. Nothing has been saved yet.`,
  conflictQuestion: 'Which version should count? Here are the differences.',
  mine: 'My version (this tab)',
  theirs: 'The other tab’s version',
  sameText: 'The text is the same in both.',
  keepMine: 'Save my version',
  takeTheirs: 'Use the other tab’s version',
  tookTheirs: 'The form now shows the other tab’s version. Nothing has been saved.',

  history: 'History',
  noEntries: 'There are no notes yet.',
  overTime: 'Where am I now? – over time',
  chartLabel: (area, points) => `${area}: ${points}`,
  chartLabelEvery: (area, period, points) => `${area}, the latest note of each ${period}: ${points}`,
  period: { month: 'month', quarter: 'quarter', year: 'year' },
  chartEmpty: (area) => `${area}: not assessed yet.`,
  notYet: 'Not assessed yet',
  tableCaption: 'Where am I now? – all notes',
  date: 'Date',
  entries: 'Notes',
  entryOf: (date) => `Note from ${date}`,
  nothingWritten: 'levels only, no text',
  edit: 'Edit',
  editLabel: (date) => `Edit the note from ${date}`,
  delete: 'Delete',
  deleteLabel: (date) => `Delete the note from ${date}`,
  confirmDelete: (date) => `Delete the note from ${date}? This cannot be undone.`,
  confirmDeleteYes: 'Yes, delete the note',
  keep: 'Cancel',
  deleted: (date) => `The note from ${date} has been deleted.`,
  compare: 'Compare two notes',
  compareNeedsTwo: 'Once you have two notes, you can compare them here.',
  before: 'Before',
  after: 'After',
  change: {
    up: 'Progress',
    down: 'Step back',
    same: 'Unchanged',
    unknown: 'Cannot be compared',
  },
  answersCaption: 'Answers to the framework’s questions',
  areaShort: UI.en.areaShort,

  talk: 'Prepare for the conversation with your own leader',
  talkIntro:
    'Gathers your latest note and the framework’s question for leader / the leader’s leader on one page that you can print or copy as Markdown.',
  showTalk: 'Show the preparation',
  hideTalk: 'Hide the preparation',
  print: 'Print',
  copyMarkdown: 'Copy as Markdown',
  copied: 'The Markdown has been copied.',
  copyFailed: 'Could not copy. Select the text in the field below and copy it yourself.',
  markdown: 'Markdown',

  data: 'Your data',
  dataIntro: 'The notes exist only here. Export a copy if you want to keep them elsewhere or move them to another browser.',
  exportJson: 'Export (JSON)',
  exportMarkdown: 'Export (Markdown)',
  exported: (file) => `${file} has been exported.`,
  importFile: 'Import (JSON)',
  importProblems: 'The file cannot be imported. Nothing has been changed.',
  importPreview: (n) => (n === 1 ? 'The file holds 1 note:' : `The file holds ${n} notes:`),
  status: {
    new: 'new',
    update: 'a newer version – replaces the one here',
    duplicate: 'already here – skipped',
    older: 'an older version – skipped',
  },
  importDo: (n) => (n === 1 ? 'Import 1 note' : `Import ${n} notes`),
  importTasksToo: (n) =>
    `The file holds ${n === 1 ? '1 task' : `${n} tasks`} from the task picker; ${n === 1 ? 'it is' : 'they are'} imported too, and a task with the same id is replaced.`,
  importDoAll: 'Import',
  importedTasks: (n) => ` And ${n === 1 ? '1 task' : `${n} tasks`}.`,
  importTeamsToo: (n) => `The file holds ${enN(n, 'team', 'teams')} from “The team’s meeting”; ${n === 1 ? 'it is' : 'they are'} merged into what is kept here, and nothing is lost.`,
  importedTeams: (n) => ` And ${enN(n, 'team', 'teams')}.`,
  exportBackup: 'Backup of everything (JSON)',
  backupFile: 'leadership-framework-backup',
  importNothing: 'Every note in the file is already here. There is nothing to import.',
  importCancel: 'Cancel',
  imported: (n, skipped) => `${n === 1 ? '1 note has been imported' : `${n} notes have been imported`}${skipped ? `; ${enN(skipped, 'was', 'were')} already here` : ''}.`,
  importMemory: 'The notes could not be saved in the browser and exist in this tab only.',
  importNotKept: 'Nothing was imported: the browser’s storage could not be used. Your notes and tasks are as they were.',
  deleteAll: 'Delete all notes',
  confirmDeleteAll: (n) =>
    `Delete ${n === 1 ? 'your note' : `all ${n} notes`} in this browser? This cannot be undone. Export first if you want to keep a copy.`,
  confirmDeleteAllYes: 'Yes, delete all',
  deletedAll: 'All notes have been deleted.',

  lockHeading: 'Lock the journal',
  lockIntro:
    'With a passphrase, the notes are encrypted in the browser, and the journal shows nothing until the passphrase is entered. The passphrase is not stored anywhere; it is remembered only while the page is open.',
  lockStart: 'Lock with a passphrase…',
  lockWarning:
    'If you forget the passphrase, the notes cannot be read – by anyone. There is no way to get them back. Export a copy first if you want to be safe.',
  lockUnderstood: 'I understand that the notes cannot be read if I forget the passphrase.',
  notUnderstood: 'Tick the box to confirm that you have understood the warning.',
  lockDo: 'Lock the journal',
  locking: 'Encrypting the notes…',
  lockedDone: 'The journal is locked. The notes are encrypted in the browser, and the draft is kept in this tab only.',
  lockOn: 'The journal is locked with a passphrase and is unlocked in this tab until you close the page or lock it again. The draft is kept in this tab only.',
  lockNow: 'Lock now',
  removeLock: 'Remove the lock',
  confirmRemoveLock: 'Remove the lock? The notes will then be kept unencrypted in the browser again.',
  confirmRemoveLockYes: 'Yes, remove the lock',
  lockRemoved: 'The lock has been removed. The notes are kept unencrypted in the browser.',
  lockProblem: {
    storage: 'The journal can be locked only when the browser keeps the notes.',
    crypto: 'The notes could not be encrypted. Nothing has been changed.',
    error: 'The lock could not be set or removed: the browser’s storage could not be used. Nothing has been changed.',
  },
  lockedHeading: 'The journal is locked',
  lockedImport: FILE_ISSUES.en.lockedImport,
  lockedIntro: 'Enter the passphrase to see and write notes.',
  unlock: 'Unlock',
  unlocking: 'Unlocking…',
  unlocked: 'The journal is unlocked in this tab.',
  wrongPassphrase: 'That passphrase is wrong. Nothing has been changed – try again.',
  forgotten: 'Forgotten the passphrase?',
  forgottenText:
    'Then nobody can read the notes, not even the municipality. If you have an exported copy, you can delete everything here and import the copy.',
  deleteLocked: 'Delete all notes and the lock…',
  confirmDeleteLocked: 'Delete all the locked notes in this browser, and the lock? This cannot be undone.',

  journalNote: 'From the tool for Gentofte Municipality’s common leadership framework. The notes are private and were kept in my browser.',
  entryTitle: (date) => `Reflection ${date}`,
  empty: '–',
  talkTitle: 'Preparing for the conversation with my own leader',
  talkQuestionLead: (level) => `The framework’s question (${level}):`,
  myAnswer: 'My answer',
  selfAndGroup: (date, people) => `Me and the group: the group’s picture of our leadership (${date}, ${enN(people, 'answer', 'answers')})`,
  areaColumn: 'Focus area',
  me: 'Me',
  group: 'The group',
  groupChoice: 'The group’s picture beside mine',
  groupChoiceHint: 'From a round on our leadership in this browser (The group’s picture).',
  groupNone: 'None',
  groupOption: (date, people) => `${date} · ${enN(people, 'answer', 'answers')}`,
  latestEntry: (date) => `Where I stand – my latest reflection (${date})`,
  noEntriesMd: 'There are no notes yet.',
  file: 'leadership-framework-reflection',

  issues: FILE_ISSUES.en.entries,
};

/** The reflection journal's own words, Danish first. Every language has the same keys. */
export const JOURNAL_UI = defineStrings({ da, en });
export type JournalUi = typeof da;

/** The words the Markdown renderers in content/journal.ts need, in one language. */
export function journalLabels(lang: Language): JournalLabels {
  const s = JOURNAL_UI[lang];
  return {
    lang,
    journalTitle: s.title,
    journalNote: s.journalNote,
    entryTitle: s.entryTitle,
    whereNow: s.whereNow,
    levels: s.levels,
    notAssessed: s.notAssessed,
    levelText: s.levelText,
    before: s.levelBefore,
    empty: s.empty,
    talkTitle: s.talkTitle,
    talkQuestionLead: s.talkQuestionLead,
    myAnswer: s.myAnswer,
    selfAndGroup: s.selfAndGroup,
    areaColumn: s.areaColumn,
    me: s.me,
    group: s.group,
    latestEntry: s.latestEntry,
    noEntries: s.noEntriesMd,
  };
}
