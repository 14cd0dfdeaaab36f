import type { LitElement, ReactiveController, TemplateResult } from 'lit';
import type { Framework } from '../../content/model';
import * as session from '../../content/round-session';
import { Announcer } from '../shared/controllers/announcer';
import { Copier } from '../shared/controllers/copier';
import { focusAfterRender } from '../shared/focus';
import { renderParticipant } from './participant';
import type { RoundUi } from './round.strings';

/**
 * The participant's side of a round: joining with the round's code, choosing privately, the answer code. Owns its
 * state (content/round-session's `ParticipantState`), its status line and its copy button; stores nothing.
 */
export class ParticipantSide implements ReactiveController {
  /** @internal */
  private state = session.notJoined();
  /** @internal */
  private readonly status: Announcer;
  /** @internal */
  private readonly copier: Copier;

  constructor(
    private readonly host: LitElement,
    private readonly strings: () => RoundUi,
  ) {
    host.addController(this);
    this.status = new Announcer(host);
    this.copier = new Copier(host);
  }

  hostConnected(): void {}

  /** @internal */
  private set(next: session.ParticipantState): void {
    this.state = next;
    this.host.requestUpdate();
  }

  /**
   * Joins the round of `code` (with the task the link named), or says why not. Typed: focus moves to the question.
   * From a link (or QR code): the page scrolls to the element, which may be far down, and the question has focus.
   */
  join(code: string, task: string, from: 'typed' | 'link' = 'typed', scan = false): void {
    const { state, problem } = session.joinRound(this.state, code, task, scan);
    this.set(state);
    if (problem) {
      if (from === 'typed' || code) this.status.say(this.strings().roundProblems[problem], true);
      return;
    }
    this.status.clear();
    if (from === 'typed') return void focusAfterRender(this.host, '#question-h');
    void this.host.updateComplete.then(() => {
      this.host.scrollIntoView({ block: 'start' });
      this.host.renderRoot.querySelector<HTMLElement>('#question-h')?.focus({ preventScroll: true });
    });
  }

  /** @internal */
  private makeCode(): void {
    const { state, problem } = session.makeAnswer(this.state);
    if (problem) return this.status.say(this.strings().chooseAll, true);
    this.status.clear();
    this.set(state);
    void focusAfterRender(this.host, '#answer-code');
  }

  /** The participant's side; `back` (a page that serves the facilitator too) offers starting a round instead. */
  render(fw: Framework, level: number, back?: () => void): TemplateResult {
    const s = this.strings();
    return renderParticipant(this.state, fw, s, level, this.status, {
      back,
      join: (code) => this.join(code, ''),
      choose: (area, step) => this.set(session.choose(this.state, area, step)),
      makeCode: () => this.makeCode(),
      copyCode: async () => {
        const ok = await this.copier.copy(this.state.code ?? '');
        this.status.say(ok ? s.codeCopied : s.copyFailed, !ok);
      },
      change: () => {
        this.set(session.changeAnswer(this.state));
        void focusAfterRender(this.host, '#question-h');
      },
    });
  }
}
