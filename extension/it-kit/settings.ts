/**
 * What IT reads about each setting in its own tools (Group Policy, Intune), in Danish and English. The settings
 * themselves, their names and types, are public/managed_schema.json's: the kit is generated from it, and a test
 * fails when a setting of the schema has no words here or this names one the schema does not have.
 */
export interface SettingWords {
  title: string;
  explain: string;
  /** For a setting with a list of values: each value in words. */
  values?: Record<string, string>;
}

export const SETTING_WORDS: Record<'da' | 'en', Record<string, SettingWords>> = {
  da: {
    language: {
      title: 'Sprog',
      explain:
        'Sproget på udvidelsens sider, i højrekliksmenuen og i adresselinjen. Dansk er originalen og standard. Er indstillingen sat, kan brugeren ikke ændre den.',
      values: { da: 'Dansk (originalen)', en: 'Engelsk (uofficiel oversættelse)', auto: 'Som browseren (engelsk, hvis browseren er på engelsk, ellers dansk)' },
    },
    popupStart: {
      title: 'Pop op-vinduet åbner med',
      explain: 'Hvad pop op-vinduet viser, når det åbnes. Er indstillingen sat, kan brugeren ikke ændre den.',
      values: { search: 'Søgning og de fire fokusområder', task: 'Opgavevælgeren' },
    },
    readMoreUrl: {
      title: '»Læs mere«-link',
      explain: 'En http(s)-adresse til intranettets side om ledelsesgrundlaget, vist som »Læs mere« i pop op-vinduet, sidepanelet og på siden med hele ledelsesgrundlaget. Ikke sat: intet link.',
    },
    taskPageUrl: {
      title: 'Side til links til opgaver',
      explain:
        'En http(s)-adresse til intranettets side med opgavevælgeren (<lg-task-picker url-state>). »Kopiér link« i udvidelsen kopierer så et link til den side, som åbner opgaven for alle. Ikke sat: udvidelsen kopierer opgaven som Markdown i stedet, for et link til udvidelsens egen side kan ikke åbnes andre steder.',
    },
    showSidePanel: {
      title: 'Vis sidepanel',
      explain: 'Deaktiveret slår sidepanelet fra (Chrome og Edge skjuler det). Standard: slået til.',
    },
    showContextMenu: {
      title: 'Vis højrekliksmenu',
      explain: 'Deaktiveret fjerner »Hvilke fokusområder kalder opgaven på?« fra højrekliksmenuen på markeret tekst. Standard: slået til.',
    },
    showOmnibox: {
      title: 'Søgeord i adresselinjen',
      explain: 'Deaktiveret gør, at søgeordet »lg« i adresselinjen ikke svarer. Standard: slået til.',
    },
  },
  en: {
    language: {
      title: 'Language',
      explain:
        "The language of the extension's pages, the context menu and the address bar. Danish, the original, is the default. When set, users cannot change it.",
      values: { da: 'Danish (the original)', en: 'English (unofficial translation)', auto: 'Like the browser (English if the browser is in English, otherwise Danish)' },
    },
    popupStart: {
      title: 'The popup opens with',
      explain: 'What the popup shows when it opens. When set, users cannot change it.',
      values: { search: 'Search and the four focus areas', task: 'The task picker' },
    },
    readMoreUrl: {
      title: '“Read more” link',
      explain: "An http(s) address of the intranet's page about the leadership framework, shown as “Read more” in the popup, the side panel and the framework page. Not set: no link.",
    },
    taskPageUrl: {
      title: 'Page for task links',
      explain:
        "An http(s) address of the intranet's page with the task picker (<lg-task-picker url-state>). “Copy link” in the extension then copies a link to that page, which opens the task for anyone. Not set: the extension copies the task as Markdown instead, since a link to the extension's own page opens nowhere else.",
    },
    showSidePanel: {
      title: 'Show the side panel',
      explain: 'Disabled turns the side panel off (Chrome and Edge hide it). Default: shown.',
    },
    showContextMenu: {
      title: 'Show the context menu',
      explain: 'Disabled removes “Which focus areas does the task call for?” from the context menu on selected text. Default: shown.',
    },
    showOmnibox: {
      title: 'Address bar keyword',
      explain: 'Disabled makes the keyword “lg” in the address bar answer nothing. Default: on.',
    },
  },
};
