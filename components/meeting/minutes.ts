/** The minutes of a meeting: the day, the picture (counts only), the areas talked about, the agreements; on screen, on A4, as Markdown. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Framework } from '../../content/model';
import { picture } from '../../content/round';
import { followUp, madeIn, type Agreement, type Meeting, type Team, type TeamRound } from '../../content/team';
import { SCALE_WORDS } from '../shared/scale-words';
import type { Language } from '../../content/model';
import { heading } from '../shared/markup';
import { agreementLine } from './agreements-view';
import type { MeetingUi } from './meeting.strings';

export interface Minutes {
  team: string;
  day: string;
  round?: TeamRound;
  talkedAbout: Meeting['talkedAbout'];
  followedUp: Agreement[];
  made: Agreement[];
  notes: string;
}

/** What the minutes of `meeting` hold. */
export function minutesOf(team: Team, meeting: Meeting): Minutes {
  const followedUp = followUp(team, meeting);
  return {
    team: team.name,
    day: meeting.day,
    round: team.rounds.find((r) => r.id === meeting.round),
    talkedAbout: meeting.talkedAbout,
    followedUp,
    made: madeIn(team, meeting.id),
    notes: meeting.notes,
  };
}

const stepWords = (round: TeamRound, lang: Language) => (round.topic === 'leadership' ? SCALE_WORDS[lang].levels : SCALE_WORDS[lang].weights);
const number = (n: number | null, lang: Language) => (n === null ? '–' : n.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 2 }));
const areaTitle = (fw: Framework, id: string) => fw.focusAreas.find((a) => a.id === id)?.title ?? id;

export function renderMinutes(m: Minutes, fw: Framework, s: MeetingUi, lang: Language, level: number, day: (d: string) => string): TemplateResult {
  const p = m.round && picture(m.round.counts, m.round.people, m.round.withheld);
  const list = (items: Agreement[], withStatus: boolean) =>
    items.length ? html`<ul role="list">${items.map((a) => html`<li>${agreementLine(a, fw, s, day)}${withStatus ? ` — ${s.statuses[a.status]}` : ''}</li>`)}</ul>` : html`<p>${s.noneYet}</p>`;
  return html`<article class="minutes" part="minutes" aria-labelledby="minutes-h">
    ${heading(level, `${s.minutes}: ${m.team}, ${day(m.day)}`, 'minutes-h')}
    ${m.round && p ? heading(level + 1, s.pictureLine(p.people)) : html`<p>${s.noPicture}</p>`}
    ${m.round && p
      ? html`<table class="counts-table">
          <thead><tr><th scope="col">${s.area}</th>${stepWords(m.round, lang).map((w) => html`<th scope="col">${w}</th>`)}<th scope="col">${s.mean}</th><th scope="col">${s.spread}</th></tr></thead>
          <tbody>${p.areas.map(
            (a) => html`<tr><th scope="row">${areaTitle(fw, a.id)}</th>${a.withheld
                ? html`<td colspan="6">${s.withheldCell}</td>`
                : html`${a.counts.map((n) => html`<td>${n}</td>`)}<td>${number(a.mean, lang)}</td><td>${number(a.spread, lang)}</td>`}</tr>`,
          )}</tbody>
        </table>`
      : nothing}
    ${heading(level + 1, s.talkedAbout)}
    ${m.talkedAbout.length ? html`<ul role="list">${fw.focusAreas.filter((a) => m.talkedAbout.includes(a.id)).map((a) => html`<li>${a.title}</li>`)}</ul>` : html`<p>${s.noneYet}</p>`}
    ${heading(level + 1, s.followedUp)} ${list(m.followedUp, true)}
    ${heading(level + 1, s.agreementsMade)} ${list(m.made, false)}
    ${m.notes ? html`${heading(level + 1, s.meetingNotes)}<p class="notes-text">${m.notes}</p>` : nothing}
  </article>`;
}

/** The minutes as Markdown, to paste into the team's usual minutes. */
export function minutesMarkdown(m: Minutes, fw: Framework, s: MeetingUi, lang: Language, day: (d: string) => string): string {
  const lines = [`# ${s.minutes}: ${m.team}, ${day(m.day)}`, ''];
  const p = m.round && picture(m.round.counts, m.round.people, m.round.withheld);
  if (m.round && p) {
    const words = stepWords(m.round, lang);
    lines.push(`## ${s.pictureLine(p.people)}`, '', `| ${s.area} | ${words.join(' | ')} | ${s.mean} | ${s.spread} |`, `| --- |${' ---: |'.repeat(words.length + 2)}`);
    for (const a of p.areas)
      lines.push(a.withheld ? `| ${areaTitle(fw, a.id)} | ${s.withheldCell} |${' |'.repeat(words.length + 1)}` : `| ${areaTitle(fw, a.id)} | ${a.counts.join(' | ')} | ${number(a.mean, lang)} | ${number(a.spread, lang)} |`);
    lines.push('');
  } else lines.push(s.noPicture, '');
  const bullets = (items: string[]) => (items.length ? items.map((i) => `- ${i}`) : [s.noneYet]);
  lines.push(`## ${s.talkedAbout}`, '', ...bullets(fw.focusAreas.filter((a) => m.talkedAbout.includes(a.id)).map((a) => a.title)), '');
  lines.push(`## ${s.followedUp}`, '', ...bullets(m.followedUp.map((a) => `${agreementLine(a, fw, s, day)} — ${s.statuses[a.status]}`)), '');
  lines.push(`## ${s.agreementsMade}`, '', ...bullets(m.made.map((a) => agreementLine(a, fw, s, day))), '');
  if (m.notes) lines.push(`## ${s.meetingNotes}`, '', m.notes, '');
  return lines.join('\n');
}
