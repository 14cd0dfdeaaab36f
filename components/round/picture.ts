/** The group's picture, once revealed: per area the counts per step, the spread, and where to start talking. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { FocusAreaId, Framework, Language } from '../../content/model';
import { needed, pictureOf, type GroupPicture, type RoundRecord } from '../../content/round';
import type { Announcer } from '../shared/controllers/announcer';
import { heading, marker } from '../shared/markup';
import { button } from '../shared/button';
import { heartMeter } from '../shared/heart-meter';
import type { RoundUi } from './round.strings';
import { topicQuestion } from './topic';

const decimal = (n: number, lang: Language) => n.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 2, minimumFractionDigits: 1 });

export interface PictureActions {
  print: () => void;
  copy: () => void;
  startDialogue: (area: FocusAreaId) => void;
  newRound: () => void;
}

export function renderPicture(record: RoundRecord, p: GroupPicture, fw: Framework, s: RoundUi, lang: Language, level: number, on: PictureActions): TemplateResult {
  const steps = s.steps[record.topic];
  const area = (id: FocusAreaId) => fw.focusAreas.find((a) => a.id === id)!;
  const most = Math.max(1, ...p.areas.flatMap((a) => a.counts));
  const disputed = p.disputed ? area(p.disputed) : undefined;
  const questions = fw.reflection.find((r) => r.id === record.level);
  const means = Object.fromEntries(p.areas.map((a) => [a.id, a.mean ?? 0])) as Record<FocusAreaId, number>;
  return html`<section class="picture" part="picture" aria-labelledby="picture-h" tabindex="-1">
    <div class="picture-head">
      <div>
        ${heading(level, topicQuestion(fw, record.topic), 'picture-h')}
        <p class="lead">${[record.task && s.taskLabel(record.task), s.pictureOf(p.people)].filter(Boolean).join(' · ')}</p>
      </div>
      ${record.topic === 'task'
        ? html`<div class="group-heart">${heartMeter(means, s.groupHeart(p.areas.map((a) => s.heartPart(area(a.id).title, decimal(a.mean ?? 0, lang))).join(', ')))}</div>`
        : nothing}
    </div>
    <ul class="areas" role="list">
      ${p.areas.map(
        (a) => html`<li class="area ${a.id} ${a.id === p.disputed ? 'disputed' : ''}" part="area">
          ${heading(level + 1, html`${marker}${area(a.id).title}`)}
          ${a.withheld
            ? html`<p class="withheld">${s.withheld(needed(record))}</p>`
            : html`<table class="counts">
            <caption class="visually-hidden">${area(a.id).title}: ${s.answeredOf(a.answered, p.people)}</caption>
            <tbody>
              ${steps.map(
                (word, i) => html`<tr>
                  <th scope="row">${word}</th>
                  <td class="bar-cell" aria-hidden="true"><svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none">${svg`<rect width=${(a.counts[i] / most) * 100} height="10"></rect>`}</svg></td>
                  <td class="n">${a.counts[i]}</td>
                </tr>`,
              )}
            </tbody>
          </table>
          <p class="meta">${s.answeredOf(a.answered, p.people)} · ${s.spread(decimal(a.spread, lang))}</p>`}
        </li>`,
      )}
    </ul>
    ${disputed
      ? html`<section class="start-here" part="start-here" aria-labelledby="start-h">
          ${heading(level + 1, html`${s.startHere}: ${disputed.title}`, 'start-h')}
          <p class="from">${s.fromFramework}</p>
          <ul>${disputed.statements.map((t) => html`<li>${t}</li>`)}</ul>
          ${questions
            ? html`${heading(level + 2, s.questionsFor(questions.title))}
                <ul>${questions.parts.flatMap((part) => part.questions).map((q) => html`<li>${q.text}</li>`)}</ul>`
            : nothing}
        </section>`
      : html`<p class="agreed">${s.agreed}</p>`}
    <p class="actions no-print">
      ${button(s.print, on.print)} ${button(s.copyMarkdown, on.copy)}
      ${disputed ? button(s.startDialogue(disputed.title), () => on.startDialogue(disputed.id), { cls: 'primary' }) : nothing}
      ${button(s.newRound, on.newRound)}
    </p>
  </section>`;
}

/** The revealed round: its picture, the status line, and the conversation (`<lg-dialogue>`) once it is started at an area. */
export function renderRevealed(
  record: RoundRecord,
  dialogueArea: FocusAreaId | undefined,
  fw: Framework,
  s: RoundUi,
  lang: Language,
  level: number,
  status: Announcer,
  on: PictureActions,
): TemplateResult {
  return html`${renderPicture(record, pictureOf(record), fw, s, lang, level, on)}
    <p class="status" role="status">${status.text}</p>
    ${dialogueArea ? html`<lg-dialogue level=${record.level} area=${dialogueArea} heading-level=${Math.min(level, 5)} lang=${lang}></lg-dialogue>` : nothing}`;
}

/** The picture as Markdown, for minutes or an e-mail. */
export function pictureMarkdown(record: RoundRecord, p: GroupPicture, fw: Framework, s: RoundUi, lang: Language): string {
  const steps = s.steps[record.topic];
  const title = (id: FocusAreaId) => fw.focusAreas.find((a) => a.id === id)!.title;
  const lines = [`# ${s.pictureTitle}`, '', `${topicQuestion(fw, record.topic)}${record.task ? ` ${s.taskLabel(record.task)}` : ''}`, '', `${record.day} · ${s.pictureOf(p.people)}`, ''];
  for (const a of p.areas) {
    lines.push(`## ${title(a.id)}${a.id === p.disputed ? ` — ${s.startHere}` : ''}`, '');
    if (a.withheld) {
      lines.push(s.withheld(needed(record)), '');
      continue;
    }
    lines.push(`| | |`, `| --- | ---: |`, ...steps.map((w, i) => `| ${w} | ${a.counts[i]} |`), '');
    lines.push(`${s.answeredOf(a.answered, p.people)} · ${s.spread(decimal(a.spread, lang))}`, '');
  }
  if (!p.disputed) lines.push(s.agreed, '');
  if (fw.translationNote) lines.push(`_${fw.translationNote}_`, '');
  return lines.join('\n');
}
