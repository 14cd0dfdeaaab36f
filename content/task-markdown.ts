/**
 * The task as Markdown for a project document: title, description, the framework's question with the four weights in
 * words (a table), and for the strongest areas the points after "Det vil vi ved at:". Pure, no DOM.
 */
import { lookup } from './lookup';
import { escapeMarkdown } from './markdown';
import { FOCUS_AREA_IDS, type Framework } from './model';
import type { TaskState } from './task-draft';
import { strongestAreas } from './task-weights';

/** The words the Markdown needs, in one language (the picker's strings provide them). */
export interface TaskMarkdownLabels {
  /** The title of a task without one. */
  untitled: string;
  /** The table's column headings. */
  area: string;
  weight: string;
  /** The four weights in words, 0 first. */
  levels: readonly string[];
}

export function taskMarkdown({ weights, task, description }: TaskState, fw: Framework, labels: TaskMarkdownLabels, question: string): string {
  const { area } = lookup(fw);
  // the title and the description are the person's: kept as text wherever the Markdown is pasted
  const out = [`# ${task.trim() ? escapeMarkdown(task.trim()) : labels.untitled}`];
  if (description.trim()) out.push(escapeMarkdown(description.trim()));
  out.push(
    `**${question}**`,
    [`| ${labels.area} | ${labels.weight} |`, '| --- | --- |', ...FOCUS_AREA_IDS.map((id) => `| ${area(id).title} | ${labels.levels[weights[id]]} |`)].join('\n'),
  );
  for (const id of strongestAreas(weights)) {
    const a = area(id);
    out.push(`## ${a.title}`, fw.labels.pointsLead, a.points.map((p) => `- ${p}`).join('\n'));
  }
  return out.join('\n\n') + '\n';
}
