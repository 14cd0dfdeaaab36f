/**
 * What an element sent to print (../../components/shared/print.ts prints from a document of its own in a hidden
 * iframe): that document's HTML, shadow root included, and its stylesheets, printed to PDF in Chromium on A4.
 */
import type { Page } from 'playwright-core';

/** The pages of what the element sent to print, as Chromium prints them on A4; and the text printed. */
export async function printedPages(page: Page): Promise<{ pages: number; text: string }> {
  const frame = await page.waitForFunction(() => {
    const f = [...document.querySelectorAll('iframe')].at(-1);
    return f?.contentDocument?.querySelector('.lg-print')?.shadowRoot?.childElementCount ? f : null;
  });
  const { html, text } = await frame.evaluate((f) => {
    const doc = (f as HTMLIFrameElement).contentDocument!;
    const host = doc.querySelector('.lg-print')!;
    const css = (sheets: readonly CSSStyleSheet[]) => sheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
    const inner = host.shadowRoot!.innerHTML;
    return {
      html: `<!doctype html><html lang="${doc.documentElement.lang}"><head><meta charset="utf-8"><title>${doc.title}</title><style>${css(doc.adoptedStyleSheets)}</style></head><body><div class="lg-print"><template shadowrootmode="open"><style>${css(host.shadowRoot!.adoptedStyleSheets)}</style>${inner}</template></div></body></html>`,
      text: host.shadowRoot!.textContent ?? '',
    };
  });
  const printed = await page.context().newPage();
  await printed.goto(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
  await printed.emulateMedia({ media: 'print' });
  const pdf = (await printed.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })).toString('latin1');
  await printed.close();
  return { pages: pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0, text };
}

