import { html } from 'lit';
import { LgElement, idAttribute } from '../shared/lg-element';
import { translationNote } from '../shared/markup';
import { heart, heartStyles } from '../shared/heart';
import { base } from '../shared/styles';
import { styles } from './focus-areas.styles';
import { areaCard, areaCardStyles, isFull } from '../shared/area-card';

/**
 * The four focus areas in the framework's 2×2 arrangement with the heart between them. In a narrow container
 * (under 44rem) it is one column with the heart above the cards. Each area is drawn as `<lg-focus-area-card>` draws
 * it, in this element's own shadow root.
 *
 * @tagname lg-focus-areas
 * @summary The four focus areas around the heart.
 *
 * @attr variant - `compact` (default) or `full`, passed to every card.
 * @attr heading-level - Level of the cards' title headings, 2–6 (default 2).
 * @attr lang - Language (`da` or `en`); otherwise inherited from the nearest ancestor with `lang`, else Danish.
 *
 * @csspart translation-note - On the English translation: the note that it is unofficial and that the Danish text is the original.
 * @csspart grid - The grid that holds the heart and the cards.
 * @csspart heart - The heart (an SVG image whose text alternative is the framework's caption of its symbol).
 * @csspart card - Each card's box.
 * @csspart title - Each card's title heading.
 * @csspart points - Each card's list of points.
 * @csspart notice - The message shown for a malformed heading-level.
 *
 * @cssproperty --lg-color-faglighed - Accent of "faglighed" (also its quadrant of the heart).
 * @cssproperty --lg-color-innovation - Accent of "innovation".
 * @cssproperty --lg-color-mening - Accent of "mening".
 * @cssproperty --lg-color-drift - Accent of "drift".
 * @cssproperty --lg-space - Gap between the cards.
 */
export class LgFocusAreas extends LgElement {
  static override styles = [base, heartStyles, areaCardStyles, styles];

  static override properties = {
    variant: { converter: idAttribute },
  };

  /** `compact` or `full`. */
  declare variant: string;

  constructor() {
    super();
    this.variant = 'compact';
  }

  override render() {
    const { focusAreas, symbol, labels } = this.framework;
    const [level, bad] = this.headingLevelOf();
    const o = { level, full: isFull(this.variant, this.localName), lang: this.language, titlePart: 'title' };
    return html`<div class="grid" part="grid" lang=${this.language}>
        ${heart(focusAreas.map((a) => a.id), symbol?.caption)} ${focusAreas.map((a) => areaCard(a, labels, o))}
      </div>
      ${translationNote(this.framework)} ${bad}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lg-focus-areas': LgFocusAreas;
  }
}
