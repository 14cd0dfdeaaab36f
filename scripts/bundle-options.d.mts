/** Types for scripts/bundle-options.mjs, used by the e2e tests. */
export const BUNDLE_BUDGET_BYTES: number;
export function cdnBuildOptions(root: string): object;
export const PAGE_BUDGET_BYTES: number;
