/** The passphrase field of every form that encrypts or opens a file (the journal's lock and exports, the team's file). */
import { html, nothing, type TemplateResult } from 'lit';

/** A passphrase field (with its label), named `name`. */
export function passphraseField(id: string, name: string, label: string, autocomplete: string, describedBy?: string): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input id=${id} name=${name} type="password" autocomplete=${autocomplete} required spellcheck="false"
      aria-describedby=${describedBy ?? nothing} />
  </div>`;
}
