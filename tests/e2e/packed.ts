/**
 * The npm package as a consumer gets it: `npm pack` of the built repository into a temporary folder, and `npm` run
 * there without audit or funding noise. Used by the package and consumer tests.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** Packs the package into a new temporary folder; returns the folder and the tarball's path. */
export function pack(prefix: string): { dir: string; tarball: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  execFileSync('npm', ['pack', '--pack-destination', dir], { cwd: root, stdio: 'ignore' });
  return { dir, tarball: join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz'))!) };
}

/** Runs a command in `cwd`; its status and its output (stdout and stderr), for an assertion's message. */
export function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): { status: number | null; out: string } {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}
