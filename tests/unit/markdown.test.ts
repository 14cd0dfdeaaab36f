/**
 * Text that travels is safe where it lands: what a person typed, in every Markdown this package makes (the picker's
 * task, the whole journal, the talk sheet), stays text when a Markdown renderer (marked, as a wiki or an editor would
 * use) turns it into HTML: no image, link, HTML element, heading or list comes out of it.
 */
import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { journalLabels } from '../../components/reflection-journal/reflection-journal.strings';
import { STRINGS } from '../../components/task-picker/task-picker.strings';
import { getFramework } from '../../content/index';
import { QUESTION, journalMarkdown, talkMarkdown } from '../../content/journal';
import { escapeMarkdown } from '../../content/markdown';
import { taskMarkdown } from '../../content/task-markdown';
import { journalEntry } from './records';

const da = getFramework('da');
const HOSTILE = [
  '![x](https://example.org/p.png)',
  '<img src=x onerror="alert(1)">',
  '[klik her](javascript:alert(1))',
  '<script>alert(1)</script>',
  '# Overskrift',
  '- punkt\n1. liste',
  '**fed** _kursiv_ `kode`',
  '<https://example.org>',
  '&lt;img src=x&gt;',
  '| a | b |\n| --- | --- |',
  '!\n:-', // a table without pipes (found by the property below)
];

/** The elements a renderer made of the Markdown, other than the ones the package's own structure makes. */
function rendered(md: string): Document {
  return new DOMParser().parseFromString(marked.parse(md, { async: false }) as string, 'text/html');
}

describe('the person’s text in Markdown', () => {
  it('renders as the text typed, and as nothing else', () => {
    for (const text of HOSTILE) {
      const doc = rendered(escapeMarkdown(text));
      expect(doc.querySelectorAll('img, a, script, h1, h2, h3, ul, ol, table, code, strong, em').length, text).toBe(0);
      expect(doc.body.textContent!.replace(/\s+/g, ''), text).toBe(text.replace(/\s+/g, ''));
    }
  });

  it('stays text whatever is typed (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'![]()<>`*_#-+=|~&;:/\\ \nabc1.'.split('')), maxLength: 60 }), (text) => {
        const doc = rendered(escapeMarkdown(text));
        expect(doc.querySelectorAll('img, a, script, h1, h2, h3, h4, h5, h6, ul, ol, table, blockquote, hr, pre').length).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it('is escaped in the picker’s task, the journal and the talk sheet', () => {
    const title = '![x](https://example.org/p.png) <img src=x onerror="alert(1)">';
    const task = rendered(taskMarkdown({ task: title, description: '[link](javascript:alert(1))', weights: { faglighed: 3, innovation: 0, mening: 0, drift: 0 } }, da, STRINGS.da, 'Q?'));
    expect(task.querySelectorAll('img, a, script').length).toBe(0);
    expect(task.querySelector('h1')!.textContent).toBe(title);
    const entry = journalEntry('2025-03-03', {
      areas: { ...journalEntry('2025-03-03').areas, mening: { level: 2, strengths: title, develop: '<script>alert(1)</script>' } },
      answers: { [QUESTION.talk]: title, [QUESTION.overall]: '[x](https://example.org)' },
    });
    for (const md of [journalMarkdown([entry], da, journalLabels('da')), talkMarkdown([entry], da, journalLabels('da'))]) {
      const doc = rendered(md);
      expect(doc.querySelectorAll('img, a, script').length).toBe(0);
      expect(doc.body.textContent).toContain(title);
    }
  });
});
