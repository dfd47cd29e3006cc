// Team and CI workflows on the bundled CLI: the config file (found upward,
// overridden by flags, ignore, problems → exit 2), --print-config, inline
// directives, the suppressions file (--suppress-all round trip, unused entries,
// --prune-suppressions, --fix leaves suppressed findings), --quiet,
// --max-warnings and --stdin.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assertNoStack, parseJson, removeDir, runCli, seedText, tempDir, type JsonFile } from './helpers';

const SEED = seedText('002');
/** Seed 002 has 2 table-balance errors (line 43), 3 warnings (58, 59, 70) and 82 halfwidth-punctuation infos. */
const WARNINGS = 3;

/** A project folder (with .git, so the config search stops there) holding `files`. */
function withProject(t: { after: (fn: () => void) => void }, files: Record<string, string>): string {
  const dir = fs.realpathSync(tempDir('team'));
  t.after(() => removeDir(dir));
  fs.mkdirSync(path.join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const json = (dir: string, args: string[]) => {
  const r = runCli(['--format', 'json', ...args], dir);
  assertNoStack(r.stderr);
  return { ...r, files: parseJson(r.stdout) };
};
const rulesOf = (f: JsonFile) => [...new Set(f.diagnostics.map((d) => d.rule))].sort();
const countOf = (f: JsonFile, rule: string) => f.diagnostics.filter((d) => d.rule === rule).length;
const insertLine = (text: string, at: number, line: string) => {
  const lines = text.split('\n');
  lines.splice(at - 1, 0, line);
  return lines.join('\n');
};

test('the config file applies: found from the draft folder upward; a --rule flag beats it', (t) => {
  const dir = withProject(t, {
    '.gov-report-lint.jsonc': '// 团队配置\n{ "rules": { "punctuation-halfwidth": "off", "table-balance": "warning", }, }',
    'drafts/2023/a.txt': SEED,
  });
  const r = json(dir, ['drafts']);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0, 'table-balance is a warning now: no error left');
  const [f] = r.files;
  assert.equal(countOf(f, 'punctuation-halfwidth'), 0);
  assert.ok(f.diagnostics.filter((d) => d.rule === 'table-balance').every((d) => d.severity === 'warning'));
  const flag = json(dir, ['--rule', 'table-balance=error', 'drafts/2023/a.txt']);
  assert.equal(flag.status, 1);
  assert.ok(flag.files[0].diagnostics.filter((d) => d.rule === 'table-balance').every((d) => d.severity === 'error'));
  assert.equal(countOf(flag.files[0], 'punctuation-halfwidth'), 0, 'the rest of the config still applies');
  // A config above the root (.git) is not used.
  const inner = path.join(dir, 'inner');
  fs.mkdirSync(path.join(inner, '.git'), { recursive: true });
  fs.writeFileSync(path.join(inner, 'a.txt'), SEED);
  assert.ok(countOf(json(inner, ['a.txt']).files[0], 'punctuation-halfwidth') > 0);
});

test('ignore: walked files are left out, a named ignored file is reported as skipped', (t) => {
  const dir = withProject(t, {
    '.gov-report-lint.json': '{ "ignore": ["old", "*.bak.txt"] }',
    'drafts/a.txt': SEED,
    'drafts/a.bak.txt': SEED,
    'drafts/old/b.txt': SEED,
  });
  const r = json(dir, ['drafts', 'drafts/old/b.txt']);
  assert.deepEqual(
    r.files.map((f) => [f.file, f.skipped]),
    [
      [path.join('drafts', 'a.txt'), undefined],
      ['drafts/old/b.txt', 'ignored'],
    ],
  );
  const stylish = runCli(['drafts/old/b.txt'], dir);
  assert.equal(stylish.status, 0);
  assert.match(stylish.stdout, /已跳过 1 个被配置文件 ignore 排除的文件/);
});

test('a broken config: each problem on stderr as file:line:col, the valid parts apply, exit 2', (t) => {
  const config =
    '{\n  "rules": {\n    "punctuation-halfwidth": "off",\n    "table-balanse": "off",\n    "number-space": "loud"\n  },\n  "extends": "./missing.jsonc"\n}';
  const dir = withProject(t, { '.gov-report-lint.jsonc': config, 'a.txt': SEED });
  const r = json(dir, ['a.txt']);
  assert.equal(r.status, 2);
  assert.equal(countOf(r.files[0], 'punctuation-halfwidth'), 0, 'the valid rule setting applies');
  assert.equal(countOf(r.files[0], 'table-balance'), 2);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 3, r.stderr);
  assert.match(lines[0], /^gov-report-lint: \.gov-report-lint\.jsonc:4:5: 未知规则：table-balanse/);
  assert.match(lines[1], /^gov-report-lint: \.gov-report-lint\.jsonc:5:21: 规则 number-space 的级别应为/);
  assert.match(lines[2], /^gov-report-lint: \.gov-report-lint\.jsonc:7:14: extends 指向的配置文件 .*missing\.jsonc：文件不存在/);
  const en = runCli(['--locale', 'en', 'a.txt'], dir);
  assert.match(en.stderr, /\.gov-report-lint\.jsonc:4:5: unknown rule: table-balanse/);
  fs.writeFileSync(path.join(dir, '.gov-report-lint.jsonc'), '{ "rules": ');
  const broken = runCli(['a.txt'], dir);
  assert.equal(broken.status, 2);
  assert.match(broken.stderr, /JSON 语法错误/);
  assertNoStack(broken.stderr);
});

