/**
 * Which round this tab showed (sessionStorage: it lasts as long as the tab, through a reload), so that a reload of
 * the facilitator's page comes back to the open round instead of the setup. Refused storage just forgets.
 */
const KEY = 'lg-round-shown';

/** Remembers the round on the screen (undefined: none, the setup form). */
export function rememberShown(id: string | undefined): void {
  try {
    if (id) sessionStorage.setItem(KEY, id);
    else sessionStorage.removeItem(KEY);
  } catch {
    /* storage refused: a reload shows the setup */
  }
}

/** The round this tab showed before a reload, if any. */
export function shownBefore(): string | undefined {
  try {
    return sessionStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
