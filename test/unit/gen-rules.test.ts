// The generator and the scaffold, run on a copy of the files they read and
// write: --check fails when a meta or a rule file changed without running the
// generator, the generator then brings everything in step, a new rule file is
// registered without touching any index, and an inconsistent meta is refused.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = process.cwd();
const COPIED = ['server/src/core', 'docs/rules', 'schemas', 'package.json', 'package.nls.json', 'package.nls.zh-cn.json'];

function checkout(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gen-rules-'));
  for (const p of COPIED) fs.cpSync(path.join(ROOT, p), path.join(dir, p), { recursive: true });
  fs.mkdirSync(path.join(dir, 'test/unit/rules'), { recursive: true });
  return dir;
}

function run(script: string, dir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args, '--root', dir], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

const gen = (dir: string, ...args: string[]) => run('gen-rules.mjs', dir, ...args);
const file = (dir: string, f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
const edit = (dir: string, f: string, from: string, to: string) => {
  const text = file(dir, f);
  assert.ok(text.includes(from), `${f} contains ${from}`);
  fs.writeFileSync(path.join(dir, f), text.replace(from, to));
};

test('a changed description: --check names the stale files, the generator updates them', (t) => {
  const dir = checkout();
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  assert.equal(gen(dir, '--check').status, 0);
  edit(dir, 'server/src/core/rules/tables/table-cell-fraction.ts', '计数列中出现小数', '计数列中出现了小数');
  const stale = gen(dir, '--check');
  assert.equal(stale.status, 1);
  assert.match(stale.out, /docs\/rules\/README\.md/);
  assert.match(stale.out, /package\.nls\.zh-cn\.json/);
  assert.doesNotMatch(stale.out, /all\.generated\.ts/);
  assert.equal(gen(dir).status, 0);
  assert.equal(gen(dir, '--check').status, 0);
  assert.match(file(dir, 'docs/rules/README.md'), /\| 表格 \| error \| none \| 计数列中出现了小数 \|/);
});

test('a changed severity reaches the docs index and the settings default', (t) => {
  const dir = checkout();
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  edit(dir, 'server/src/core/rules/numbers/number-space.ts', "severity: 'info'", "severity: 'warning'");
  assert.equal(gen(dir, '--check').status, 1);
  assert.equal(gen(dir).status, 0);
  const schema = JSON.parse(file(dir, 'package.json')).contributes.configuration.properties['govReport.rules'].properties;
  assert.equal(schema['number-space'].default, 'warning');
  assert.match(file(dir, 'docs/rules/README.md'), /\[`number-space`\]\(number-space\.md\) \| 数字 \| warning \| safe \|/);
});

test('npm run new-rule: three files, Chinese first, registered by the generator; an existing or malformed id is refused', (t) => {
  const dir = checkout();
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const made = run('new-rule.mjs', dir, 'zz-sample', 'wording');
  assert.equal(made.status, 0, made.out);
  const doc = file(dir, 'docs/rules/zz-sample.md');
  assert.ok(doc.startsWith('# zz-sample\n\n【请填写】'));
  assert.ok(doc.indexOf('## English') > doc.indexOf('默认严重级别：警告（warning）'));
  assert.match(file(dir, 'server/src/core/rules/wording/zz-sample.ts'), /id: 'zz-sample',\n\s+category: 'wording',/);
  assert.match(file(dir, 'test/unit/rules/zz-sample.test.ts'), /const RULE = 'zz-sample';/);
  assert.match(file(dir, 'server/src/core/rules/all.generated.ts'), /import \{ rule as zzSample \} from '\.\/wording\/zz-sample';/);
  assert.ok(JSON.parse(file(dir, 'package.json')).contributes.configuration.properties['govReport.rules'].properties['zz-sample']);
  assert.equal(gen(dir, '--check').status, 0);

  const again = run('new-rule.mjs', dir, 'zz-sample', 'numbers');
  assert.equal(again.status, 2);
  assert.match(again.out, /already exists/);
  const notice = run('new-rule.mjs', dir, 'lint-limits', 'numbers');
  assert.equal(notice.status, 2, 'a core notice id is taken too');
  const bad = run('new-rule.mjs', dir, 'Zz_Bad', 'numbers');
  assert.equal(bad.status, 2);
  assert.match(bad.out, /kebab case/);
  assert.equal(fs.existsSync(path.join(dir, 'docs/rules/Zz_Bad.md')), false);
  assert.equal(run('new-rule.mjs', dir, 'zz-other', 'nowhere').status, 2);
});

test('a rule file added by hand is missing from the registry until the generator runs', (t) => {
  const dir = checkout();
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const src = file(dir, 'server/src/core/rules/numbers/number-space.ts').replace("id: 'number-space'", "id: 'zz-copy'");
  fs.writeFileSync(path.join(dir, 'server/src/core/rules/numbers/zz-copy.ts'), src);
  const stale = gen(dir, '--check');
  assert.equal(stale.status, 1);
  assert.match(stale.out, /all\.generated\.ts/);
  assert.equal(gen(dir).status, 0);
  assert.match(file(dir, 'server/src/core/rules/all.generated.ts'), /from '\.\/numbers\/zz-copy'/);
});

test('an inconsistent meta is refused with the file named', (t) => {
  const dir = checkout();
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  edit(dir, 'server/src/core/rules/numbers/date-invalid.ts', "id: 'date-invalid'", "id: 'date_invalid'");
  edit(dir, 'server/src/core/rules/wording/punctuation-halfwidth.ts', "category: 'wording'", "category: 'numbers'");
  const r = gen(dir);
  assert.equal(r.status, 1);
  assert.match(r.out, /numbers\/date-invalid\.ts: id "date_invalid" is not kebab case/);
  assert.match(r.out, /numbers\/date-invalid\.ts: meta\.id "date_invalid" differs from the file name "date-invalid"/);
  assert.match(r.out, /punctuation-halfwidth\.ts: meta\.category "numbers" differs from the folder "wording"/);
  assert.equal(file(dir, 'docs/rules/README.md'), fs.readFileSync(path.join(ROOT, 'docs/rules/README.md'), 'utf8'), 'nothing written');
});
