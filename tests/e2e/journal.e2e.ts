/**
 * The reflection journal and the dialogue in a real Chromium: two entries on different days (a controlled clock),
 * the history, export → delete all → import (the same entries back), a draft surviving a reload, a dialogue
 * walked by keyboard only, the printed cards, and zero axe violations on both elements in Danish and English.
 *
 * The page loads only the single-file bundle, like any intranet page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { axeViolations, deepFocus, elementsReady, expectClean, openPage, useChromium } from './browser';

const chromium = useChromium();

const PAGE = () => `${chromium.server.url}/tests/e2e/pages/journal.html`;

/** Sets the journal's clock to a fixed local time. */
async function setClock(page: Page, y: number, m: number, d: number) {
  await page.evaluate(([y, m, d]) => {
    const el = document.querySelector('lg-reflection-journal') as HTMLElement & { now: () => Date; requestUpdate(): void };
    el.now = () => new Date(y, m - 1, d, 10, 15);
    el.requestUpdate();
  }, [y, m, d]);
}

/** The journal's entries, as the element reads them from IndexedDB. */
function storedEntries(page: Page) {
  return page.evaluate(async () => {
    const el = document.querySelector('lg-reflection-journal') as HTMLElement & { entries(): Promise<unknown[]> };
    return el.entries();
  });
}

async function setLang(page: Page, lang: string) {
  await page.evaluate((l) => (document.documentElement.lang = l), lang);
  await page.waitForFunction((l) => {
    const j = document.querySelector('lg-reflection-journal')!.shadowRoot!.querySelector('.journal');
    const d = document.querySelector('lg-dialogue')!.shadowRoot!.querySelector('.dialogue');
    return j?.getAttribute('lang') === l && d?.getAttribute('lang') === l;
  }, lang);
}