test('--print-config: the effective config for a draft, with its files; flags on top; exit 2 on problems', (t) => {
  const dir = withProject(t, {
    'base.jsonc': '{ "rules": { "number-space": "off" }, "template": "2019", "previousReports": ["2022/*.txt"] }',
    'drafts/.gov-report-lint.jsonc': '{ "extends": "../base.jsonc", "ignore": ["old"] }',
  });
  const r = runCli(['--print-config', 'drafts/new.md', '--rule', 'table-balance=warning'], dir);
  assert.equal(r.status, 0, r.stderr);
  const c = JSON.parse(r.stdout);
  assert.equal(c.file, 'drafts/new.md');
  assert.equal(c.root, dir);
  assert.deepEqual(c.configFiles, [path.join(dir, 'drafts/.gov-report-lint.jsonc'), path.join(dir, 'base.jsonc')]);
  assert.equal(c.template, '2019');
  assert.equal(c.rules['number-space'], 'off');
  assert.equal(c.rules['table-balance'], 'warning');
  assert.equal(c.rules['section-order'], 'error', 'defaults filled in');
  assert.deepEqual(c.previousReports, [`${dir.split(path.sep).join('/')}/2022/*.txt`]);
  assert.equal(c.ignored, false);
  assert.equal(c.inlineDirectives, true);
  assert.equal(c.suppressionsFile, path.join(dir, 'drafts/gov-report-lint-suppressions.json'));
  assert.equal(JSON.parse(runCli(['--print-config', 'drafts/old/x.txt'], dir).stdout).ignored, true);
  assert.equal(JSON.parse(runCli(['--print-config', 'drafts/x.txt', '--template', '2021'], dir).stdout).template, '2021');
  fs.writeFileSync(path.join(dir, 'base.jsonc'), '{ "rules": { "nope": "off" } }');
  const bad = runCli(['--print-config', 'drafts/x.txt'], dir);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /base\.jsonc:1:14: 未知规则：nope/);
});

test('inline directives in a Markdown draft: honoured, unknown ids reported; the same comment in a .txt is not read', (t) => {
  let md = insertLine(SEED, 43, '<!-- gov-report-lint-disable-next-line table-balance -- 原表如此 -->');
  md = insertLine(md, 1, '<!-- gov-report-lint-disable-file punctuation-halfwidth tabel-x -->');
  const dir = withProject(t, { 'a.md': md, 'a.txt': md });
  const r = json(dir, ['a.md', 'a.txt']);
  const [m, txt] = r.files;
  assert.equal(countOf(m, 'table-balance'), 0);
  assert.equal(countOf(m, 'punctuation-halfwidth'), 0);
  const notice = m.diagnostics.filter((d) => d.rule === 'suppression-unused');
  assert.deepEqual(
    notice.map((d) => [d.line, d.column, d.severity]),
    [[1, 57, 'warning']],
  );
  assert.match(notice[0].message, /tabel-x/);
  assert.equal(countOf(txt, 'table-balance'), 2);
  assert.equal(countOf(txt, 'suppression-unused'), 0);
  assert.equal(r.status, 1, 'a.txt still has its errors');
  assert.equal(runCli(['a.md'], dir).status, 0, 'the Markdown draft alone has no error left');
  assert.match(runCli(['a.md'], dir).stdout, /另有 \d+ 个问题已被屏蔽/);
});

