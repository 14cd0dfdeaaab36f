/** The words of encryption with a passphrase, shared by the journal, its lock and the extension's options page. */
import type { SealedFileIssue, SealProblem } from '../../content/sealed';
import { defineStrings } from './localize';

const da = {
  passphrase: 'Adgangskode',
  passphraseAgain: 'Gentag adgangskoden',
  passphraseHint: 'Mindst 8 tegn. En sætning, du kan huske, er bedst.',
  problem: {
    'too-short': 'Adgangskoden skal have mindst 8 tegn.',
    'not-same': 'De to adgangskoder er ikke ens.',
    crypto:
      'Denne side kan ikke kryptere: det kræver en sikker forbindelse (https). Brug browserudvidelsen, eller bed den, der driver siden, om https.',
  } satisfies Record<SealProblem, string>,
  encryptFiles: 'Kryptér JSON-filerne med en adgangskode',
  encryptFile: 'Kryptér filen med en adgangskode',
  encryptHint: 'Ingen kan læse en krypteret fil uden adgangskoden – heller ikke du, hvis du glemmer den.',
  markdownPlain: 'Markdown-filen er til at læse og krypteres ikke.',
  encrypting: 'Krypterer …',
  exportedEncrypted: (file: string) => `${file} er eksporteret, krypteret med adgangskoden.`,
  sealedFile: 'Filen er krypteret. Skriv dens adgangskode for at se, hvad den indeholder.',
  openFile: 'Åbn filen',
  opening: 'Åbner filen …',
  issues: {
    passphrase: 'Adgangskoden passer ikke til filen, eller filen er blevet ændret. Intet er importeret – prøv igen.',
    damaged: 'Den krypterede fil er beskadiget og kan ikke åbnes. Intet er ændret.',
    empty: 'Filen er tom.',
    'too-large': 'Filen er for stor (over 5 MB).',
    'not-json': 'Filen er ikke gyldig JSON.',
    foreign: 'Filen er ikke en krypteret fil fra dette værktøj.',
    version: 'Den krypterede fil er lavet af en nyere udgave af værktøjet. Opdatér udvidelsen, eller genindlæs siden, og prøv igen. Intet er ændret.',
  } satisfies Record<SealedFileIssue['code'], string>,
};

export const PASSPHRASE_UI = defineStrings({
  da,
  en: {
    passphrase: 'Passphrase',
    passphraseAgain: 'Repeat the passphrase',
    passphraseHint: 'At least 8 characters. A sentence you can remember works best.',
    problem: {
      'too-short': 'The passphrase must have at least 8 characters.',
      'not-same': 'The two passphrases are not the same.',
      crypto:
        'This page cannot encrypt: that needs a secure connection (https). Use the browser extension, or ask whoever runs the site for https.',
    },
    encryptFiles: 'Encrypt the JSON files with a passphrase',
    encryptFile: 'Encrypt the file with a passphrase',
    encryptHint: 'Nobody can read an encrypted file without the passphrase – not even you, if you forget it.',
    markdownPlain: 'The Markdown file is for reading and is not encrypted.',
    encrypting: 'Encrypting…',
    exportedEncrypted: (file) => `${file} has been exported, encrypted with the passphrase.`,
    sealedFile: 'The file is encrypted. Enter its passphrase to see what it holds.',
    openFile: 'Open the file',
    opening: 'Opening the file…',
    issues: {
      passphrase: 'The passphrase does not fit the file, or the file has been changed. Nothing has been imported – try again.',
      damaged: 'The encrypted file is damaged and cannot be opened. Nothing has been changed.',
      empty: 'The file is empty.',
      'too-large': 'The file is too large (over 5 MB).',
      'not-json': 'The file is not valid JSON.',
      foreign: 'The file is not an encrypted file from this tool.',
      version: 'The encrypted file was made by a newer version of the tool. Update the extension or reload the page, and try again. Nothing has been changed.',
    },
  },
});
export type PassphraseUi = (typeof PASSPHRASE_UI)['da'];
