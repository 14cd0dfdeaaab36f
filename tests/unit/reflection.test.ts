import { describe, expect, it } from 'vitest';
import '../../components/define';
import { getFramework, REFLECTION_LEVEL_IDS } from '../../content/index';
import type { LgReflection } from '../../components/index';
import { afterMutation, mount, textOf, useCleanDocument } from './element-helpers';

const da = getFramework('da');
const en = getFramework('en');

const warn = useCleanDocument();

const reflection = (attrs = '') => mount<LgReflection>(`<lg-reflection ${attrs}></lg-reflection>`);
const texts = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)].map(textOf);
const questions = (fw: typeof da, id: string) => fw.reflection.find((r) => r.id === id)!.parts.flatMap((p) => p.questions.map((q) => q.text));

describe('<lg-reflection>', () => {
  it('knows the levels by their Danish titles', () => {
    expect(da.reflection.map((r) => r.title)).toEqual(['Den enkelte leder', 'Ledergruppe/tværgående ledelse', 'Arbejdsfællesskaber', 'Leder/overordnet leder']);
  });

  for (const id of REFLECTION_LEVEL_IDS) {
    it(`level="${id}": the level title as a heading and its questions as a list, in Danish and English`, async () => {
      for (const [lang, fw] of [['da', da], ['en', en]] as const) {
        const el = await reflection(`level="${id}" lang="${lang}"`);
        const level = fw.reflection.find((r) => r.id === id)!;
        expect(texts(el, 'h2')).toEqual([level.title]);
        expect(texts(el, '[part="questions"] > li')).toEqual(questions(fw, id));
        expect(texts(el, 'h3')).toEqual(level.parts.filter((p) => p.title).map((p) => p.title));
        expect(el.shadowRoot!.querySelectorAll('section[part="level"]')).toHaveLength(1);
      }
    });
  }

  it('shows the part titles of "arbejdsfaellesskaber" one level below the level title', async () => {
    const el = await reflection('level="arbejdsfaellesskaber" heading-level="3"');
    expect(texts(el, 'h3')).toEqual(['Arbejdsfællesskaber']);
    expect(texts(el, 'h4')).toEqual(['Generel ledelse i arbejdsfællesskaber:', 'Ledelse af en specifik opgave:']);
    expect(texts(el, 'ul')).toHaveLength(2);
    expect(texts(el, 'li')).toContain('Hvilke af de fire fokusområder for ledelse kalder opgaven i særlig grad på?');
  });

  it('shows every level, in order, when level is absent or empty', async () => {
    for (const attrs of ['', 'level=""']) {
      const el = await reflection(attrs);
      expect(texts(el, 'h2')).toEqual(da.reflection.map((r) => r.title));
      expect(texts(el, 'li')).toEqual(da.reflection.flatMap((r) => questions(da, r.id)));
      // Each level is a section labelled by its heading.
      for (const section of el.shadowRoot!.querySelectorAll('section')) {
        const heading = el.shadowRoot!.getElementById(section.getAttribute('aria-labelledby')!);
        expect(section.contains(heading)).toBe(true);
      }
    }
  });

  it('changes level when the attribute changes', async () => {
    const el = await reflection('level="ledergruppe"');
    el.setAttribute('level', 'overordnet-leder');
    await el.updateComplete;
    expect(texts(el, 'h2')).toEqual(['Leder/overordnet leder']);
    el.removeAttribute('level');
    await el.updateComplete;
    expect(texts(el, 'h2')).toHaveLength(4);
  });

  it('says so for an unknown level, in Danish and in English, and warns once', async () => {
    const el = await reflection('level="chef"');
    const valid = 'enkelte-leder, ledergruppe, arbejdsfaellesskaber, overordnet-leder';
    expect(textOf(el.shadowRoot!.querySelector('p.notice'))).toBe(`Ukendt refleksionsniveau: "chef". Gyldige værdier: ${valid}.`);
    el.setAttribute('lang', 'en');
    await afterMutation(el);
    expect(textOf(el.shadowRoot!.querySelector('p.notice'))).toBe(`Unknown reflection level: "chef". Valid values: ${valid}.`);
    el.requestUpdate();
    await el.updateComplete;
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('re-renders when an ancestor\'s lang changes', async () => {
    const el = await mount<LgReflection>('<section lang="da"><lg-reflection level="enkelte-leder"></lg-reflection></section>', 'lg-reflection');
    el.parentElement!.lang = 'en';
    await afterMutation(el);
    expect(texts(el, 'h2')).toEqual([en.reflection[0].title]);
    expect(texts(el, 'li')).toEqual(questions(en, 'enkelte-leder'));
  });
});