test('--suppress-all, then the same run reports nothing and exits 0; the entries survive unrelated edits', (t) => {
  const dir = withProject(t, { 'drafts/a.txt': SEED, 'drafts/b.md': insertLine(SEED, 1, '<!-- gov-report-lint-disable-next-line no-such-rule -->') });
  assert.equal(runCli(['drafts'], dir).status, 1);
  const s = runCli(['--suppress-all', 'drafts'], dir);
  assert.equal(s.status, 0, s.stderr);
  assert.equal(s.stderr, '');
  const file = path.join(dir, 'drafts/gov-report-lint-suppressions.json');
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(saved.version, 1);
  assert.ok(saved.suppressions.some((e: { file: string; rule: string }) => e.file === 'b.md' && e.rule === 'suppression-unused'));
  assert.ok(saved.suppressions.every((e: { file: string }) => e.file === 'a.txt' || e.file === 'b.md'));
  const again = json(dir, ['drafts']);
  assert.equal(again.status, 0);
  assert.equal(again.stderr, '');
  assert.deepEqual(
    again.files.map((f) => f.diagnostics.length),
    [0, 0],
  );
  assert.equal(runCli(['--max-warnings', '0', 'drafts'], dir).status, 0);

  // Lines inserted above, another paragraph edited: still nothing.
  const edited = insertLine(insertLine(SEED, 1, '（征求意见稿）'), 20, '新增一段说明。').replace('认真贯彻落实', '切实贯彻落实');
  assert.notEqual(edited.indexOf('切实'), -1);
  fs.writeFileSync(path.join(dir, 'drafts/a.txt'), edited);
  const after = json(dir, ['drafts/a.txt']);
  assert.equal(after.status, 0);
  assert.deepEqual(after.files[0].diagnostics, []);
  assert.equal(after.stderr, '');

  // A new problem is reported; --suppress-all again adds it and keeps the others.
  const count = saved.suppressions.length;
  fs.writeFileSync(path.join(dir, 'drafts/a.txt'), edited.replace('（征求意见稿）', '（征求意见稿）,'));
  assert.deepEqual(rulesOf(json(dir, ['drafts/a.txt']).files[0]), ['punctuation-halfwidth']);
  assert.equal(runCli(['--suppress-all', 'drafts/a.txt'], dir).status, 0);
  assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')).suppressions.length, count + 1);
  assert.deepEqual(json(dir, ['drafts/a.txt']).files[0].diagnostics, []);
});

test('an entry whose anchored text changed: the finding is back, the entry reported unused, --prune-suppressions removes it', (t) => {
  const dir = withProject(t, { 'a.txt': SEED, 'other.txt': '今天天气很好。\n' });
  assert.equal(runCli(['--suppress-all', 'a.txt'], dir).status, 0);
  const file = path.join(dir, 'gov-report-lint-suppressions.json');
  const entries = JSON.parse(fs.readFileSync(file, 'utf8')).suppressions;
  const changed = entries.find((e: { anchor: string }) => e.anchor === '(一)');
  assert.ok(changed, 'seed 002 line 6 starts with a half-width "(一)"');
  fs.writeFileSync(path.join(dir, 'a.txt'), SEED.replace('(一) 主动公开', '(甲) 主动公开'));
  const r = json(dir, ['a.txt']);
  assert.equal(r.status, 0, 'a stale entry is a warning on stderr, not a failure');
  assert.deepEqual(
    r.files[0].diagnostics.map((d) => [d.rule, d.line]),
    [['punctuation-halfwidth', 6]],
  );
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, r.stderr);
  assert.match(
    lines[0],
    /^gov-report-lint: gov-report-lint-suppressions\.json:\d+:5: 警告：屏蔽记录已不再匹配任何问题（punctuation-halfwidth，a\.txt：“\(一\)”）/,
  );
  // Linting another draft says nothing about a.txt's entries.
  assert.equal(runCli(['other.txt'], dir).stderr, '');
  const p = runCli(['--prune-suppressions', 'a.txt'], dir);
  assert.equal(p.stderr, '');
  const left = JSON.parse(fs.readFileSync(file, 'utf8')).suppressions;
  assert.equal(left.length, entries.length - 1);
  // The other "(一)" findings are now occurrences 1…n-1: the entry of occurrence n is the one that went.
  const ones = (list: { anchor: string; occurrence: number }[]) => list.filter((e) => e.anchor === '(一)').map((e) => e.occurrence);
  assert.deepEqual(ones(left), ones(entries).slice(0, -1));
  // Entries of a draft that no longer exists are pruned too.
  fs.renameSync(path.join(dir, 'a.txt'), path.join(dir, 'renamed.txt'));
  runCli(['--prune-suppressions', 'other.txt'], dir);
  assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')).suppressions, []);
});

