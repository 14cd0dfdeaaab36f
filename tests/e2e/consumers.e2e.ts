/**
 * The package in three fresh consumer projects (tests/consumers/): Vite + React 19 + TypeScript `strict`, Next.js
 * (App Router: a server component and a client component) and Vite + Vue 3. Each is copied to a temporary folder,
 * installs the freshly packed tarball beside its own pinned dependencies (from the npm cache where it can), builds with
 * its own toolchain, and is checked in Chromium: the elements render, their events reach the app, and a controlled
 * value holds, by mouse and by keyboard, while the app sets state of its own on every input.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elementsReady, expectClean, openPage, serve, useChromium } from './browser';
import { pack, root, run } from './packed';

const chromium = useChromium();
let dir: string;
let tarball: string;

beforeAll(() => void ({ dir, tarball } = pack('lg-consumers-')), 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Copies the consumer project `name` to the temporary folder (with `extra` files), installs the tarball, builds it. */
function install(name: string, extra: Record<string, string> = {}): string {
  const app = join(dir, name);
  cpSync(join(root, 'tests/consumers', name), app, { recursive: true });
  for (const [file, text] of Object.entries(extra)) writeFileSync(join(app, file), text);
  const installed = run('npm', ['install', tarball, '--prefer-offline'], app);
  expect(installed.status, installed.out).toBe(0);
  const built = run('npm', ['run', 'build'], app);
  expect(built.status, built.out).toBe(0);
  return app;
}

/** The focus areas render; a weight chosen by mouse, then moved by the arrow key, is the app's value and stays checked. */
async function checkPage(page: Page, value = '#value'): Promise<void> {
  await elementsReady(page);
  expect(await page.locator('lg-focus-areas [part="card"] h2').first().textContent()).toContain('Vi vil lede fagligt kompetente fællesskaber');
  const mening = page.locator('lg-task-picker fieldset.mening');
  await mening.getByRole('radio', { name: 'Tydeligt' }).click();
  await expect.poll(() => page.locator(value).textContent()).toBe('faglighed=0&innovation=0&mening=2&drift=3');
  expect(await mening.getByRole('radio', { name: 'Tydeligt' }).isChecked()).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.locator(value).textContent()).toBe('faglighed=0&innovation=0&mening=3&drift=3');
  await page.waitForTimeout(100); // a render of the app after the change would undo it here
  expect(await mening.getByRole('radio', { name: 'I særlig grad' }).isChecked()).toBe(true);
  expect(await page.locator('lg-task-picker').evaluate((el) => (el as HTMLElement & { value: string }).value)).toBe('faglighed=0&innovation=0&mening=3&drift=3');
}

/** Serves a built folder, opens `path` in Chromium, runs `check`, expects the page clean. */
async function visit(folder: string, check: (page: Page) => Promise<void>): Promise<void> {
  const server = await serve({ root: folder });
  try {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(`${server.url}/index.html`);
    await check(page);
    expectClean(record);
    await page.context().close();
  } finally {
    await server.close();
  }
}

/**
 * The React snippet of docs/editors.md (the same as the site's), as a component of the React project: its imports at
 * the top, its `const` lines in the body, its JSX returned.
 */
async function docsSnippet(): Promise<string> {
  const snippet = /```tsx\n([\s\S]*?)```/.exec(readFileSync(join(root, 'docs/editors.md'), 'utf8'))![1].trim();
  const site = join(root, 'demo/pages.mjs');
  expect(snippet).toBe(((await import(site)) as { REACT_SNIPPET: string }).REACT_SNIPPET);
  const lines = snippet.split('\n').filter((l) => l.trim());
  const of = (test: (l: string) => boolean) => lines.filter(test).join('\n');
  return `import { useState } from 'react';
${of((l) => l.startsWith('import'))}

export function Snippet() {
  ${of((l) => l.startsWith('const'))}
  return (
    <>
      ${of((l) => l.startsWith('<'))}
    </>
  );
}
`;
}

describe('a Vite + React 19 app, TypeScript strict', () => {
  it('type-checks the React snippet of the docs, builds, and keeps a controlled value by mouse and keyboard', async () => {
    const app = install('react', { 'src/snippet.tsx': await docsSnippet() }); // its build is `tsc --noEmit && vite build`
    await visit(join(app, 'dist'), async (page) => {
      await checkPage(page);
      expect(Number(await page.locator('#inputs').textContent())).toBe(2);
      await page.locator('lg-search [part~="result"]').first().click();
      await expect.poll(() => page.locator('#opened').textContent()).not.toBe('');
    });
  }, 300_000);

  it('pays only for the elements it imports (per-element React entries)', () => {
    const assets = join(dir, 'react/dist/assets');
    const code = readdirSync(assets).map((f) => readFileSync(join(assets, f), 'utf8')).join('\n');
    for (const used of ['lg-focus-areas', 'lg-task-picker', 'lg-search']) expect(code, used).toContain(`"${used}"`);
    for (const unused of ['lg-round', 'lg-reflection-journal', 'lg-dialogue', 'lg-framework']) expect(code, unused).not.toMatch(new RegExp(`["'\`]${unused}["'\`]`));
  });
});

describe('a Next.js app (App Router)', () => {
  let server: ChildProcess | undefined;
  afterAll(() => void server?.kill());

  it('builds with a server component importing the wrappers, serves the tags in its HTML, and runs them in the browser', async () => {
    const app = install('next');
    const port = await freePort();
    server = spawn(join(app, 'node_modules/.bin/next'), ['start', '-p', String(port)], { cwd: app, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'ignore' });
    const url = `http://localhost:${port}/`;
    const html = await until(async () => (await fetch(url)).text());
    // The server's HTML has the elements, and a prerendered snippet's text: the four titles, in a declarative shadow root
    expect(html).toContain('<lg-focus-areas');
    expect(html).toContain('<lg-task-picker');
    expect(html).toContain('shadowrootmode="open"');
    for (const title of ['Vi vil lede fagligt kompetente fællesskaber', 'Vi vil lede innovative fællesskaber, hvor vi skaber sammen', 'Vi vil lede meningsfulde og rummelige fællesskaber', 'Vi vil lede fællesskaber præget af sikker drift og ordentlighed'])
      expect(html, title).toContain(title);
    const { page, record } = await openPage(chromium.browser);
    await page.goto(url);
    await checkPage(page);
    expect(Number(await page.locator('#inputs').textContent())).toBe(2);
    expectClean(record);
    await page.context().close();
  }, 300_000);
});

describe('a Vite + Vue 3 app', () => {
  it('builds with isCustomElement, and v-model and @change work on the picker', async () => {
    const app = install('vue');
    await visit(join(app, 'dist'), async (page) => {
      await checkPage(page);
      expect(await page.locator('#changes').textContent()).toBe('2');
    });
  }, 300_000);
});

/** A port nothing listens on. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Retries `attempt` until it resolves (a server starting), for up to a minute. */
async function until<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (tries > 240) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
