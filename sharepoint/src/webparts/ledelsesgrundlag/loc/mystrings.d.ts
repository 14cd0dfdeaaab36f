declare interface ILedelsesgrundlagWebPartStrings {
  PropertyPaneDescription: string;
  ElementGroupName: string;
  ElementLabel: string;
  Elements: Record<string, string>;
  AreaLabel: string;
  AreaNone: string;
  AreaAll: string;
  Areas: Record<string, string>;
  LevelLabel: string;
  LevelNone: string;
  Levels: Record<string, string>;
  LanguageLabel: string;
  LanguageAuto: string;
  LanguageDa: string;
  LanguageEn: string;
  HeadingLevelLabel: string;
}

declare module 'LedelsesgrundlagWebPartStrings' {
  const strings: ILedelsesgrundlagWebPartStrings;
  export = strings;
}
