/**
 * The web part: a thin shell around mount() from the elements' bundle. It passes the property pane's choices, the
 * page's language and SharePoint's theme (section backgrounds included) to mount(), and nothing else; all the
 * behaviour is the elements'.
 */
import { Version } from '@microsoft/sp-core-library';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import {
  type IPropertyPaneConfiguration,
  type IPropertyPaneDropdownOption,
  PropertyPaneDropdown,
  PropertyPaneSlider
} from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart, type IWebPartPropertiesMetadata } from '@microsoft/sp-webpart-base';
import * as strings from 'LedelsesgrundlagWebPartStrings';
import { MOUNT_CHOICES, mount, searchableText, sharePointTheme, type Mounted, type MountTheme } from '../../elements/mount.js';

export interface ILedelsesgrundlagWebPartProps {
  element: string;
  area: string;
  level: string;
  language: string;
  headingLevel: number;
  /** The words the web part shows, as plain text: kept with the page so that SharePoint's search finds them. */
  searchText?: string;
}

export default class LedelsesgrundlagWebPart extends BaseClientSideWebPart<ILedelsesgrundlagWebPartProps> {
  private mounted: Mounted | undefined;
  private theme: MountTheme | undefined;

  public render(): void {
    const p = this.properties;
    const properties = {
      element: p.element,
      area: p.area,
      level: p.level,
      language: p.language,
      pageLanguage: this.context.pageContext.cultureInfo.currentUICultureName,
      headingLevel: p.headingLevel,
      theme: this.theme
    };
    if (this.mounted) this.mounted.update(properties);
    else this.mounted = mount(this.domElement, properties);
    // the elements draw their words by script; SharePoint's search reads this property instead
    void searchableText(properties).then((text) => {
      this.properties.searchText = text;
    });
  }

  /** `searchText` is the page's text for SharePoint's search (the rest are settings). */
  protected get propertiesMetadata(): IWebPartPropertiesMetadata {
    return { searchText: { isSearchablePlainText: true } };
  }

  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    this.theme = sharePointTheme(theme);
    if (this.mounted) this.render();
  }

  protected onDispose(): void {
    this.mounted?.unmount();
    this.mounted = undefined;
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const options = (keys: readonly string[], words: Record<string, string>): IPropertyPaneDropdownOption[] =>
      keys.map((key) => ({ key, text: words[key] ?? key }));
    const element = this.properties.element;
    const areaOptions = [{ key: '', text: strings.AreaNone }, ...options(MOUNT_CHOICES.areas, strings.Areas)];
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.ElementGroupName,
              groupFields: [
                PropertyPaneDropdown('element', { label: strings.ElementLabel, options: options(MOUNT_CHOICES.elements, strings.Elements) }),
                PropertyPaneDropdown('area', {
                  label: strings.AreaLabel,
                  options: element === 'dialogue' ? [...areaOptions, { key: 'all', text: strings.AreaAll }] : areaOptions,
                  disabled: element !== 'focus-area-card' && element !== 'dialogue'
                }),
                PropertyPaneDropdown('level', {
                  label: strings.LevelLabel,
                  options: [{ key: '', text: strings.LevelNone }, ...options(MOUNT_CHOICES.levels, strings.Levels)],
                  disabled: element !== 'reflection' && element !== 'dialogue'
                }),
                PropertyPaneDropdown('language', {
                  label: strings.LanguageLabel,
                  options: [
                    { key: 'auto', text: strings.LanguageAuto },
                    { key: 'da', text: strings.LanguageDa },
                    { key: 'en', text: strings.LanguageEn }
                  ]
                }),
                PropertyPaneSlider('headingLevel', { label: strings.HeadingLevelLabel, min: 1, max: 6, step: 1, showValue: true })
              ]
            }
          ]
        }
      ]
    };
  }
}
