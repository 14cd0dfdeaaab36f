/**
 * An id attribute (`area`, `level`, `mode`, `variant`) forgives case and surrounding spaces, as an editor types
 * them (`area="Drift"`, `area=" drift "`); a value still unknown after that gets the element's notice.
 */
import { describe, expect, it } from 'vitest';
import '../../components/define';
import { getFramework } from '../../content/index';
import type { LgDialogue, LgFocusAreaCard, LgFocusAreas, LgReflection, LgRound } from '../../components/index';
import { $, $$, mount, query, textOf, useCleanDocument } from './element-helpers';

const da = getFramework('da');
useCleanDocument();

describe('id attributes forgive case and spaces', () => {
  for (const written of ['Drift', ' drift ', 'DRIFT', '\tDrift\n']) {
    it(`<lg-focus-area-card area=${JSON.stringify(written)}> shows Drift`, async () => {
      const el = await mount<LgFocusAreaCard>(`<lg-focus-area-card area="${written}"></lg-focus-area-card>`);
      expect(query(el, '.notice')).toBeNull();
      expect(textOf($(el, '[part~="title"]'))).toBe(da.focusAreas.find((a) => a.id === 'drift')!.title);
      expect(el.area).toBe('drift');
    });
  }

  it('variant=" Full " on a card and on the four cards', async () => {
    const card = await mount<LgFocusAreaCard>('<lg-focus-area-card area="mening" variant=" Full "></lg-focus-area-card>');
    expect(query(card, '[part="statements"]')).not.toBeNull();
    const areas = await mount<LgFocusAreas>('<lg-focus-areas variant="FULL"></lg-focus-areas>');
    expect(areas.variant).toBe('full');
    expect($$(areas, '[part="statements"]')).toHaveLength(4);
  });

  it('level=" Ledergruppe " on the reflection questions and the dialogue', async () => {
    const reflection = await mount<LgReflection>('<lg-reflection level=" Ledergruppe "></lg-reflection>');
    expect(query(reflection, '.notice')).toBeNull();
    expect($$(reflection, '[part="level"]')).toHaveLength(1);
    const dialogue = await mount<LgDialogue>('<lg-dialogue level="LEDERGRUPPE" area=" Innovation "></lg-dialogue>');
    expect(query(dialogue, '.notice')).toBeNull();
    expect([dialogue.level, dialogue.area]).toEqual(['ledergruppe', 'innovation']);
  });

  it('mode=" Participant " on the round', async () => {
    const el = await mount<LgRound>('<lg-round mode=" Participant "></lg-round>');
    expect(query(el, '.notice')).toBeNull();
    expect(el.currentMode).toBe('participant');
  });

  it('an unknown value still gets the notice, in the element’s language', async () => {
    const card = await mount<LgFocusAreaCard>('<lg-focus-area-card area=" Økonomi "></lg-focus-area-card>');
    expect(textOf($(card, '.notice'))).toContain('Ukendt fokusområde: "økonomi"');
    const round = await mount<LgRound>('<lg-round mode="Boss" lang="en"></lg-round>');
    expect(textOf($(round, '.notice'))).toContain('Unknown view: "boss"');
  });
});
