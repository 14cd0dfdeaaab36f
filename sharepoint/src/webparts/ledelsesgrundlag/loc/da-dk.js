define([], function () {
  return {
    PropertyPaneDescription: 'Vælg, hvilken del af ledelsesgrundlaget webdelen viser.',
    ElementGroupName: 'Indhold',
    ElementLabel: 'Vis',
    Elements: {
      'focus-areas': 'De fire fokusområder',
      'focus-area-card': 'Ét fokusområde',
      framework: 'Hele ledelsesgrundlaget',
      reflection: 'Refleksionsspørgsmålene',
      search: 'Søgning i ledelsesgrundlaget',
      'task-picker': 'Opgavevælgeren (hvilke fokusområder kalder opgaven på?)',
      dialogue: 'Dialogen (ét spørgsmål ad gangen)',
      round: 'Gruppens billede (anonyme svar fra hver deltagers egen enhed)',
      meeting: 'Teamets møde (drejebog, aftaler, runde og referat i teamets egen fil)'
    },
    AreaLabel: 'Fokusområde',
    AreaNone: 'Intet bestemt',
    AreaAll: 'Alle fire, ét ad gangen',
    Areas: { faglighed: 'Faglighed', innovation: 'Innovation', mening: 'Mening', drift: 'Drift' },
    LevelLabel: 'Niveau',
    LevelNone: 'Alle niveauer',
    Levels: {
      'enkelte-leder': 'Den enkelte leder',
      ledergruppe: 'Ledergruppe/tværgående ledelse',
      arbejdsfaellesskaber: 'Arbejdsfællesskaber',
      'overordnet-leder': 'Leder/overordnet leder'
    },
    LanguageLabel: 'Sprog',
    LanguageAuto: 'Som siden',
    LanguageDa: 'Dansk (originalen)',
    LanguageEn: 'English (uofficiel oversættelse)',
    HeadingLevelLabel: 'Overskriftsniveau'
  };
});