describe('<lg-reflection-journal> in Chromium', () => {
  it('two entries on different days → history → export → delete all → import: the same entries back; zero axe violations', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(PAGE());
    await elementsReady(page);
    const journal = page.locator('lg-reflection-journal');
    await expect.poll(() => journal.locator('[part="privacy"]').textContent()).toContain('Dine notater gemmes i denne browser');

    // day 1
    await setClock(page, 2025, 3, 3);
    await journal.locator('input[name="level-faglighed"][value="1"]').check();
    await journal.locator('input[name="level-mening"][value="3"]').check();
    await journal.locator('#faglighed-strengths').fill('Sparring med teamet');
    await journal.locator('#faglighed-develop').fill('Uddelegere mere\nog følge op');
    await journal.locator('#answer-talk').fill('At slippe detaljerne');
    await journal.getByRole('button', { name: 'Gem notatet' }).click();
    await expect.poll(() => journal.locator('#form-msg').textContent()).toBe('Notatet fra 3. marts 2025 er gemt.');

    // day 2, two weeks later
    await setClock(page, 2025, 3, 17);
    await journal.locator('input[name="level-faglighed"][value="2"]').check();
    await journal.locator('#drift-develop').fill('Overblik over økonomien');
    await journal.locator('#answer-overall').fill('Mest faglighed og drift');
    await journal.getByRole('button', { name: 'Gem notatet' }).click();
    await expect.poll(() => journal.locator('#form-msg').textContent()).toBe('Notatet fra 17. marts 2025 er gemt.');

    // both in the history: the chart's text alternative, the table, the list
    await expect
      .poll(() => journal.locator('figure.faglighed svg').getAttribute('aria-label'))
      .toBe('Vi vil lede fagligt kompetente fællesskaber: 3. marts 2025: På vej; 17. marts 2025: Godt i gang');
    expect(await journal.locator('table[part="table"] tbody th').allTextContents()).toEqual(['3. marts 2025', '17. marts 2025']);
    expect(await journal.locator('.entries .entry-date').allTextContents()).toEqual(['Notat fra 17. marts 2025', 'Notat fra 3. marts 2025']);
    expect(await journal.locator('figure.faglighed circle').count()).toBe(2);
    const before = await storedEntries(page);
    expect(before).toHaveLength(2);

    // the talk: open it, and axe the whole journal with everything shown, in Danish and English
    await journal.locator('#talk-toggle').click();
    await expect.poll(() => journal.locator('#talk-sheet blockquote').textContent()).toContain('Hvor er det særligt vigtigt');
    // ("Udskriv" prints the sheet alone from a document of its own: tests/e2e/print.e2e.ts counts its pages.)

    expect(await axeViolations(page)).toEqual([]);
    await setLang(page, 'en');
    await expect.poll(() => journal.locator('h2#title').textContent()).toBe('My reflection');
    expect(await journal.locator('table[part="table"] tbody th').allTextContents()).toEqual(['3 March 2025', '17 March 2025']);
    expect(await axeViolations(page)).toEqual([]);
    await setLang(page, 'da');

    // export: a real download
    const [download] = await Promise.all([page.waitForEvent('download'), journal.locator('#export-json').click()]);
    expect(download.suggestedFilename()).toBe('ledelsesgrundlag-refleksion-2025-03-17.json');
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'ledelsesgrundlag-journal', version: 1 });
    expect(exported.entries).toEqual(before);
    const [md] = await Promise.all([page.waitForEvent('download'), journal.locator('#export-md').click()]);
    expect(readFileSync(await md.path(), 'utf8')).toContain('## Refleksion 17. marts 2025');

    // delete all, after confirming
    await journal.locator('#delete-all').click();
    await expect.poll(() => journal.locator('#confirm-all-text').textContent()).toContain('Vil du slette alle 2 notater');
    expect((await deepFocus(page))?.id).toBe('confirm-all-keep');
    await journal.locator('#confirm-all').click();
    await expect.poll(() => journal.locator('#data-msg').textContent()).toBe('Alle notater er slettet.');
    expect(await storedEntries(page)).toEqual([]);
    expect(await journal.locator('.history').textContent()).toContain('Der er endnu ingen notater.');

    // import the exported file: previewed, then all of it
    await journal.locator('#import-file').setInputFiles(file);
    await expect.poll(() => journal.locator('.plan li').allTextContents()).toEqual(['3. marts 2025 – nyt', '17. marts 2025 – nyt']);
    expect(await storedEntries(page)).toEqual([]);
    await journal.locator('#import-do').click();
    await expect.poll(() => journal.locator('#data-msg').textContent()).toBe('2 notater er importeret.');
    expect(await storedEntries(page)).toEqual(before);

    // importing the same file again: recognised as duplicates
    await journal.locator('#import-file').setInputFiles(file);
    await expect.poll(() => journal.locator('.plan li').allTextContents()).toEqual([
      '3. marts 2025 – findes allerede – springes over',
      '17. marts 2025 – findes allerede – springes over',
    ]);

    // the entries are still there after a reload, and so is a draft typed but not saved
    await journal.locator('#innovation-strengths').fill('Halvfærdig tanke');
    await page.reload();
    await elementsReady(page);
    expect(await storedEntries(page)).toEqual(before);
    await expect.poll(() => journal.locator('#innovation-strengths').inputValue()).toBe('Halvfærdig tanke');
    expect(await journal.locator('.restored').textContent()).toBe('Din kladde fra sidst er hentet frem.');
    expectClean(record);
    await page.context().close();
  });

  it('a malformed file is refused with its message, and nothing changes', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(PAGE());
    await elementsReady(page);
    const journal = page.locator('lg-reflection-journal');
    await journal.locator('#import-file').setInputFiles({
      name: 'opgaver.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'ledelsesgrundlag-tasks', version: 1, tasks: [] })),
    });
    await expect.poll(() => journal.locator('.issues li').allTextContents()).toEqual(['Filen indeholder gemte opgaver, ikke notater.']);
    expect(await storedEntries(page)).toEqual([]);
    expectClean(record);
    await page.context().close();
  });
});

describe('the journal’s dates and what changed, in Chromium', () => {
  it('takes a date from the date field, refuses one in the future, and says what each note changed', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(PAGE());
    await elementsReady(page);
    await setClock(page, 2025, 3, 3);
    const journal = page.locator('lg-reflection-journal');
    await journal.locator('#entry-date').fill('2025-03-10');
    await journal.getByRole('group', { name: /Vi vil lede fællesskaber præget af sikker drift/ }).getByRole('radio', { name: 'På vej' }).check();
    await journal.getByRole('button', { name: 'Gem notatet' }).click();
    await expect.poll(() => journal.locator('#form-msg').textContent()).toBe('Datoen kan ikke ligge i fremtiden. Vælg dagens dato eller en dag før.');
    expect(await storedEntries(page)).toEqual([]);
    await journal.locator('#entry-date').fill('2025-01-15');
    await journal.getByRole('button', { name: 'Gem notatet' }).click();
    await expect.poll(() => journal.locator('.entries li').allTextContents()).toEqual([expect.stringMatching(/Notat fra 15\. januar 2025.*Drift: På vej \(første vurdering\)/)]);
    await journal.getByRole('group', { name: /Vi vil lede fællesskaber præget af sikker drift/ }).getByRole('radio', { name: 'Godt i gang' }).check();
    await journal.getByRole('button', { name: 'Gem notatet' }).click();
    await expect.poll(() => journal.locator('.entries li .entry-changes').allTextContents()).toEqual(['Drift: På vej → Godt i gang', 'Drift: På vej (første vurdering)']);
    expect(await axeViolations(page)).toEqual([]);
    expectClean(record);
    await page.context().close();
  });
});

