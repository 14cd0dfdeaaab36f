import type { Framework } from '../../content/model';
import type { RoundTopic } from '../../content/round-code';

/** The framework's own question for each topic of a round. */
const QUESTION_ID: Record<RoundTopic, string> = {
  task: 'arbejdsfaellesskaber.opgave',
  leadership: 'ledergruppe.samarbejde',
};

/** The question a round asks, in the framework's words. */
export function topicQuestion(fw: Framework, topic: RoundTopic): string {
  for (const level of fw.reflection) for (const part of level.parts) for (const q of part.questions) if (q.id === QUESTION_ID[topic]) return q.text;
  return '';
}
