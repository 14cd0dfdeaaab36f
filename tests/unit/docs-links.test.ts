/**
 * Every link in the README and in docs/ leads somewhere: a relative link names a file of the repository, and a
 * `#fragment` names a heading of the page it points to (as GitHub makes heading anchors). Links to the web are not
 * followed (the machines that run the tests have no network); none may point at this project's own files by URL.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** GitHub's anchor of a heading: lower case, punctuation gone (not hyphens), spaces to hyphens; repeats get -1, -2. */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const found = new Set<string>();
  const text = markdown.replace(/```[\s\S]*?```/g, '');
  for (const [, heading] of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = heading
      .replace(/`/g, '')
      .replace(/<[^>]+>/g, (tag) => tag.replace(/[<>]/g, ''))
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    found.add(n ? `${base}-${n}` : base);
  }
  return found;
}

/** The links of a Markdown page (inline links and images), outside code blocks and code spans. */
export function links(markdown: string): string[] {
  const text = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]);
}

/** What is wrong with the link `href` on the page `page` (a path from the root), or undefined. */
function problem(page: string, href: string): string | undefined {
  if (/^(https?:|mailto:)/.test(href)) return /github\.com\/[^)]*ledelsesgrundlag/.test(href) ? 'links to this project by URL' : undefined;
  const [path, fragment] = href.split('#');
  const target = path ? resolve(dirname(join(root, page)), decodeURIComponent(path)) : join(root, page);
  if (!existsSync(target)) return `no file ${relative(root, target)}`;
  if (fragment && target.endsWith('.md') && !anchors(readFileSync(target, 'utf8')).has(fragment)) return `no heading #${fragment} in ${relative(root, target)}`;
  return undefined;
}

describe('links in the README and docs/', () => {
  it('makes anchors as GitHub does', () => {
    expect([...anchors('# Put it on a page\n## The task picker, `<lg-task-picker>`\n## Speed\n## Speed\n```\n# not a heading\n```')]).toEqual([
      'put-it-on-a-page',
      'the-task-picker-lg-task-picker',
      'speed',
      'speed-1',
    ]);
    expect(links('See [a](docs/a.md#b), ![img](x.png) and `[not](a link)`.\n```\n[no](c.md)\n```')).toEqual(['docs/a.md#b', 'x.png']);
  });

  it('finds a broken link when there is one', () => {
    expect(problem('README.md', 'docs/no-such-page.md')).toBe('no file docs/no-such-page.md');
    expect(problem('README.md', 'docs/editors.md#no-such-heading')).toBe('no heading #no-such-heading in docs/editors.md');
  });

  it('has only links that lead somewhere', () => {
    const broken = pages.flatMap((page) => links(readFileSync(join(root, page), 'utf8')).flatMap((href) => {
      const why = problem(page, href);
      return why ? [`${page}: ${href} (${why})`] : [];
    }));
    expect(broken).toEqual([]);
    expect(pages.length).toBeGreaterThan(8);
  });
});