describe('<lg-dialogue> in Chromium', () => {
  it('is walked by keyboard only; zero axe violations in Danish and English', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(PAGE());
    await elementsReady(page);
    const dialogue = page.locator('lg-dialogue');
    expect(await axeViolations(page)).toEqual([]);

    // Tab to the level radios (the first stop on the page), choose a level, an area and a timer, start
    await page.keyboard.press('Tab');
    expect(await deepFocus(page)).toMatchObject({ tag: 'input', id: '' });
    expect(await page.evaluate(() => (document.querySelector('lg-dialogue')!.shadowRoot!.activeElement as HTMLInputElement).value)).toBe('ledergruppe');
    await page.keyboard.press('ArrowDown'); // → Arbejdsfællesskaber
    await page.keyboard.press('Tab');
    expect((await deepFocus(page))?.id).toBe('area');
    await page.keyboard.press('ArrowDown'); // → the first area, faglighed
    await page.keyboard.press('Tab');
    expect((await deepFocus(page))?.id).toBe('minutes');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    expect((await deepFocus(page))?.id).toBe('start');
    await page.keyboard.press('Enter');

    const q = () => dialogue.locator('#question').textContent();
    const p = () => dialogue.locator('#progress-text').textContent();
    await expect.poll(p).toBe('Spørgsmål 1 af 3');
    expect(await q()).toBe('Hvordan samarbejder vi om god ledelse hos os?');
    expect(await dialogue.locator('.area-name').textContent()).toBe('Vi vil lede fagligt kompetente fællesskaber');
    expect(await dialogue.locator('.clock').textContent()).toBe('2:00');
    expect((await deepFocus(page))?.tag).toBe('section'); // the question screen has focus

    await page.keyboard.press('ArrowRight');
    await expect.poll(p).toBe('Spørgsmål 2 af 3');
    expect(await q()).toBe('Hvad kræver det af hhv. leder og medarbejdere?');
    await page.keyboard.press('Space');
    await expect.poll(p).toBe('Spørgsmål 3 af 3');
    await page.keyboard.press('PageUp');
    await expect.poll(p).toBe('Spørgsmål 2 af 3');
    await page.keyboard.press('Home');
    await expect.poll(p).toBe('Spørgsmål 1 af 3');
    await page.keyboard.press('End');
    await expect.poll(p).toBe('Spørgsmål 3 af 3');
    expect(await q()).toBe('Hvilke af de fire fokusområder for ledelse kalder opgaven i særlig grad på?');

    // the framework text, a key press away
    expect(await dialogue.locator('#framework-text').isVisible()).toBe(false);
    await page.keyboard.press('t');
    await expect.poll(() => dialogue.locator('#framework-text').isVisible()).toBe(true);
    expect(await dialogue.locator('#toggle-text').getAttribute('aria-expanded')).toBe('true');
    // the last question is about the four areas together: it is asked without an area, and the framework text is
    // the four areas with their points
    expect(await dialogue.locator('.area-name').count()).toBe(0);
    expect(await dialogue.locator('#framework-text').textContent()).toContain('Det vil vi ved at:');
    expect(await dialogue.locator('#framework-text .block').count()).toBe(4);

    // the buttons, by keyboard: Tab to "Forrige" and press Enter; Space on a button presses it once
    for (let i = 0; i < 10 && (await deepFocus(page))?.id !== 'previous'; i++) await page.keyboard.press('Tab');
    expect((await deepFocus(page))?.id).toBe('previous');
    await page.keyboard.press('Enter');
    await expect.poll(p).toBe('Spørgsmål 2 af 3');
    await page.keyboard.press('Space');
    await expect.poll(p).toBe('Spørgsmål 1 af 3');

    // large type: the question is set far larger than the body text
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('lg-dialogue')!.shadowRoot!.querySelector('#question')!).fontSize));
    expect(size).toBeGreaterThanOrEqual(40);

    // on a phone the button's words wrap, and its key badge stays on the line of the last word (it wrapped onto a
    // line alone at 375 px): at every width from 320 to 420 px
    const keyLines: string[] = [];
    for (const shown of [true, false]) for (let width = 320; width <= 420; width += 5) {
      if (width === 320 && !shown) await page.keyboard.press('t'); // "Vis …" as well as "Skjul …"
      await expect.poll(() => dialogue.locator('#toggle-text').getAttribute('aria-expanded')).toBe(String(shown));
      await page.setViewportSize({ width, height: 800 });
      const apart = await page.evaluate(() => {
        const b = document.querySelector('lg-dialogue')!.shadowRoot!.querySelector('#toggle-text')!;
        const kbd = b.querySelector('kbd')!;
        const walker = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
        let last: Text | undefined;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!kbd.contains(n) && n.nodeValue!.trim()) last = n as Text;
        if (!last) return Infinity;
        const end = last.nodeValue!.trimEnd().length;
        const range = document.createRange();
        range.setStart(last, end - 1);
        range.setEnd(last, end);
        return Math.abs(range.getBoundingClientRect().top - kbd.getBoundingClientRect().top);
      });
      if (apart >= 8) keyLines.push(`${shown ? 'Skjul' : 'Vis'}, ${width} px`);
    }
    expect(keyLines).toEqual([]);
    await page.keyboard.press('t');
    await page.setViewportSize({ width: 1280, height: 800 });

    expect(await axeViolations(page)).toEqual([]);
    await setLang(page, 'en');
    await expect.poll(p).toBe('Question 1 of 3');
    expect(await q()).toBe('How do we collaborate on good leadership in our workplace?');
    expect(await axeViolations(page)).toEqual([]);

    // full screen on the element, from the keyboard
    for (let i = 0; i < 10 && (await deepFocus(page))?.id !== 'fullscreen'; i++) await page.keyboard.press('Tab');
    // headless Chromium has the Fullscreen API; the button is left out only where it is missing
    expect((await deepFocus(page))?.id).toBe('fullscreen');
    {
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.fullscreenElement?.localName ?? null)).toBe('lg-dialogue');
      await page.keyboard.press('ArrowRight');
      await expect.poll(p).toBe('Question 2 of 3');
      await page.evaluate(() => document.exitFullscreen());
    }

    // Escape-free ending: "End the conversation" returns to the choice, focus on Start
    await dialogue.locator('#finish').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await deepFocus(page))?.id).toBe('start');
    expectClean(record);
    await page.context().close();
  });

  it('prints the questions as cards, six to an A4 sheet with cut lines', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(PAGE());
    await elementsReady(page);
    await page.evaluate(() => {
      const d = document.querySelector('lg-dialogue')!;
      d.setAttribute('level', 'arbejdsfaellesskaber');
      d.setAttribute('area', 'all');
    });
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(async () => {
      const d = document.querySelector('lg-dialogue') as HTMLElement & { updateComplete: Promise<unknown> };
      await d.updateComplete;
      const root = d.shadowRoot!;
      const mm = 96 / 25.4;
      const cards = [...root.querySelectorAll('.card')].map((c) => c.getBoundingClientRect());
      const style = getComputedStyle(root.querySelector('.card')!);
      return {
        setupShown: getComputedStyle(root.querySelector('.dialogue')!).display !== 'none',
        sheets: [...root.querySelectorAll('.sheet')].map((s) => s.querySelectorAll('.card').length),
        width: Math.round(cards[0].width / mm),
        height: Math.round(cards[0].height / mm),
        columns: new Set(cards.slice(0, 6).map((c) => Math.round(c.left))).size,
        outline: style.outlineStyle,
        breakAfter: getComputedStyle(root.querySelector('.sheet')!).breakAfter,
        // every card's text fits on its card, footer included
        overflowing: [...root.querySelectorAll<HTMLElement>('.card')].filter((c) => c.scrollHeight > c.clientHeight + 1).length,
      };
    });
    expect(layout).toEqual({ setupShown: false, sheets: [6, 3], width: 92, height: 88, columns: 2, outline: 'dashed', breakAfter: 'page', overflowing: 0 });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(1000);
    expectClean(record);
    await page.context().close();
  });
});

