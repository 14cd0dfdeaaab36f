/**
 * The words for what is wrong with a file to import — a tasks file, a journal file, the entries of a backup — shared
 * by the elements that import (the task picker, the journal) and the extension's options page, which imports the
 * backup of both. Danish first; every language has the same keys.
 */
import { SEALED_FORMAT } from '../../content/sealed';
import type { JournalIssue, JournalIssueCode } from '../../content/journal';
import type { TaskIssue } from '../../content/task-file';
import { defineStrings } from './localize';
import { counted } from '../../content/format';

const daN = counted('da');

type TaskIssues = { [C in TaskIssue['code']]: (issue: Extract<TaskIssue, { code: C }>) => string };
type EntryIssues = Record<JournalIssueCode, (i: JournalIssue) => string>;

const da = {
  /** A tasks file's problems (lower case: they follow "Filen kan ikke importeres: "). */
  tasks: {
    empty: () => 'filen er tom',
    'too-large': () => 'filen er for stor (over 5 MB)',
    'not-json': () => 'filen er ikke gyldig JSON',
    foreign: (i) =>
      i.format === SEALED_FORMAT
        ? 'filen er krypteret med en adgangskode: importér den i Min refleksion eller i udvidelsens indstillinger, hvor du kan skrive adgangskoden'
        : 'ikke en fil med opgaver fra ledelsesgrundlaget',
    version: (i) => (i.value === undefined ? 'filen siger ikke, hvilken version den har (kun version 1 kan læses)' : `version ${i.value} kan ikke læses (kun version 1)`),
    'tasks-not-list': () => '»tasks« skal være en liste',
    'not-object': (i) => `opgave ${i.task}: ikke et objekt`,
    id: (i) => `opgave ${i.task}: id skal være en tekst, der ikke er tom`,
    text: (i) => `opgave ${i.task}: ${i.field} skal være en tekst`,
    weights: (i) => `opgave ${i.task}: weights skal være et objekt`,
    weight: (i) => `opgave ${i.task}: weights.${i.field} skal være 0, 1, 2 eller 3`,
    'unknown-area': (i) => `opgave ${i.task}: weights har et ukendt fokusområde ${i.value}`,
    date: (i) => `opgave ${i.task}: ${i.field} skal være en ISO-dato`,
    'duplicate-id': (i) => `opgave ${i.task}: id'et ${i.value} er brugt to gange`,
    more: (i) => `… og ${i.count} mere`,
  } as TaskIssues,
  /** A journal file's problems (whole sentences). */
  entries: {
    empty: () => 'Filen er tom.',
    'too-large': () => 'Filen er for stor (over 5 MB).',
    'not-json': () => 'Filen er ikke gyldig JSON.',
    'tasks-file': () => 'Filen indeholder gemte opgaver, ikke notater.',
    'not-journal': () => 'Filen er ikke en eksport fra Min refleksion.',
    version: (i) => (i.value === undefined ? 'Filen siger ikke, hvilken version den har; værktøjet kan læse version 1.' : `Filen har version ${i.value}; værktøjet kan læse version 1.`),
    newer: (i) => `Filen er lavet af en nyere udgave af værktøjet (version ${i.value}). Opdatér udvidelsen, eller genindlæs siden, og prøv igen. Intet er ændret.`,
    'backup-tasks': () =>
      'Opgaverne i sikkerhedskopien er ikke gyldige, så intet importeres. Importér filen i opgavevælgeren eller i udvidelsen for at se hvorfor.',
    'backup-teams': () => 'Et team i sikkerhedskopien er beskadiget, så intet importeres. Brug en anden kopi.',
    'entries-not-list': () => 'Filen mangler listen over notater (»entries«).',
    'entry-not-object': (i) => `Notat ${i.entry}: er ikke et notat.`,
    id: (i) => `Notat ${i.entry}: mangler et id.`,
    date: (i) => (i.value === undefined ? `Notat ${i.entry}: mangler en dato (»date«).` : `Notat ${i.entry}: ${i.value} er ikke en gyldig dato (ÅÅÅÅ-MM-DD).`),
    timestamp: (i) =>
      i.value === undefined ? `Notat ${i.entry}: mangler tidspunktet »${i.field}«.` : `Notat ${i.entry}: »${i.field}« ${i.value} er ikke et gyldigt tidspunkt.`,
    areas: (i) => `Notat ${i.entry}: mangler fokusområderne (»areas«).`,
    'area-missing': (i) => `Notat ${i.entry}: fokusområdet »${i.field}« mangler.`,
    'area-unknown': (i) => `Notat ${i.entry}: ukendt fokusområde ${i.value}.`,
    'area-not-object': (i) => `Notat ${i.entry}: fokusområdet »${i.field}« har ikke den rigtige form.`,
    level: (i) =>
      i.value === undefined ? `Notat ${i.entry}: »${i.field}« mangler (0, 1, 2, 3 eller null).` : `Notat ${i.entry}: »${i.field}« skal være 0, 1, 2, 3 eller null, ikke ${i.value}.`,
    text: (i) => `Notat ${i.entry}: »${i.field}« skal være tekst.`,
    'too-long': (i) => `Notat ${i.entry}: »${i.field}« er længere end 20.000 tegn.`,
    answers: (i) => `Notat ${i.entry}: svarene (»answers«) har ikke den rigtige form.`,
    'question-unknown': (i) => `Notat ${i.entry}: ukendt spørgsmål ${i.value}.`,
    'duplicate-id': (i) => `Notat ${i.entry}: id ${i.value} bruges mere end én gang i filen.`,
    more: (i) => `… og ${daN(Number(i.value), 'problem', 'problemer')} mere.`,
  } satisfies EntryIssues,
  /** A backup with notes, while the journal is locked. */
  lockedImport: 'Min refleksion er låst med en adgangskode, så filens notater kan ikke importeres her. Åbn Min refleksion, lås den op, og importér filen dér. Intet er ændret.',
};

