// Runs every compiled test file with node's built-in test runner.
// (node 20's --test takes paths, not globs, so the list is gathered here.)
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = '.build/test';
const skip = new Set((process.env.SKIP_TEST_DIRS ?? '').split(',').filter(Boolean));
function walk(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (!skip.has(name)) walk(p, out);
    } else if (name.endsWith('.test.js')) out.push(p);
  }
  return out;
}
const files = existsSync(root) ? walk(root, []) : [];
if (files.length === 0) {
  console.error('no test files found under .build/test');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
