/** Types for scripts/serve.mjs, used by the e2e tests. */
export function serve(options?: {
  port?: number;
  /** Extra response headers per path prefix, e.g. { '/tests/e2e/pages/csp': { 'content-security-policy': '…' } }. */
  headers?: Record<string, Record<string, string>>;
  /** Serve every file below this folder (instead of the repository's site, dist and test pages). */
  root?: string;
}): Promise<{ url: string; close(): Promise<void> }>;
