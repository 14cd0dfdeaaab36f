/**
 * The options page: language, what the popup opens with, what IT has set, export / import / delete of the
 * person's data, and what is stored where. Settings that IT has set are shown, and cannot be changed here.
 */
import '../lib/page.css';
import { browser } from '@wxt-dev/webextension-polyfill/browser';
import { downloadText } from '../../components/shared/download';
import { openJournalStore, openTaskStore, type TaskStore } from '../../components/index';
import { PASSPHRASE_UI } from '../../components/shared/passphrase.strings';
import { isSealedFile, openFile, sealWithNewPassphrase } from '../../content/sealed';
import { applyData, deleteAllData, exportData, previewData, previewLines, type DataStores, type ImportPreview } from '../lib/data';
import { startPage, translate } from '../lib/page';
import { loadSettings, saveUserOptions, type EffectiveSettings, type UserOptions } from '../lib/settings';
import { STRINGS, type Strings } from '../lib/strings';

const form = document.getElementById('options') as HTMLFormElement;
const optionsStatus = document.getElementById('options-status')!;
const dataStatus = document.getElementById('data-status')!;
let strings: Strings = STRINGS.da;
let store: Promise<TaskStore> | undefined;
const tasks = () => (store ??= openTaskStore());

function render(settings: EffectiveSettings) {
  strings = translate(settings.lang);
  for (const name of ['language', 'popupStart'] as const) {
    const managed = settings.managed.includes(name);
    for (const input of form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) {
      input.checked = input.value === settings[name];
      input.disabled = managed;
    }
    document.getElementById(`${name}-managed`)!.hidden = !managed;
  }

  const org = document.getElementById('org-list')!;
  const rows: Array<[string, string | Node]> = [];
  for (const [key, label] of [
    ['readMoreUrl', strings.orgReadMore],
    ['taskPageUrl', strings.orgTaskPage],
  ] as const) {
    if (!settings.managed.includes(key)) continue;
    const a = document.createElement('a');
    a.href = settings[key];
    a.textContent = settings[key];
    a.rel = 'noopener noreferrer';
    rows.push([label, a]);
  }
  for (const [surface, label] of [
    ['sidePanel', strings.surfaceSidePanel],
    ['contextMenu', strings.surfaceContextMenu],
    ['omnibox', strings.surfaceOmnibox],
  ] as const) {
    if (settings.managed.includes(`surfaces.${surface}`)) rows.push([label, settings.surfaces[surface] ? strings.shown : strings.hidden]);
  }
  if (settings.managed.includes('language')) rows.push([strings.language, form.querySelector(`input[name="language"][value="${settings.language}"] + span`)?.textContent ?? settings.language]);
  if (settings.managed.includes('popupStart')) rows.push([strings.popupStart, form.querySelector(`input[name="popupStart"][value="${settings.popupStart}"] + span`)?.textContent ?? settings.popupStart]);
  org.replaceChildren(
    ...rows.map(([term, value]) => {
      const div = document.createElement('div');
      const dt = document.createElement('dt');
      const dd = document.createElement('dd');
      dt.textContent = term;
      dd.append(value);
      div.append(dt, dd);
      return div;
    }),
  );
  org.hidden = !rows.length;
  document.getElementById('org-none')!.hidden = !!rows.length;

  document.getElementById('stored')!.replaceChildren(
    ...strings.stored.map((text) => Object.assign(document.createElement('li'), { textContent: text })),
  );
}

form.addEventListener('change', async (e) => {
  const input = e.target as HTMLInputElement;
  if (input.name !== 'language' && input.name !== 'popupStart') return;
  await saveUserOptions({ [input.name]: input.value } as Partial<UserOptions>);
  // In the language now in force (the language may be what just changed); data-text keeps it so.
  optionsStatus.dataset.text = 'saved';
  optionsStatus.textContent = STRINGS[(await loadSettings(browser)).lang].saved;
});

function say(text: string, details: string[] = []) {
  dataStatus.replaceChildren(Object.assign(document.createElement('p'), { textContent: text }));
  if (details.length) {
    const ul = document.createElement('ul');
    ul.append(...details.map((d) => Object.assign(document.createElement('li'), { textContent: d })));
    dataStatus.append(ul);
  }
}

/** Both stores, opened for one action and closed after it. */
async function withStores<T>(work: (stores: DataStores) => Promise<T>): Promise<T> {
  const journal = await openJournalStore();
  try {
    return await work({ tasks: await tasks(), journal });
  } finally {
    journal.close();
  }
}

const pageLang = () => (document.documentElement.lang === 'en' ? 'en' : 'da');
const field = (id: string) => document.getElementById(id) as HTMLInputElement;
const encrypt = field('export-encrypt');
encrypt.addEventListener('change', () => {
  document.getElementById('export-pass-fields')!.hidden = !encrypt.checked;
  if (encrypt.checked) field('export-pass').focus();
});

