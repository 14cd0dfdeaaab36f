// Text at a readable size inside every element on an intranet page (the extension's pages: extension.e2e.ts):
// the computed font size of every visible piece of text, through the shadow roots, in Danish and English, on a page
// that sets its own small type and line height on everything (busy.html's intranet styles, plus `* { font-size: 12px }`).
import { describe, expect, it } from 'vitest';
import { expectClean, openPage, useChromium } from './browser';
import { ELEMENTS } from './element-cases';

/** WCAG has no fixed minimum; DKFDS's smallest text is 14 px, and so is ours (--_type-small). */
const SMALLEST_PX = 14;

describe('type size of the elements on an intranet page', () => {
  const chromium = useChromium();
  for (const element of ELEMENTS)
    for (const lang of ['da', 'en'] as const)
      it(`${element.name} (${lang}): body text 16 px, buttons, fields, labels and every other text at least ${SMALLEST_PX} px`, async () => {
        const { page, record } = await openPage(chromium.browser);
        try {
          await page.goto(`${chromium.server.url}/tests/e2e/pages/busy.html`);
          await page.evaluate(([markup, lang]) => {
            const style = document.createElement('style');
            style.textContent = '* { font-size: 12px; line-height: 1; }';
            document.head.append(style);
            const holder = document.createElement('section');
            holder.lang = lang;
            holder.innerHTML = markup;
            document.querySelector('main')!.prepend(holder);
          }, [element.markup, lang]);
          await element.act?.(page);
          await page.waitForFunction(() => {
            const all = (root: Document | ShadowRoot): Element[] =>
              [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...all(el.shadowRoot)] : [el]));
            const lg = all(document).filter((el) => el.localName.startsWith('lg-'));
            return lg.length > 0 && lg.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0);
          });
          const sizes = await page.evaluate(() => {
            // text in an SVG is painted at its font size times the drawing's scale
            const scale = (el: Element) => {
              const m = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
              return m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : 1;
            };
            const px = (el: Element) => Math.round(parseFloat(getComputedStyle(el).fontSize) * scale(el) * 10) / 10;
            const inside = (root: ShadowRoot): Element[] => [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...inside(el.shadowRoot)] : [el]));
            const hosts = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('lg-') && el.shadowRoot);
            const visible = hosts.flatMap((h) => inside(h.shadowRoot!)).filter((el) => {
              const box = el.getBoundingClientRect();
              return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
            });
            // an element with text of its own (not only its children's), or a control
            const texts = visible.filter(
              (el) => el.matches('button, input:not([type="radio"]):not([type="checkbox"]), select, textarea, [role="tab"]') ||
                [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()),
            );
            const describe = (el: Element) => `${el.localName}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} «${(el.textContent ?? '').trim().slice(0, 30)}» ${px(el)}px`;
            const paragraphs = visible.filter((el) => el.matches('p, li') && !el.closest('.translation-note, .hint, .meta, .note, .keys, .status, figcaption, .from'));
            return {
              counted: texts.length,
              tooSmall: texts.filter((el) => px(el) < 14).map(describe),
              bodyText: [...new Set(paragraphs.map(px))],
            };
          });
          expect(sizes.counted).toBeGreaterThan(3);
          expect(sizes.tooSmall.join("\n")).toBe("");
          expect(sizes.bodyText.filter((px) => px < 16)).toEqual([]);
          expectClean(record);
        } finally {
          await page.context().close();
        }
      });
});