test('a suppressions file with problems is reported (exit 2), its valid entries apply, and it is never rewritten', (t) => {
  const dir = withProject(t, { 'a.txt': SEED });
  runCli(['--suppress-all', 'a.txt'], dir);
  const file = path.join(dir, 'gov-report-lint-suppressions.json');
  const text = fs.readFileSync(file, 'utf8').replace('"version": 1,', '"version": 1, "extra": true,');
  fs.writeFileSync(file, text);
  const r = json(dir, ['a.txt']);
  assert.equal(r.status, 2);
  assert.deepEqual(r.files[0].diagnostics, []);
  assert.match(r.stderr, /gov-report-lint-suppressions\.json:2:17: 未知的设置项：extra/);
  fs.writeFileSync(path.join(dir, 'a.txt'), `${SEED}\n新的问题,`);
  const s = runCli(['--suppress-all', 'a.txt'], dir);
  assert.equal(s.status, 2);
  assert.match(s.stderr, /屏蔽文件有问题，未改写/);
  assert.equal(fs.readFileSync(file, 'utf8'), text);
});

test('--fix leaves suppressed findings as they are', (t) => {
  const md = insertLine(SEED, 2, '<!-- gov-report-lint-disable-file punctuation-halfwidth -->');
  const dir = withProject(t, { 'a.md': md, 'b.txt': SEED });
  runCli(['--suppress-all', '--rule', 'table-cell-empty=off', 'b.txt'], dir);
  const r = runCli(['--fix', 'a.md', 'b.txt'], dir);
  assert.equal(r.stderr, '');
  assert.equal(
    fs
      .readFileSync(path.join(dir, 'a.md'), 'utf8')
      .split('\n')
      .filter((l) => l.includes(',')).length,
    md.split('\n').filter((l) => l.includes(',')).length,
    'the half-width commas are kept',
  );
  const b = fs.readFileSync(path.join(dir, 'b.txt'), 'utf8');
  assert.notEqual(b, SEED, 'b.txt: the findings not suppressed (table-cell-empty) were fixed');
  assert.equal(b.split('\n').filter((l) => l.includes(',')).length, SEED.split('\n').filter((l) => l.includes(',')).length);
});

test('--max-warnings: exit 1 when the warnings exceed it (0 in CI); a bad count is a usage error', (t) => {
  const dir = withProject(t, { 'a.txt': SEED, '.gov-report-lint.jsonc': '{ "rules": { "table-balance": "off" } }' });
  assert.equal(runCli(['a.txt'], dir).status, 0);
  const zero = runCli(['--max-warnings', '0', 'a.txt'], dir);
  assert.equal(zero.status, 1);
  assert.match(zero.stderr, new RegExp(`警告过多：${WARNINGS} 个，上限为 0`));
  assert.equal(runCli(['--max-warnings', String(WARNINGS), 'a.txt'], dir).status, 0);
  assert.equal(runCli(['--max-warnings', String(WARNINGS - 1), '--format', 'json', 'a.txt'], dir).status, 1);
  for (const bad of ['-1', 'x', '1.5', '']) assert.equal(runCli(['--max-warnings', bad, 'a.txt'], dir).status, 2, bad);
});

