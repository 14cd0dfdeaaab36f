define([], function () {
  return {
    PropertyPaneDescription: 'Choose which part of the leadership framework the web part shows.',
    ElementGroupName: 'Content',
    ElementLabel: 'Show',
    Elements: {
      'focus-areas': 'The four focus areas',
      'focus-area-card': 'One focus area',
      framework: 'The whole framework',
      reflection: 'The reflection questions',
      search: 'Search the framework',
      'task-picker': 'The task picker (which focus areas does the task call for?)',
      dialogue: 'The group dialogue (one question at a time)',
      round: 'The group’s picture (anonymous answers from each participant’s own device)',
      meeting: 'The team’s meeting (plan, agreements, round and minutes in the team’s own file)'
    },
    AreaLabel: 'Focus area',
    AreaNone: 'None in particular',
    AreaAll: 'All four, one at a time',
    Areas: { faglighed: 'Competence', innovation: 'Innovation', mening: 'Meaning', drift: 'Operations' },
    LevelLabel: 'Level',
    LevelNone: 'All levels',
    Levels: {
      'enkelte-leder': 'The individual leader',
      ledergruppe: 'Leadership team / cross-cutting leadership',
      arbejdsfaellesskaber: 'Work communities',
      'overordnet-leder': 'Leader / line manager'
    },
    LanguageLabel: 'Language',
    LanguageAuto: 'Like the page',
    LanguageDa: 'Dansk (Danish, the original)',
    LanguageEn: 'English (unofficial translation)',
    HeadingLevelLabel: 'Heading level'
  };
});
