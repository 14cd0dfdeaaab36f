/** Small pieces of markup that the picker's sections share. */
import { html, nothing, type TemplateResult } from 'lit';
import { FOCUS_AREA_IDS, type FocusAreaId } from '../../content/model';
import type { TaskPickerStrings } from './task-picker.strings';

/** The area's colour beside its name (decoration; the name is always there too). */
export const marker = html`<span class="marker" aria-hidden="true"></span>`;

/** A button (`type="button"`) of the picker. */
export const button = (label: unknown, click: () => unknown, cls?: string): TemplateResult =>
  html`<button type="button" class=${cls ?? nothing} @click=${click}>${label}</button>`;

/** An area's short name ("Faglighed"), in the element's language. */
export const short = (s: TaskPickerStrings, id: FocusAreaId): string => s.short[FOCUS_AREA_IDS.indexOf(id)];