document.getElementById('export')!.addEventListener('click', async () => {
  const p = PASSPHRASE_UI[pageLang()];
  const { text, tasks: t, entries, journalLocked } = await withStores((stores) => exportData(stores));
  const sealed = encrypt.checked ? await sealWithNewPassphrase(text, field('export-pass').value, field('export-again').value) : { ok: true as const, text };
  if (!sealed.ok) {
    say(p.problem[sealed.problem]);
    if (sealed.problem !== 'crypto') field(sealed.problem === 'too-short' ? 'export-pass' : 'export-again').focus();
    return;
  }
  const file = sealed.text;
  const name = `ledelsesgrundlag-${new Date().toISOString().slice(0, 10)}.json`;
  downloadText(document.body, name, file, 'application/json');
  say([journalLocked ? strings.exportedLocked(t) : strings.exported(t, entries), ...(encrypt.checked ? [p.exportedEncrypted(name)] : [])].join(' '));
});

const fileInput = document.getElementById('import') as HTMLInputElement;
const importButton = document.getElementById('import-button') as HTMLButtonElement;
importButton.addEventListener('click', () => fileInput.click());
const importConfirm = document.getElementById('import-confirm')!;
let pending: Extract<ImportPreview, { ok: true }> | undefined;

/** Shows what importing will do, and asks; or why nothing can be imported. */
function showPreview(preview: ImportPreview): void {
  pending = undefined;
  importConfirm.hidden = true;
  if (!preview.ok) return say(strings.importFailed, preview.errors);
  const lines = previewLines(preview, strings);
  if (!lines.length) return say(strings.previewNothing);
  pending = preview;
  document.getElementById('import-plan')!.replaceChildren(...lines.map((l) => Object.assign(document.createElement('li'), { textContent: l })));
  dataStatus.replaceChildren();
  importConfirm.hidden = false;
  document.getElementById('import-yes')!.focus();
}

const sealedForm = document.getElementById('sealed-form') as HTMLFormElement;
/** The encrypted file chosen, until its passphrase is given or the import is cancelled. */
let sealedText: string | undefined;

fileInput.addEventListener('change', async () => {
  const file = fileInput.files?.[0];
  if (!file) return;
  const text = await file.text().catch(() => '');
  fileInput.value = '';
  sealedText = isSealedFile(text) ? text : undefined;
  sealedForm.hidden = sealedText === undefined;
  if (sealedText !== undefined) {
    pending = undefined;
    importConfirm.hidden = true;
    dataStatus.replaceChildren();
    return field('sealed-pass').focus();
  }
  showPreview(await withStores((stores) => previewData(stores, text, pageLang())));
});
sealedForm.addEventListener('submit', async (e) => {
  e.preventDefault();
  if (sealedText === undefined) return;
  const p = PASSPHRASE_UI[pageLang()];
  say(p.opening);
  const opened = await openFile(sealedText, field('sealed-pass').value);
  if (!opened.ok) {
    say(p.issues[opened.issue.code]);
    if (opened.issue.code === 'passphrase') return field('sealed-pass').select();
  }
  sealedText = undefined;
  sealedForm.reset();
  sealedForm.hidden = true;
  if (opened.ok) showPreview(await withStores((stores) => previewData(stores, opened.text, pageLang())));
  else importButton.focus();
});
document.getElementById('sealed-cancel')!.addEventListener('click', () => {
  sealedText = undefined;
  sealedForm.reset();
  sealedForm.hidden = true;
  importButton.focus();
  say(strings.importCancelled);
});
document.getElementById('import-yes')!.addEventListener('click', async () => {
  const preview = pending;
  pending = undefined;
  importConfirm.hidden = true;
  importButton.focus();
  if (!preview) return;
  const result = await withStores((stores) => applyData(stores, preview));
  say(result.ok ? strings.imported(result.tasks, result.entries) : strings.importNotKept);
});
document.getElementById('import-no')!.addEventListener('click', () => {
  pending = undefined;
  importConfirm.hidden = true;
  importButton.focus();
  say(strings.importCancelled);
});

const confirmBox = document.getElementById('delete-confirm')!;
const deleteButton = document.getElementById('delete') as HTMLButtonElement;
deleteButton.addEventListener('click', () => {
  confirmBox.hidden = false;
  document.getElementById('delete-no')!.focus();
});
document.getElementById('delete-no')!.addEventListener('click', () => {
  confirmBox.hidden = true;
  deleteButton.focus();
});
document.getElementById('delete-yes')!.addEventListener('click', async () => {
  await withStores((stores) => deleteAllData(browser, stores));
  confirmBox.hidden = true;
  deleteButton.focus();
  say(strings.deleted);
});

void startPage(browser, render);