describe('the reminder to export, in Chromium', () => {
  it('after 10 saved changes it asks quietly, still after a reload; Ikke nu puts it off, Eksportér nu downloads and it goes', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(PAGE());
    await elementsReady(page);
    const journal = page.locator('lg-reflection-journal');
    const reminder = journal.locator('[part="reminder"]');
    for (let n = 1; n <= 10; n++) {
      await journal.locator('#drift-strengths').fill(`Note ${n}`);
      await journal.getByRole('button', { name: 'Gem notatet' }).click();
      await expect.poll(() => journal.locator('.entries li').count()).toBe(n);
      if (n === 9) expect(await reminder.count()).toBe(0);
    }
    await expect.poll(() => reminder.locator('p').first().textContent()).toBe(
      'Du har gemt 10 ændringer, siden du sidst eksporterede dine notater. En kopi i en fil er din sikkerhed, hvis browseren sletter sine data.',
    );
    // not a dialog, nothing in the way: a status line with two buttons
    expect(await reminder.getAttribute('role')).toBe('note');
    await page.reload();
    await elementsReady(page);
    await expect.poll(() => reminder.count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await reminder.getByRole('button', { name: 'Ikke nu' }).click();
    await expect.poll(() => reminder.count()).toBe(0);
    // one more change does not bring it back at once: the count starts again
    await journal.locator('#drift-strengths').fill('Note 11');
    await journal.getByRole('button', { name: 'Gem notatet' }).click();
    await expect.poll(() => journal.locator('.entries li').count()).toBe(11);
    expect(await reminder.count()).toBe(0);
    for (let n = 12; n <= 20; n++) {
      await journal.locator('#drift-strengths').fill(`Note ${n}`);
      await journal.getByRole('button', { name: 'Gem notatet' }).click();
      await expect.poll(() => journal.locator('.entries li').count()).toBe(n);
    }
    await expect.poll(() => reminder.count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), reminder.getByRole('button', { name: 'Eksportér nu' }).click()]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).entries).toHaveLength(20);
    await expect.poll(() => reminder.count()).toBe(0);
    await expectClean(record);
    await page.context().close();
  });
});

