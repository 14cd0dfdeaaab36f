/**
 * The SharePoint web part's mount(), run in a real Chromium without SharePoint (build/sharepoint/mount.js, the
 * down-levelled bundle the web part calls): every element with each property that matters, in Danish and English, on
 * SharePoint's section backgrounds (neutral, soft, strong, dark), with zero axe violations; two web parts on one page,
 * and the package beside the script-tag bundle: no error, one warning at most.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, elementsReady, expectClean, openPage, useChromium } from './browser';

const chromium = useChromium();

/** SharePoint's theme on its four section backgrounds (the default blue theme), as a web part receives it. */
const SECTIONS = {
  neutral: { isInverted: false, semanticColors: { bodyText: '#323130', bodyBackground: '#ffffff', bodyDivider: '#edebe9', link: '#0078d4' } },
  soft: { isInverted: false, semanticColors: { bodyText: '#323130', bodyBackground: '#eaf1fb', bodyDivider: '#c7e0f4', link: '#005a9e' } },
  strong: { isInverted: true, semanticColors: { bodyText: '#ffffff', bodyBackground: '#0078d4', bodyDivider: '#2b88d8', link: '#ffffff' } },
  dark: { isInverted: true, semanticColors: { bodyText: '#f3f2f1', bodyBackground: '#1b1a19', bodyDivider: '#3b3a39', link: '#4fb2ff' } },
};

const CASES: { element: string; area?: string; level?: string }[] = [
  { element: 'focus-areas' },
  { element: 'focus-area-card', area: 'drift' },
  { element: 'framework' },
  { element: 'reflection' },
  { element: 'reflection', level: 'overordnet-leder' },
  { element: 'search' },
  { element: 'task-picker' },
  { element: 'dialogue', level: 'arbejdsfaellesskaber', area: 'all' },
  { element: 'round' },
  { element: 'meeting' },
];

async function open(): Promise<{ page: Page; record: Awaited<ReturnType<typeof openPage>>['record'] }> {
  const opened = await openPage(chromium.browser);
  await opened.page.goto(`${chromium.server.url}/tests/e2e/pages/mount.html`);
  await opened.page.waitForFunction(() => document.body.dataset.ready === 'true');
  return opened;
}

describe('mount() as the SharePoint web part calls it', () => {
  for (const lang of ['da', 'en'] as const) {
    it(`renders every element in ${lang === 'da' ? 'Danish' : 'English'} on every section background, with zero axe violations`, async () => {
      const { page, record } = await open();
      for (const [section, theme] of Object.entries(SECTIONS)) {
        for (const c of CASES) {
          await page.evaluate(
            ({ c, theme, lang }) => {
              const host = document.querySelector<HTMLElement>('#first .web-part')!;
              const lg = (window as any).lgMount;
              host.parentElement!.style.background = theme.semanticColors.bodyBackground;
              // SharePoint passes its page culture; "auto" follows it.
              lg.mount(host, { ...c, language: 'auto', pageLanguage: lang === 'da' ? 'da-DK' : 'en-US', headingLevel: 2, theme: lg.sharePointTheme(theme) });
            },
            { c, theme, lang },
          );
          await elementsReady(page);
          const shown = await page.evaluate(() => {
            const el = document.querySelector('#first .web-part')!.firstElementChild as HTMLElement;
            return { tag: el.localName, lang: el.closest('[lang]')!.getAttribute('lang'), text: (el.shadowRoot?.textContent ?? '').length };
          });
          expect(shown.tag, `${section} ${c.element}`).toBe(`lg-${c.element}`);
          expect(shown.lang).toBe(lang);
          expect(await axeViolations(page), `${section} ${lang} ${JSON.stringify(c)}`).toEqual([]);
        }
      }
      expectClean(record);
      await page.context().close();
    }, 120_000);
  }

  it('maps the theme onto the --lg-* properties and the dark palette', async () => {
    const { page, record } = await open();
    const styles = await page.evaluate((theme) => {
      const host = document.querySelector<HTMLElement>('#first .web-part')!;
      const lg = (window as any).lgMount;
      lg.mount(host, { element: 'focus-area-card', area: 'mening', theme: lg.sharePointTheme(theme) });
      return { text: host.style.getPropertyValue('--lg-color-text'), scheme: host.style.colorScheme };
    }, SECTIONS.dark);
    expect(styles).toEqual({ text: SECTIONS.dark.semanticColors.bodyText, scheme: 'dark' });
    await elementsReady(page);
    const painted = await page.evaluate(() => {
      const card = document.querySelector('#first lg-focus-area-card')!.shadowRoot!.querySelector('.card')!;
      return getComputedStyle(card).color;
    });
    expect(painted).toBe('rgb(243, 242, 241)');
    expectClean(record);
    await page.context().close();
  });

  it('says an unknown element in the page’s language, and keeps working', async () => {
    const { page, record } = await open();
    const text = await page.evaluate(() => {
      const host = document.querySelector<HTMLElement>('#first .web-part')!;
      const m = (window as any).lgMount.mount(host, { element: 'kalender', pageLanguage: 'da-DK' });
      const said = host.textContent;
      m.update({ element: 'focus-areas', pageLanguage: 'da-DK' });
      return said;
    });
    expect(text).toMatch(/^Ukendt element »kalender«\. Gyldige værdier: focus-areas/);
    await elementsReady(page);
    expect(record.warnings).toHaveLength(1);
    expectClean(record);
    await page.context().close();
  });

  it('two web parts on one page, and the script-tag bundle beside them: no error, one warning at most', async () => {
    const { page, record } = await open();
    await page.evaluate(() => {
      (window as any).lgMount.mount(document.querySelector('#first .web-part'), { element: 'focus-areas' });
      (window as any).lgMount.mount(document.querySelector('#second .web-part'), { element: 'search' });
    });
    await page.addScriptTag({ type: 'module', url: '/dist/cdn/ledelsesgrundlag.js' });
    await elementsReady(page);
    const tags = await page.evaluate(() => [...document.querySelectorAll('.web-part > *')].map((e) => e.localName));
    expect(tags).toEqual(['lg-focus-areas', 'lg-search']);
    expect(record.warnings.length).toBeLessThanOrEqual(1);
    expectClean(record);
    await page.context().close();
  });
});
