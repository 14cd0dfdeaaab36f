const seen = new Set<string>();

/** `console.warn(message)` the first time `key` is seen on this page; later calls with the same key are silent. */
export function warnOnce(key: string, message: string): void {
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(message);
}
