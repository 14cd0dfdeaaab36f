/**
 * Focus after an element's save (components/shared/focus.ts): the element moves focus once its `updateComplete` has
 * resolved, which waits for the browser's store. A save that finished late pulled the cursor out of the field the
 * person had moved to: in the meeting, "Tilføj aftalen" and then typing the meeting's note put the note's words into
 * the next agreement's field, and the minutes lacked the note (a flaky e2e under load in CI).
 */
import { html, LitElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { deepActiveElement, focusAfterRender } from '../../components/shared/focus';

/** An element whose `updateComplete` waits until the test lets the save finish. */
class SlowSave extends LitElement {
  saved: () => void = () => {};
  private saving: Promise<void> = Promise.resolve();
  hideButton = false;
  save(): void {
    this.saving = new Promise((resolve) => (this.saved = resolve));
    this.requestUpdate();
  }
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.saving;
    return super.getUpdateComplete();
  }
  override render() {
    return html`<input id="what" />${this.hideButton ? '' : html`<button id="add">Tilføj</button>`}`;
  }
}
customElements.define('test-slow-save', SlowSave);

async function mounted(): Promise<{ el: SlowSave; notes: HTMLTextAreaElement }> {
  document.body.innerHTML = '<test-slow-save></test-slow-save><textarea id="notes"></textarea>';
  const el = document.querySelector<SlowSave>('test-slow-save')!;
  await el.updateComplete;
  return { el, notes: document.querySelector('textarea')! };
}

const tick = () => new Promise((r) => setTimeout(r));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('focusAfterRender', () => {
  it('focuses the target once the save has finished, when focus is still where the action left it', async () => {
    const { el } = await mounted();
    el.shadowRoot!.querySelector<HTMLButtonElement>('#add')!.focus();
    el.save();
    const focused = focusAfterRender(el, '#what');
    await tick();
    expect(deepActiveElement()?.id).toBe('add');
    el.saved();
    expect((await focused)?.id).toBe('what');
    expect(deepActiveElement()?.id).toBe('what');
  });

  it('leaves focus (and what is typed) in the field the person moved to while the save was under way', async () => {
    const { el, notes } = await mounted();
    el.shadowRoot!.querySelector<HTMLButtonElement>('#add')!.focus();
    el.save();
    const focused = focusAfterRender(el, '#what');
    await tick();
    notes.focus();
    notes.value = 'God energi i dag.';
    el.saved();
    expect(await focused).toBeNull();
    expect(deepActiveElement()).toBe(notes);
  });

  it('moves focus that was lost meanwhile: the focused button was drawn away', async () => {
    const { el } = await mounted();
    el.shadowRoot!.querySelector<HTMLButtonElement>('#add')!.focus();
    el.save();
    const focused = focusAfterRender(el, '#what');
    el.hideButton = true;
    el.requestUpdate();
    await tick();
    el.saved();
    expect((await focused)?.id).toBe('what');
    expect(deepActiveElement()?.id).toBe('what');
  });

  it('prepares the target before focusing it, and resolves to null where there is no target', async () => {
    const { el } = await mounted();
    const prepared: string[] = [];
    expect((await focusAfterRender(el, '#what', (t) => prepared.push(t.id)))?.id).toBe('what');
    expect(prepared).toEqual(['what']);
    expect(await focusAfterRender(el, '#none')).toBeNull();
  });
});
