/** The quiet reminder to export, as both the picker and the journal show it (./controllers/export-reminder decides when). */
import { html, nothing, type TemplateResult } from 'lit';
import type { ReminderView } from './controllers/export-reminder';
import { button } from './button';

/** The reminder: what it says, Export now (the element's full export) and Not now (counting starts again). */
export function renderReminder(v: ReminderView | undefined, on: { exportNow: () => void; notNow: () => void }): TemplateResult | typeof nothing {
  if (!v) return nothing;
  return html`<div class="reminder" part="reminder" role="note">
    <p>${v.text}</p>
    <p class="row">${button(v.words.exportNow, on.exportNow, { cls: 'primary' })} ${button(v.words.notNow, on.notNow, { cls: 'quiet' })}</p>
  </div>`;
}
