import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFreshIndexedDB } from './idb-fixtures';
import '../../components/meeting/define';
import type { LgMeeting } from '../../components/meeting/meeting';
import { openTeamStore } from '../../components/shared/team-store';
import { LgRoundRevealEvent } from '../../components/shared/events';
import { emptyCounts } from '../../content/round';
import { exportTeam, parseTeamFile } from '../../content/team-file';
import { first, newTeam } from '../../content/team';
import { $, $$, mount, query, resetDocument, textOf } from './element-helpers';

const keep = useFreshIndexedDB();
beforeEach(() => resetDocument());
afterEach(() => vi.restoreAllMocks());

async function settled(el: LgMeeting) {
  for (let i = 0; i < 4; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
}

/** A meeting page with a team made and today's meeting started. */
async function meeting(name = 'Ledergruppen'): Promise<LgMeeting> {
  const el = await mount<LgMeeting>('<lg-meeting></lg-meeting>');
  $<HTMLInputElement>(el, '#team-name').value = name;
  $<HTMLFormElement>(el, 'form.new-team').requestSubmit();
  await settled(el);
  $<HTMLButtonElement>(el, '#start-meeting').click();
  await settled(el);
  return el;
}

async function agree(el: LgMeeting, what: string, who = 'AB', area = 'mening') {
  $<HTMLInputElement>(el, '#what').value = what;
  $<HTMLInputElement>(el, '#who').value = who;
  $<HTMLSelectElement>(el, '#area').value = area;
  $<HTMLFormElement>(el, 'form.new-agreement').requestSubmit();
  await settled(el);
}

describe('<lg-meeting>', () => {
  it('asks for the team’s name, then shows the plan and each phase in its order', async () => {
    const el = await mount<LgMeeting>('<lg-meeting></lg-meeting>');
    $<HTMLFormElement>(el, 'form.new-team').requestSubmit();
    await settled(el);
    expect(textOf($(el, '#meeting-status'))).toBe('Skriv teamets navn.');
    el.remove();
    const m = await meeting();
    expect(textOf($(m, '#team-h'))).toBe('Ledergruppen');
    expect($$(m, '.phase-row .phase-name').map(textOf)).toEqual(['Check-in', 'Sidste gangs aftaler', 'Runden', 'Gruppens billede', 'Samtalen', 'Nye aftaler', 'Afslutning']);
    expect(textOf($(m, '.plan .total'))).toBe('I alt 75 minutter.');
    // move the check-in down, skip the picture: the phases follow the plan
    $$<HTMLButtonElement>(m, '.phase-row[data-phase="checkin"] button')[1].click();
    await settled(m);
    $$<HTMLButtonElement>(m, '.phase-row[data-phase="picture"] button').find((b) => textOf(b) === 'Spring over')!.click();
    await settled(m);
    expect($$(m, 'section.phase').map((s) => s.classList[1])).toEqual(['follow-up', 'checkin', 'round', 'dialogue', 'agreements', 'close']);
    expect(textOf($(m, '.plan .total'))).toBe('I alt 65 minutter.');
    // a timebox that is not a whole number of minutes is refused, and said
    const minutes = $<HTMLInputElement>(m, '.phase-row[data-phase="dialogue"] input.minutes');
    minutes.value = '0';
    minutes.dispatchEvent(new Event('change'));
    await settled(m);
    expect(textOf($(m, '#meeting-status'))).toBe('Skriv et helt antal minutter fra 1 til 120.');
    expect(m.team!.meetings[0].plan.find((p) => p.id === 'dialogue')!.minutes).toBe(25);
  });

  it('keeps new agreements, brings the open ones back first at the next meeting, and takes their status', async () => {
    const el = await meeting();
    await agree(el, 'Fast tid til faglig sparring');
    await agree(el, 'Prøv ét nyt mødeformat', 'TRIO', 'innovation');
    expect($$(el, '.agreements.made li').map(textOf)).toEqual(['Fast tid til faglig sparring · Hvem: AB · Vi vil lede meningsfulde og rummelige fællesskaber', 'Prøv ét nyt mødeformat · Hvem: TRIO · Vi vil lede innovative fællesskaber, hvor vi skaber sammen']);
    $<HTMLButtonElement>(el, '#end-meeting').click();
    await settled(el);
    $<HTMLButtonElement>(el, '#start-meeting').click();
    await settled(el);
    const follow = $$(el, '.follow-up li');
    expect(follow.map((li) => textOf(li.querySelector('.what')!))).toEqual(['Fast tid til faglig sparring · Hvem: AB · Vi vil lede meningsfulde og rummelige fællesskaber', 'Prøv ét nyt mødeformat · Hvem: TRIO · Vi vil lede innovative fællesskaber, hvor vi skaber sammen']);
    const select = follow[0].querySelector('select')!;
    select.value = 'done';
    select.dispatchEvent(new Event('change'));
    await settled(el);
    expect(el.team!.agreements.find((a) => a.what.startsWith('Fast'))!.status).toBe('done');
    // kept in the browser
    const store = keep(await openTeamStore());
    expect((await store.list())[0].agreements.map((a) => a.status).sort()).toEqual(['done', 'new']);
  });

  it('keeps the counts of a round revealed inside it (never its codes), with the area to start at, in the minutes and the trend', async () => {
    const el = await meeting();
    const counts = { ...emptyCounts(), faglighed: [0, 1, 2, 0] as [number, number, number, number], innovation: [0, 0, 3, 0] as [number, number, number, number], mening: [1, 0, 0, 2] as [number, number, number, number], drift: [0, 3, 0, 0] as [number, number, number, number] };
    $(el, 'lg-round').dispatchEvent(new LgRoundRevealEvent({ id: 'K7Q2M', day: '2026-12-04', topic: 'leadership', task: '', people: 3, counts, withheld: [], disputed: 'mening' }));
    await settled(el);
    expect(el.team!.rounds).toMatchObject([{ id: 'K7Q2M', people: 3, counts }]);
    expect(el.team!.meetings[0].talkedAbout).toEqual(['mening']);
    expect(textOf($(el, 'article.minutes'))).toContain('Gruppens billede: 3 svar');
    const written: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (t: string) => void written.push(t));
    $$<HTMLButtonElement>(el, '.minutes-box button').find((b) => textOf(b).includes('Markdown'))!.click();
    await settled(el);
    expect(written[0]).toContain('## Gruppens billede: 3 svar');
    expect(written[0]).toContain('| Vi vil lede meningsfulde og rummelige fællesskaber | 1 | 0 | 0 | 2 | 2 | 1,41 |');
    expect(written[0]).toContain('## Områder, I talte om\n\n- Vi vil lede meningsfulde og rummelige fællesskaber');
    expect($$(el, '.trend .trend-area')).toHaveLength(4);
    expect($(el, '.trend svg').getAttribute('aria-label')).toContain('gennemsnit pr. runde');
  });

  it('merges a copy of its file, refuses another team’s file and a damaged one, and changes nothing then', async () => {
    const el = await meeting();
    await agree(el, 'Vores aftale');
    const before = JSON.stringify(el.team);
    const fileInput = $<HTMLInputElement>(el, '#team-file');
    const choose = async (text: string) => {
      Object.defineProperty(fileInput, 'files', { configurable: true, value: [new File([text], 'team.json')] });
      $<HTMLButtonElement>(el, '#merge-file').click();
      fileInput.dispatchEvent(new Event('change'));
      await settled(el);
      return textOf($(el, '#meeting-status'));
    };
    expect(await choose(exportTeam(newTeam('other', 'TRIO Vest', new Date().toISOString()), new Date()))).toBe('Filen er teamet »TRIO Vest«s, ikke dette teams. Intet er ændret. Åbn den som sit eget team i stedet.');
    expect(await choose('{ nope')).toBe('Filen kan ikke læses: den er ikke en teamfil, eller den er beskadiget. Intet er ændret.');
    expect(await choose(JSON.stringify({ format: 'ledelsesgrundlag-team', version: 9, team: {} }))).toContain('nyere udgave');
    expect(JSON.stringify(el.team)).toBe(before);
    // a copy of this team with an agreement of its own: merged, nothing lost
    const copy = parseTeamFile(exportTeam(el.team!, new Date()));
    if (!copy.ok) throw new Error('the team file does not read back');
    const extra = { ...copy.team.agreements[0], id: 'from-copy', rev: 'copy-r', what: 'Fra den anden kopi' };
    expect(await choose(exportTeam({ ...copy.team, agreements: [...copy.team.agreements, extra] }, new Date()))).toBe('Kopien er flettet ind i »Ledergruppen«. Intet gik tabt.');
    expect(el.team!.agreements.map((a) => a.what).sort()).toEqual(['Fra den anden kopi', 'Vores aftale']);
  });

  it('saves the team’s file as a download where the browser cannot write files where they lie, and says where to put it', async () => {
    const el = await meeting();
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    $<HTMLButtonElement>(el, '#save-file').click();
    await settled(el);
    expect(clicked).toEqual(['ledergruppen.ledelsesgrundlag-team.json']);
    expect(textOf($(el, '#meeting-status'))).toContain('Læg den dér, hvor teamet gemmer sine filer');
    expect(query(el, '.team .unsaved')).toBeNull(); // no longer "not saved in the file"
  });

  it('writes the file where it lies where the browser can, and keeps everything on screen when the write fails', async () => {
    const el = await meeting();
    let text = '';
    let fail = false;
    const handle = {
      name: 'ledergruppen.json',
      getFile: async () => new File([text], 'ledergruppen.json'),
      createWritable: async () => ({
        write: async (t: string) => {
          if (fail) throw new DOMException('full', 'QuotaExceededError');
          text = t;
        },
        close: async () => undefined,
      }),
    };
    Object.assign(globalThis, { showOpenFilePicker: async () => [handle], showSaveFilePicker: async () => handle });
    try {
      $<HTMLButtonElement>(el, '#save-file').click();
      await settled(el);
      expect(textOf($(el, '#meeting-status'))).toBe('Gemt i ledergruppen.json.');
      expect(parseTeamFile(text).ok).toBe(true);
      // another facilitator saved the file meanwhile, with an agreement of their own: saving merges it first
      const there = parseTeamFile(text);
      if (!there.ok) throw new Error('the file does not read back');
      const theirs = { ...first('theirs', 'theirs-r', new Date().toISOString()), what: 'Den andens aftale', who: 'CD', due: '', area: '' as const, status: 'new' as const, meeting: 'elsewhere' };
      text = exportTeam({ ...there.team, agreements: [theirs] }, new Date());
      $<HTMLButtonElement>(el, '#save-file').click();
      await settled(el);
      expect(el.team!.agreements.map((a) => a.what)).toEqual(['Den andens aftale']);
      const saved = parseTeamFile(text);
      expect(saved.ok && saved.team.agreements.map((a) => a.what)).toEqual(['Den andens aftale']);
      await agree(el, 'Efter gemningen');
      fail = true;
      $<HTMLButtonElement>(el, '#save-file').click();
      await settled(el);
      expect(textOf($(el, '#meeting-status'))).toContain('Filen kunne ikke gemmes');
      expect(el.team!.agreements.map((a) => a.what).sort()).toEqual(['Den andens aftale', 'Efter gemningen']);
      expect(textOf($(el, '.team .unsaved'))).toBe('Ændringerne er gemt i denne browser, men endnu ikke i teamets fil.');
    } finally {
      delete (globalThis as Record<string, unknown>).showOpenFilePicker;
      delete (globalThis as Record<string, unknown>).showSaveFilePicker;
    }
  });

  it('saves the file encrypted with a passphrase typed twice, and opens it again only with that passphrase', async () => {
    const el = await meeting();
    await agree(el, 'Hemmelig aftale');
    const downloads: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      void (blob as Blob).text().then((t) => downloads.push(t));
      return 'blob:x';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const box = $<HTMLInputElement>(el, '#team-encrypt');
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    await settled(el);
    $<HTMLInputElement>(el, '#team-pass').value = 'en lang sætning';
    $<HTMLInputElement>(el, '#team-again').value = 'en anden sætning';
    $<HTMLButtonElement>(el, '#save-file').click();
    await settled(el);
    expect(textOf($(el, '#meeting-status'))).toBe('De to adgangskoder er ikke ens.');
    $<HTMLInputElement>(el, '#team-again').value = 'en lang sætning';
    $<HTMLButtonElement>(el, '#save-file').click();
    await vi.waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10_000 });
    expect(downloads[0]).not.toContain('Hemmelig aftale');
    // a second facilitator opens it: asked for the passphrase; a wrong one is refused, the right one opens the team
    el.remove();
    sessionStorage.clear();
    const other = await mount<LgMeeting>('<lg-meeting></lg-meeting>');
    const input = $<HTMLInputElement>(other, '#team-file');
    Object.defineProperty(input, 'files', { configurable: true, value: [new File([downloads[0]], 'team.json')] });
    input.dispatchEvent(new Event('change'));
    await settled(other);
    const open = async (passphrase: string) => {
      const before = textOf($(other, '#meeting-status'));
      $<HTMLInputElement>(other, '#sealed-pass').value = passphrase;
      $<HTMLFormElement>(other, 'form.sealed').requestSubmit();
      await vi.waitFor(() => expect(textOf($(other, '#meeting-status'))).not.toBe(before), { timeout: 10_000 });
      return textOf($(other, '#meeting-status'));
    };
    expect(await open('forkert sætning')).toContain('Adgangskoden passer ikke');
    expect(await open('en lang sætning')).toBe('Teamet »Ledergruppen« er åbnet.');
    expect(other.team!.agreements.map((a) => a.what)).toEqual(['Hemmelig aftale']);
  }, 30_000);

  it('copies the minutes with a note typed a moment ago, before the screen has rendered it', async () => {
    const el = await meeting();
    const written: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (t: string) => void written.push(t));
    const notes = $<HTMLTextAreaElement>(el, '#meeting-notes');
    notes.value = 'Skrevet lige før klikket.';
    notes.dispatchEvent(new Event('change')); // the click's blur fires it, and the click follows at once
    $$<HTMLButtonElement>(el, '.minutes-box button').find((b) => textOf(b).includes('Markdown'))!.click();
    await settled(el);
    expect(written[0]).toContain('Skrevet lige før klikket.');
  });

  it('says the team is kept in this tab only where IndexedDB cannot be used, and still works', async () => {
    (globalThis as { indexedDB?: unknown }).indexedDB = undefined;
    const el = await meeting();
    expect(textOf($(el, '[part="notice"]'))).toContain('kun i denne fane');
    await agree(el, 'Stadig her');
    expect(el.team!.agreements.map((a) => a.what)).toEqual(['Stadig her']);
  });

  it('in English, with the translation labelled', async () => {
    const el = await mount<LgMeeting>('<lg-meeting lang="en"></lg-meeting>');
    await settled(el);
    expect(textOf($(el, '[part~="title"]'))).toBe('The team’s meeting');
    expect(query(el, '[part~="translation-note"]')).not.toBeNull();
  });
});