describe('the charts, as the built bundle draws them', () => {
  it('paints every label: the four steps and the dates (no element swallowed by another in the minified SVG)', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(PAGE());
    await elementsReady(page);
    const journal = page.locator('lg-reflection-journal');
    await journal.locator('input[name="level-drift"][value="2"]').check();
    await journal.getByRole('button', { name: 'Gem notatet' }).click();
    await expect.poll(() => journal.locator('.entries li').count()).toBe(1);
    const labels = await journal.evaluate((el) =>
      [...el.shadowRoot!.querySelectorAll('.chart svg text')].map((t) => ({
        text: t.textContent!.trim(),
        parent: t.parentElement!.localName,
        width: (t as SVGTextElement).getBBox().width,
      })),
    );
    expect(labels.filter((l) => ['Begyndende', 'På vej', 'Godt i gang', 'En styrke'].includes(l.text))).toHaveLength(16);
    for (const l of labels) expect(l, l.text).toMatchObject({ parent: 'svg' });
    for (const l of labels) expect(l.width, l.text).toBeGreaterThan(0);
    expectClean(record);
    await page.context().close();
  });

  it('keeps every step’s word inside the chart, in English (the longest words)', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(PAGE());
    await elementsReady(page);
    await setLang(page, 'en');
    const journal = page.locator('lg-reflection-journal');
    await journal.locator('input[name="level-drift"][value="2"]').check();
    await journal.getByRole('button', { name: 'Save the note' }).click();
    await expect.poll(() => journal.locator('.entries li').count()).toBe(1);
    const outside = await journal.evaluate((el) =>
      [...el.shadowRoot!.querySelectorAll('.chart svg text.axis')].flatMap((t) => {
        const box = (t as SVGTextElement).getBBox();
        const { width } = (t as SVGTextElement).ownerSVGElement!.viewBox.baseVal;
        return box.x < 0 || box.x + box.width > width ? [t.textContent!.trim()] : [];
      }),
    );
    expect(outside).toEqual([]);
    expectClean(record);
    await page.context().close();
  });
  for (const width of [375, 1280])
    it(`draws the charts at the width they are shown at ${width} px: the axis text painted at 14 px, inside, the dates apart`, async () => {
      const { page, record } = await openPage(chromium.browser);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(PAGE());
      await elementsReady(page);
      await setLang(page, 'en');
      const journal = page.locator('lg-reflection-journal');
      for (const [day, level] of [[3, 1], [20, 2]]) {
        await setClock(page, 2026, 3, day);
        await journal.locator(`input[name="level-drift"][value="${level}"]`).check();
        await journal.getByRole('button', { name: 'Save the note' }).click();
      }
      await expect.poll(() => journal.locator('.entries li').count()).toBe(2);
      // each chart's texts as painted: font size times the drawing's scale, and where they sit
      const measure = () =>
        journal.evaluate((el) =>
          [...el.shadowRoot!.querySelectorAll('.chart svg')].map((svg) => {
            const box = svg.getBoundingClientRect();
            const texts = [...svg.querySelectorAll('text')].map((t) => {
              const m = (t as SVGTextElement).getScreenCTM()!;
              const r = t.getBoundingClientRect();
              return { text: t.textContent!.trim(), px: parseFloat(getComputedStyle(t).fontSize) * Math.sqrt(m.a * m.d - m.b * m.c), left: r.left, right: r.right };
            });
            return { left: box.left, right: box.right, texts };
          }),
        );
      // drawn at the width they are shown at (once measured): 14 px on a phone, and not scaled up on a wide screen
      const offSize = async () => (await measure()).flatMap((c) => c.texts.filter((t) => Math.abs(t.px - 14) > 0.1).map((t) => `${t.text} ${t.px.toFixed(1)} px`));
      await expect.poll(offSize).toEqual([]);
      const charts = await measure();
      expect(charts).toHaveLength(4);
      for (const chart of charts) {
        for (const t of chart.texts) {
          expect(t.left, t.text).toBeGreaterThanOrEqual(chart.left);
          expect(t.right, t.text).toBeLessThanOrEqual(chart.right + 0.5);
        }
        // the time axis's two dates (the same in every chart) do not touch
        const [first, last] = ['3 Mar', '20 Mar'].map((date) => chart.texts.find((t) => t.text === date)!);
        expect(first.right, chart.texts.map((t) => t.text).join(' | ')).toBeLessThan(last.left);
      }
      expectClean(record);
      await page.context().close();
    });
});

