import { FOCUS_AREA_IDS } from '../../content/model';
import type { Framework } from '../../content/model';
import { strongestAreas } from '../../content/task-weights';
import type { TaskState } from './task-state';
import type { TaskPickerStrings } from './task-picker.strings';

/**
 * The task as Markdown for a project document: title, description, the framework's question with the four
 * weights in words (a table), and for the strongest areas the points after "Det vil vi ved at:".
 */
export function toMarkdown({ weights, task, description }: TaskState, fw: Framework, s: TaskPickerStrings, question: string): string {
  const area = (id: string) => fw.focusAreas.find((a) => a.id === id)!;
  const out = [`# ${task.trim() || s.untitled}`];
  if (description.trim()) out.push(description.trim());
  out.push(
    `**${question}**`,
    [`| ${s.area} | ${s.weight} |`, '| --- | --- |', ...FOCUS_AREA_IDS.map((id) => `| ${area(id).title} | ${s.levels[weights[id]]} |`)].join('\n'),
  );
  for (const id of strongestAreas(weights)) {
    const a = area(id);
    out.push(`## ${a.title}`, fw.labels.pointsLead, a.points.map((p) => `- ${p}`).join('\n'));
  }
  return out.join('\n\n') + '\n';
}
