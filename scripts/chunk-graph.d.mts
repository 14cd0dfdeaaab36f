/** Types for scripts/chunk-graph.mjs, used by the e2e tests. */
export const ENTRY: string;
export function staticImports(code: string): string[];
export function closure(dir: string, file: string, seen?: Set<string>): Set<string>;
export function chunkOf(dir: string, name: string): string;
export function filesFor(dir: string, tags: string[], lang?: 'da' | 'en'): string[];
export const USES: Record<string, string[]>;
