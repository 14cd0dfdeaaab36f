/**
 * The options page: language, what the popup opens with, what IT has set, export / import / delete of the
 * person's data, and what is stored where. Settings that IT has set are shown, and cannot be changed here.
 */
import '../lib/page.css';
import { browser } from '@wxt-dev/webextension-polyfill/browser';
import { downloadText } from '../../components/shared/download';
import { openTaskStore, type TaskStore } from '../../components/shared/task-store';
import { openJournalStore } from '../../components/shared/journal-store';
import { deleteAllData, exportData, importData } from '../lib/data';
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
  if (settings.managed.includes('readMoreUrl')) {
    const a = document.createElement('a');
    a.href = settings.readMoreUrl;
    a.textContent = settings.readMoreUrl;
    a.rel = 'noopener noreferrer';
    rows.push([strings.orgReadMore, a]);
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

document.getElementById('export')!.addEventListener('click', async () => {
  const { text, count } = await exportData(browser, await tasks());
  downloadText(document.body, `ledelsesgrundlag-${new Date().toISOString().slice(0, 10)}.json`, text, 'application/json');
  say(strings.exported(count));
});

const fileInput = document.getElementById('import') as HTMLInputElement;
fileInput.addEventListener('change', async () => {
  const file = fileInput.files?.[0];
  if (!file) return;
  const result = await importData(browser, await tasks(), await file.text(), document.documentElement.lang === 'en' ? 'en' : 'da');
  fileInput.value = '';
  if (result.ok) say(strings.imported(result.count));
  else if ('errors' in result) say(strings.importFailed, result.errors);
  else say(strings.importNotKept);
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
  const journal = await openJournalStore();
  await deleteAllData(browser, await tasks(), journal);
  journal.close();
  confirmBox.hidden = true;
  deleteButton.focus();
  say(strings.deleted);
});

void startPage(browser, render);
