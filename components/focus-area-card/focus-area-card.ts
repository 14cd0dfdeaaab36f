import { html, nothing } from 'lit';
import { LgElement, idAttribute } from '../shared/lg-element';
import { translationNote } from '../shared/markup';
import { base } from '../shared/styles';
import { areaCard, areaCardStyles, isFull } from '../shared/area-card';

/**
 * One focus area of the leadership framework.
 *
 * `compact` shows the title ("Vi vil lede …") and the three points after "Det vil vi ved at:".
 * `full` adds the three "vi …" statements under "Hvad gør vi?" and every paragraph on the leader's role.
 * The area's colour is an accent (a thick border and a marker); the title always names the area.
 * An unknown or missing `area`, or a malformed `heading-level`, shows a short notice and warns once in the console.
 *
 * @tagname lg-focus-area-card
 * @summary One of the four focus areas, compact or in full.
 *
 * @attr area - The area's id: `faglighed`, `innovation`, `mening` or `drift`.
 * @attr variant - `compact` (default) or `full`.
 * @attr heading-level - Level of the title heading, 2–6 (default 2); "Hvad gør vi?" is one level below.
 * @attr lang - Language (`da` or `en`); otherwise inherited from the nearest ancestor with `lang`, else Danish.
 *
 * @csspart translation-note - On the English translation: the note that it is unofficial and that the Danish text is the original.
 * @csspart card - The card's box, with the area's colour as its thick start border.
 * @csspart title - The heading with the area's title.
 * @csspart marker - The small colour marker before the title.
 * @csspart statements-heading - "Hvad gør vi?" (full).
 * @csspart statements - The list of "vi …" statements (full).
 * @csspart points-lead - "Det vil vi ved at:".
 * @csspart points - The list of the three points.
 * @csspart leader-role - The paragraphs on the leader's role (full).
 * @csspart notice - The message shown for bad input.
 *
 * @cssproperty --lg-font-family - Font stack (default: the system UI font).
 * @cssproperty --lg-font-size - Base font size (default `max(1rem, 16px)`: grows with the page's root size, never below 16 px).
 * @cssproperty --lg-color-text - Text colour.
 * @cssproperty --lg-color-background - Background colour.
 * @cssproperty --lg-color-surface - The card's background.
 * @cssproperty --lg-color-border - Border colour.
 * @cssproperty --lg-color-focus - Focus outline and link colour.
 * @cssproperty --lg-color-faglighed - Accent of "faglighed".
 * @cssproperty --lg-color-innovation - Accent of "innovation".
 * @cssproperty --lg-color-mening - Accent of "mening".
 * @cssproperty --lg-color-drift - Accent of "drift".
 * @cssproperty --lg-radius - Corner radius.
 * @cssproperty --lg-space - Base spacing.
 */
export class LgFocusAreaCard extends LgElement {
  static override styles = [base, areaCardStyles];

  static override properties = {
    area: { reflect: true, converter: idAttribute },
    variant: { converter: idAttribute },
  };

  /** The area's id. */
  declare area: string | undefined;
  /** `compact` or `full`. */
  declare variant: string;

  constructor() {
    super();
    this.variant = 'compact';
  }

  /** Focuses the title heading (used by deep links); falls back to the host when there is no title. */
  override focus(options?: FocusOptions): void {
    const title = this.renderRoot?.querySelector<HTMLElement>('[part~="title"]');
    if (title) title.focus(options);
    else super.focus(options);
  }

  /** @internal Inside <lg-focus-areas>, which shows the note on a translation once for all four cards. */
  private get inOverview(): boolean {
    return (this.getRootNode() as ShadowRoot).host?.localName === 'lg-focus-areas';
  }

  override render() {
    const { focusAreas, labels } = this.framework;
    const [level, bad] = this.headingLevelOf();
    const area = focusAreas.find((a) => a.id === this.area);
    if (!area) {
      const ids = focusAreas.map((a) => a.id).join(', ');
      return this.area
        ? this.notice(this.ui.unknownArea, this.area, ids)
        : this.notice(this.ui.missingArea, null, ids);
    }
    const full = isFull(this.variant, this.localName);
    return areaCard(area, labels, { level, full, lang: this.language, titleId: 'title', titlePart: 'title' },
      html`${this.inOverview ? nothing : translationNote(this.framework)} ${bad}`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lg-focus-area-card': LgFocusAreaCard;
  }
}