const en: typeof da = {
  tasks: {
    empty: () => 'the file is empty',
    'too-large': () => 'the file is too large (over 5 MB)',
    'not-json': () => 'the file is not valid JSON',
    foreign: (i) =>
      i.format === SEALED_FORMAT
        ? 'the file is encrypted with a passphrase: import it in My reflection or in the extension’s settings, where you can enter the passphrase'
        : 'not a tasks file from the leadership framework',
    version: (i) => (i.value === undefined ? 'the file does not say which version it is (this reads version 1)' : `unsupported version ${i.value} (this reads version 1)`),
    'tasks-not-list': () => '“tasks” must be a list',
    'not-object': (i) => `task ${i.task}: not an object`,
    id: (i) => `task ${i.task}: id must be a non-empty string`,
    text: (i) => `task ${i.task}: ${i.field} must be a string`,
    weights: (i) => `task ${i.task}: weights must be an object`,
    weight: (i) => `task ${i.task}: weights.${i.field} must be 0, 1, 2 or 3`,
    'unknown-area': (i) => `task ${i.task}: weights has an unknown area ${i.value}`,
    date: (i) => `task ${i.task}: ${i.field} must be an ISO date`,
    'duplicate-id': (i) => `task ${i.task}: the id ${i.value} is used twice`,
    more: (i) => `… and ${i.count} more`,
  },
  entries: {
    empty: () => 'The file is empty.',
    'too-large': () => 'The file is too large (over 5 MB).',
    'not-json': () => 'The file is not valid JSON.',
    'tasks-file': () => 'The file holds saved tasks, not notes.',
    'not-journal': () => 'The file is not an export from My reflection.',
    version: (i) => (i.value === undefined ? 'The file does not say which version it is; the tool reads version 1.' : `The file has version ${i.value}; the tool reads version 1.`),
    newer: (i) => `The file was made by a newer version of the tool (version ${i.value}). Update the extension or reload the page, and try again. Nothing has been changed.`,
    'backup-tasks': () =>
      'The tasks in the backup are not valid, so nothing is imported. Import the file in the task picker or in the extension to see why.',
    'backup-teams': () => 'A team in the backup is damaged, so nothing is imported. Use another copy.',
    'entries-not-list': () => 'The file lacks the list of notes (“entries”).',
    'entry-not-object': (i) => `Note ${i.entry}: is not a note.`,
    id: (i) => `Note ${i.entry}: has no id.`,
    date: (i) => (i.value === undefined ? `Note ${i.entry}: the date (“date”) is missing.` : `Note ${i.entry}: ${i.value} is not a valid date (YYYY-MM-DD).`),
    timestamp: (i) => (i.value === undefined ? `Note ${i.entry}: the time “${i.field}” is missing.` : `Note ${i.entry}: “${i.field}” ${i.value} is not a valid time.`),
    areas: (i) => `Note ${i.entry}: lacks the focus areas (“areas”).`,
    'area-missing': (i) => `Note ${i.entry}: the focus area “${i.field}” is missing.`,
    'area-unknown': (i) => `Note ${i.entry}: unknown focus area ${i.value}.`,
    'area-not-object': (i) => `Note ${i.entry}: the focus area “${i.field}” does not have the right shape.`,
    level: (i) =>
      i.value === undefined ? `Note ${i.entry}: “${i.field}” is missing (0, 1, 2, 3 or null).` : `Note ${i.entry}: “${i.field}” must be 0, 1, 2, 3 or null, not ${i.value}.`,
    text: (i) => `Note ${i.entry}: “${i.field}” must be text.`,
    'too-long': (i) => `Note ${i.entry}: “${i.field}” is longer than 20,000 characters.`,
    answers: (i) => `Note ${i.entry}: the answers (“answers”) do not have the right shape.`,
    'question-unknown': (i) => `Note ${i.entry}: unknown question ${i.value}.`,
    'duplicate-id': (i) => `Note ${i.entry}: the id ${i.value} is used more than once in the file.`,
    more: (i) => `… and ${Number(i.value)} more ${Number(i.value) === 1 ? 'problem' : 'problems'}.`,
  },
  lockedImport: 'My reflection is locked with a passphrase, so the file’s notes cannot be imported here. Open My reflection, unlock it and import the file there. Nothing has been changed.',
};

export const FILE_ISSUES = defineStrings({ da, en });
export type FileIssues = typeof da;

/** A tasks file's problem in words. */
export const taskIssueText = (words: FileIssues, issue: TaskIssue): string => (words.tasks[issue.code] as (i: TaskIssue) => string)(issue);
