/** The round's link: the participants' page with the round in its URL fragment (`#lg-round=…&task=…`). */
import type { RoundRecord } from '../../content/round';
import { roundCode } from '../../content/round-code';

const FRAGMENT = 'lg-round';

/** The round a URL fragment carries, if any; `scan`: the facilitator's browser can scan QR codes. */
export function fragmentRound(hash: string): { code: string; task: string; scan: boolean } | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = params.get(FRAGMENT);
  return code ? { code, task: (params.get('task') ?? '').slice(0, 200), scan: params.get('scan') === '1' } : undefined;
}

/**
 * The link participants open: `page` (default: this page) with the round of `record` in its fragment, and `scan=1`
 * where the facilitator's browser can scan QR codes (participants are shown theirs only then).
 */
export function roundLink(record: RoundRecord, page: string | null, scan = false): string {
  const url = new URL(page ?? location.href, location.href);
  url.hash = '';
  const params = new URLSearchParams({ [FRAGMENT]: roundCode(record) });
  if (record.task) params.set('task', record.task);
  if (scan) params.set('scan', '1');
  return `${url.href}#${params}`;
}