describe('a long history in a real IndexedDB', () => {
  it('after a reload, draws every note from the summary and lists the newest 20; more reads the rest', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(PAGE());
    await elementsReady(page);
    // 30 notes, two weeks apart from March 2024 (over two years), imported through the element
    await page.evaluate(async () => {
      const el = document.querySelector('lg-reflection-journal') as HTMLElement & { previewImport(t: string): Promise<unknown>; confirmImport(): Promise<void> };
      const area = (i: number) => ({ level: i % 4, strengths: `Styrke ${i}`, develop: '' });
      const entries = Array.from({ length: 30 }, (_, i) => {
        const at = new Date(Date.UTC(2024, 2, 4 + 14 * i, 9)).toISOString();
        return { id: `n${i}`, date: at.slice(0, 10), createdAt: at, updatedAt: at, answers: {}, areas: { faglighed: area(i), innovation: area(i + 1), mening: area(i + 2), drift: area(i + 3) } };
      });
      await el.previewImport(JSON.stringify({ format: 'ledelsesgrundlag-journal', version: 1, entries }));
      await el.confirmImport();
    });
    await page.reload();
    await elementsReady(page);
    const journal = page.locator('lg-reflection-journal');
    await expect.poll(() => journal.locator('.entries > li').count()).toBe(20);
    expect(await journal.locator('#history-paging span').textContent()).toBe('Viser de 20 nyeste af 30.');
    // the summary the charts came from is in the database, one item per note
    const summarised = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('ledelsesgrundlag');
          open.onsuccess = () => {
            const get = open.result.transaction('settings').objectStore('settings').get('journal-summary');
            get.onsuccess = () => resolve(Object.keys(get.result?.items ?? {}).length);
          };
        }),
    );
    expect(summarised).toBe(30);
    // every note is in the charts: the text alternative names the oldest, and the axis says month and year
    const chart = journal.locator('.chart.drift svg');
    expect(await chart.getAttribute('aria-label')).toContain('4. marts 2024');
    expect(await chart.locator('text.axis').allTextContents()).toEqual(expect.arrayContaining(['mar. 2024', 'apr. 2025']));
    await journal.getByRole('button', { name: 'Vis 10 mere' }).click();
    await expect.poll(() => journal.locator('.entries > li').count()).toBe(30);
    // focus on the first note that was not shown before (the 21st newest)
    expect(await deepFocus(page)).toMatchObject({ tag: 'summary' });
    expect(await journal.locator('.entries > li').nth(20).locator('summary').evaluate((b) => b === (b.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    expect(await journal.locator('#history-paging').count()).toBe(0);
    expectClean(record);
    await page.context().close();
  });
});
