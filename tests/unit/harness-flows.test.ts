/**
 * The three large elements used as a person uses them, through the harness (role and accessible name): the
 * picker's save and delete, the journal's note and its deletion, the dialogue's walk. Each shows the shared
 * controllers at work: the status line, the confirmation that gives focus back, the store that refreshes.
 */
import { describe, expect, it } from 'vitest';
import { LgDialogue } from '../../components/dialogue/dialogue';
import { LgReflectionJournal } from '../../components/reflection-journal/reflection-journal';
import { mount } from './element-helpers';
import { Harness } from './harness';
import { picker, usePickerTest } from './task-picker-helpers';

if (!customElements.get('lg-reflection-journal')) customElements.define('lg-reflection-journal', LgReflectionJournal);
if (!customElements.get('lg-dialogue')) customElements.define('lg-dialogue', LgDialogue);

usePickerTest();

describe('the task picker, by role and name', () => {
  it('weighs, saves, asks before deleting, gives focus back on cancel, and deletes', async () => {
    const p = new Harness(await picker());
    await p.settle();
    await p.type('Opgave', 'Ny vagtplan');
    await p.choose(/sikker drift/, 'I særlig grad');
    await p.click('Gem');
    expect(p.status()).toEqual(['Opgaven er gemt.']);
    expect(p.hasButton('Åbn Ny vagtplan')).toBe(true);

    await p.click('Slet Ny vagtplan');
    expect(p.focused()).toBe('Ja, slet');
    await p.click('Annullér');
    expect(p.focused()).toBe('Slet Ny vagtplan');

    await p.click('Slet Ny vagtplan');
    await p.click('Ja, slet');
    expect(p.status()).toEqual(['Opgaven er slettet.']);
    expect(p.hasButton('Åbn Ny vagtplan')).toBe(false);
  });
});

describe('the reflection journal, by role and name', () => {
  it('writes and saves a note, then deletes it after asking, focus back on the asker when kept', async () => {
    const el = await mount<LgReflectionJournal>('<lg-reflection-journal draft-key="harness"></lg-reflection-journal>');
    el.now = () => new Date(2025, 2, 3, 9, 30);
    const j = new Harness(el);
    await j.settle();
    await j.choose('Hvor er jeg nu? (Faglighed)', 'På vej');
    await j.click('Gem notatet');
    expect(j.status()).toContain('Notatet fra 3. marts 2025 er gemt.');

    await j.click('Slet notatet fra 3. marts 2025');
    expect(j.focused()).toBe('Annullér');
    await j.click('Annullér');
    expect(j.focused()).toBe('Slet notatet fra 3. marts 2025');

    await j.click('Slet notatet fra 3. marts 2025');
    await j.click('Ja, slet notatet');
    expect(j.status()).toContain('Notatet fra 3. marts 2025 er slettet.');
    expect(j.hasButton('Slet notatet fra 3. marts 2025')).toBe(false);
  });
});

describe('the dialogue, by role and name', () => {
  it('starts, moves on, says where it is, and ends back at Start', async () => {
    const d = new Harness(await mount<LgDialogue>('<lg-dialogue level="ledergruppe"></lg-dialogue>'));
    await d.click('Start samtalen');
    expect(d.headings()).toContain('Hvordan samarbejder vi om god ledelse?');
    await d.click('Næste →');
    expect(d.el.index).toBe(1);
    await d.click('Afslut samtalen');
    expect(d.focused()).toBe('Start samtalen');
  });
});
