import { html } from 'lit';
import { LgElement, idAttribute } from '../shared/lg-element';
import { translationNote } from '../shared/markup';
import { base } from '../shared/styles';
import { reflectionLevels, reflectionStyles } from '../shared/reflection-levels';

/**
 * The framework's reflection questions: those of one level, or of every level when `level` is absent or empty.
 * Each level's title is a heading, the titles of its parts (where it has several) a heading one level below,
 * and its questions a list. An unknown `level` shows a short notice and warns once in the console.
 *
 * @tagname lg-reflection
 * @summary Reflection questions for one level or all levels.
 *
 * @attr level - `enkelte-leder`, `ledergruppe`, `arbejdsfaellesskaber` or `overordnet-leder`; absent: all levels.
 * @attr heading-level - Level of each level's title heading, 2–6 (default 2).
 * @attr lang - Language (`da` or `en`); otherwise inherited from the nearest ancestor with `lang`, else Danish.
 *
 * @csspart translation-note - On the English translation: the note that it is unofficial and that the Danish text is the original.
 * @csspart level - A level's section.
 * @csspart level-title - A level's title heading.
 * @csspart part-title - The title of a part of a level (e.g. "Ledelse af en specifik opgave:").
 * @csspart questions - A list of questions.
 * @csspart notice - The message shown for bad input.
 *
 * @cssproperty --lg-color-text - Text colour.
 * @cssproperty --lg-color-background - Background colour.
 * @cssproperty --lg-space - Base spacing.
 */
export class LgReflection extends LgElement {
  static override styles = [base, reflectionStyles];

  static override properties = {
    level: { reflect: true, converter: idAttribute },
  };

  /** The level's id; absent or empty for every level. */
  declare level: string | undefined;

  override render() {
    const { reflection } = this.framework;
    const [h, bad] = this.headingLevelOf();
    const levels = this.level ? reflection.filter((r) => r.id === this.level) : reflection;
    if (!levels.length) {
      return this.notice(this.ui.unknownLevel, this.level!, reflection.map((r) => r.id).join(', '));
    }
    return reflectionLevels(levels, h, this.language, html`${translationNote(this.framework)} ${bad}`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lg-reflection': LgReflection;
  }
}
