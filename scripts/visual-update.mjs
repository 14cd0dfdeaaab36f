// `npm run test:visual:update`: build, then photograph every element and extension page and write the pictures as
// the new baselines in tests/visual/ (on purpose, after a change of look; look at `git diff --stat tests/visual` and
// the pictures before committing them). The comparison itself runs in `npm test` (tests/e2e/visual.e2e.ts).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (cmd, args, env = {}) => {
  const { status } = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (status !== 0) process.exit(status ?? 1);
};
run(process.execPath, ['scripts/build.mjs']);
run(join(root, 'node_modules/.bin/vitest'), ['run', '--config', 'tests/e2e/vitest.config.ts', 'tests/e2e/visual.e2e.ts'], { UPDATE_VISUAL: '1' });