test('--quiet: only errors, in every format; warnings still count for --max-warnings', (t) => {
  const dir = withProject(t, { 'a.txt': SEED });
  const j = json(dir, ['--quiet', 'a.txt']);
  assert.deepEqual(rulesOf(j.files[0]), ['table-balance']);
  assert.equal(j.status, 1);
  const rows = runCli(['--quiet', 'a.txt'], dir)
    .stdout.split('\n')
    .filter((l) => /^\s+\d+:\d+/.test(l));
  assert.equal(rows.length, 2);
  assert.ok(rows.every((l) => /错误.*table-balance/.test(l)));
  const gh = runCli(['--quiet', '--format', 'github', 'a.txt'], dir).stdout.trim().split('\n');
  assert.equal(gh.length, 2);
  assert.ok(gh.every((l) => l.startsWith('::error ')));
  const sarif = JSON.parse(runCli(['--quiet', '--format', 'sarif', 'a.txt'], dir).stdout);
  assert.deepEqual([...new Set(sarif.runs[0].results.map((x: { level: string }) => x.level))], ['error']);
  assert.equal(runCli(['--quiet', '--max-warnings', '0', '--rule', 'table-balance=off', 'a.txt'], dir).status, 1);
});

test('--stdin with --stdin-filename: linted as that file, with its config and suppressions; usage errors', (t) => {
  const dir = withProject(t, { 'drafts/.gov-report-lint.jsonc': '{ "rules": { "punctuation-halfwidth": "off" }, "ignore": ["old"] }', 'drafts/a.txt': SEED });
  const r = runCli(['--format', 'json', '--stdin', '--stdin-filename', 'drafts/a.txt'], dir, { input: SEED });
  assert.equal(r.status, 1);
  const [f] = parseJson(r.stdout);
  assert.equal(f.file, 'drafts/a.txt');
  assert.equal(countOf(f, 'punctuation-halfwidth'), 0);
  assert.equal(countOf(f, 'table-balance'), 2);
  runCli(['--suppress-all', 'drafts/a.txt'], dir);
  assert.equal(runCli(['--stdin', '--stdin-filename', 'drafts/a.txt'], dir, { input: SEED }).status, 0, 'the suppressions of drafts/ apply');
  const plain = runCli(['--format', 'json', '--stdin'], dir, { input: SEED });
  assert.equal(parseJson(plain.stdout)[0].file, '<stdin>');
  assert.ok(countOf(parseJson(plain.stdout)[0], 'punctuation-halfwidth') > 0, 'no name: the working directory has no config');
  const gbk = runCli(['--format', 'json', '--stdin'], dir, { input: Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0x0a]) });
  assert.equal(gbk.status, 0);
  assert.equal(parseJson(gbk.stdout)[0].skipped, 'not-a-report');
  const ignored = runCli(['--format', 'json', '--stdin', '--stdin-filename', 'drafts/old/x.txt'], dir, { input: SEED });
  assert.equal(parseJson(ignored.stdout)[0].skipped, 'ignored');
  for (const args of [
    ['--stdin', 'a.txt'],
    ['--stdin', '--fix'],
    ['--stdin', '--suppress-all'],
    ['--stdin-filename', 'a.txt', 'a.txt'],
  ]) {
    const e = runCli(args, dir, { input: SEED });
    assert.equal(e.status, 2, args.join(' '));
    assert.equal(e.stdout, '');
    assert.equal(e.stderr.trim().split('\n').length, 1);
  }
  assert.match(runCli(['--stdin', '--fix'], dir, { input: SEED }).stderr, /--fix 不能与 --stdin 同用/);
});

test('a big file of merged drafts, shared between worker threads: its config applies to every chunk, and suppressions keep it whole', (t) => {
  const big = Array.from({ length: 80 }, () => SEED).join('\n');
  assert.ok(Buffer.byteLength(big) > 512 * 1024, 'big enough to be split into chunks');
  const dir = withProject(t, { '.gov-report-lint.jsonc': '{ "rules": { "punctuation-halfwidth": "off" } }', 'merged.txt': big });
  const r = json(dir, ['--jobs', '2', 'merged.txt']);
  assert.equal(r.stderr, '');
  const [f] = r.files;
  assert.equal(countOf(f, 'punctuation-halfwidth'), 0, 'the config reached every chunk');
  assert.equal(countOf(f, 'table-balance'), 160);
  assert.equal(runCli(['--suppress-all', '--jobs', '2', 'merged.txt'], dir).status, 0);
  const after = json(dir, ['--jobs', '2', 'merged.txt']);
  assert.equal(after.status, 0);
  assert.deepEqual(after.files[0].diagnostics, []);
});
