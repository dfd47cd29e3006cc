// Runs the end-to-end suite (test/e2e/*.test.js) in a real VS Code (code-server + headless
// Chromium), one file at a time. `npm run test:e2e` packages the .vsix first, then runs this.
//   node scripts/run-e2e.mjs [name-filter...]     e.g. node scripts/run-e2e.mjs problems
// (node 20's --test takes paths, not globs, so the list is gathered here.)
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { homedir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'test', 'e2e');
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.test.js'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort()
  .map((f) => join('test', 'e2e', f));
if (files.length === 0) {
  console.error(`run-e2e: no test files in ${dir}${filters.length ? ` matching ${filters.join(', ')}` : ''}`);
  process.exit(1);
}

const home = process.env.VSCODE_WEB_HOME || join(homedir(), '.cache', 'vscode-web');
if (!existsSync(join(home, 'harness.json'))) {
  console.error(`run-e2e: ${join(home, 'harness.json')} not found: run \`bash scripts/setup-e2e.sh\` first`);
  process.exit(1);
}
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = process.env.E2E_VSIX || join(root, `gov-report-lint-${version}.vsix`);
if (!existsSync(vsix)) {
  console.error(`run-e2e: ${vsix} not found: run \`npm run package\` first (or \`npm run test:e2e\`)`);
  process.exit(1);
}

const t0 = Date.now();
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], { stdio: 'inherit', cwd: root });
console.log(`run-e2e: ${files.length} file(s) in ${((Date.now() - t0) / 1000).toFixed(1)} s, exit ${r.status}`);
process.exit(r.status ?? 1);
