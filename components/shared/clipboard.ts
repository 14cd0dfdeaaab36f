/**
 * Puts `text` on the clipboard. Resolves to false where the browser refuses (no permission, no focus) or has no
 * clipboard at all (a page served over plain http): the element then shows the text to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
