// The config loader (server/src/config): discovery from the draft's folder up
// to the root, extends chains and cycles, JSONC, schema problems placed where
// they are written, ignore globs, precedence, and the suppressions file.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  ConfigResolver,
  configFor,
  findConfigFile,
  findProjectRoot,
  formatSuppressions,
  isIgnored,
  lintSettingsFor,
  loadConfig,
  mergeEntries,
  readSuppressionsFile,
  suppressionsFileFor,
  entryFileOf,
  writeSuppressionsFile,
} from '../../server/src/config';
import { allRules } from '../../server/src/core/rules';

function project(t: { after: (fn: () => void) => void }, files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'grl-config-')));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) {
    const p = path.join(dir, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    if (name.endsWith('/')) fs.mkdirSync(p, { recursive: true });
    else fs.writeFileSync(p, text);
  }
  return dir;
}

const messages = (ps: { message: { en: string } }[]) => ps.map((p) => p.message.en);

test('discovery: the nearest config from the draft folder upward, not above the root', (t) => {
  const dir = project(t, {
    '.gov-report-lint.jsonc': '{ "template": "2019" }',
    'repo/.git/': '',
    'repo/a/b/draft.txt': '',
    'repo/a/.gov-report-lint.json': '{ "template": "2021" }',
  });
  const repo = path.join(dir, 'repo');
  assert.equal(findProjectRoot(path.join(repo, 'a/b')), repo);
  assert.equal(findConfigFile(path.join(repo, 'a/b'), repo), path.join(repo, 'a/.gov-report-lint.json'));
  assert.equal(findConfigFile(repo, repo), null, 'the config above the root is not used');
  assert.equal(findConfigFile(path.join(repo, 'a/b')), path.join(repo, 'a/.gov-report-lint.json'));
  assert.equal(findConfigFile(repo), path.join(dir, '.gov-report-lint.jsonc'), 'no root: up to the file system root');
  const c = configFor(path.join(repo, 'a/b/draft.txt'));
  assert.equal(c.root, repo);
  assert.equal(c.config.template, '2021');
  assert.equal(configFor(path.join(repo, 'x.txt')).file, null);
});

test('both names in one folder: the .jsonc is used and the .json gets a problem', (t) => {
  const dir = project(t, { '.gov-report-lint.jsonc': '{ "template": "2019" }', '.gov-report-lint.json': '{ "template": "2021" }' });
  const loaded = loadConfig(path.join(dir, '.gov-report-lint.jsonc'));
  assert.equal(loaded.config.template, '2019');
  assert.equal(loaded.problems.length, 1);
  assert.equal(loaded.problems[0].file, path.join(dir, '.gov-report-lint.json'));
});

test('extends: a chain, nearest file wins per rule, ignore accumulates, previousReports replaced, every file listed', (t) => {
  const dir = project(t, {
    'shared/base.jsonc':
      '{ "rules": { "number-space": "off", "table-balance": "warning" }, "template": "2019", "ignore": ["*.bak.txt"], "previousReports": ["../2022/*.txt"] }',
    'shared/mid.jsonc': '{ "extends": "./base.jsonc", "rules": { "table-balance": "info" } }',
    'proj/.gov-report-lint.jsonc': '// team\n{ "extends": "../shared/mid.jsonc", "rules": { "number-grouping": "error" }, "ignore": ["old"], }',
  });
  const { config, problems, files } = loadConfig(path.join(dir, 'proj/.gov-report-lint.jsonc'));
  assert.deepEqual(problems, []);
  assert.deepEqual(config.rules, { 'number-space': 'off', 'table-balance': 'info', 'number-grouping': 'error' });
  assert.equal(config.template, '2019');
  assert.deepEqual(config.ignore, [
    { pattern: '*.bak.txt', base: path.join(dir, 'shared') },
    { pattern: 'old', base: path.join(dir, 'proj') },
  ]);
  assert.deepEqual(config.previousReports, [path.join(dir, '2022/*.txt').split(path.sep).join('/')]);
  assert.deepEqual(
    config.sources,
    ['proj/.gov-report-lint.jsonc', 'shared/mid.jsonc', 'shared/base.jsonc'].map((f) => path.join(dir, f)),
  );
  assert.deepEqual(files, config.sources);
});

test('an extends cycle is reported at the extends, and what was read still applies', (t) => {
  const dir = project(t, {
    'a.jsonc': '{ "extends": "./b.jsonc", "rules": { "number-space": "off" } }',
    'b.jsonc': '{\n  "extends": "./a.jsonc",\n  "rules": { "table-balance": "warning" }\n}',
  });
  const { config, problems } = loadConfig(path.join(dir, 'a.jsonc'));
  assert.deepEqual(config.rules, { 'table-balance': 'warning', 'number-space': 'off' });
  assert.equal(problems.length, 1);
  assert.match(problems[0].message.en, /extends forms a cycle: a\.jsonc → b\.jsonc → a\.jsonc/);
  assert.equal(problems[0].file, path.join(dir, 'b.jsonc'));
  assert.deepEqual([problems[0].line, problems[0].column], [2, 14]);
  assert.equal(fs.readFileSync(path.join(dir, 'b.jsonc'), 'utf8').slice(problems[0].offset, problems[0].offset + problems[0].length), '"./a.jsonc"');
});

test('a missing extends file is reported at the extends; the file itself still applies', (t) => {
  const text = '{ "rules": { "number-space": "off" }, "extends": "./nope.jsonc" }';
  const dir = project(t, { '.gov-report-lint.jsonc': text });
  const { config, problems, files } = loadConfig(path.join(dir, '.gov-report-lint.jsonc'));
  assert.deepEqual(config.rules, { 'number-space': 'off' });
  assert.equal(problems.length, 1);
  assert.match(problems[0].message.en, /nope\.jsonc: no such file/);
  assert.equal(text.slice(problems[0].offset, problems[0].offset + problems[0].length), '"./nope.jsonc"');
  assert.ok(files.includes(path.join(dir, 'nope.jsonc')), 'watched, so creating it is noticed');
});

test('schema problems are placed where they are written, and the valid parts apply', (t) => {
  const text = [
    '{',
    '  "rules": {',
    '    "table-balanse": "error",',
    '    "number-space": "loud",',
    '    "section-order": 3,',
    '    "number-grouping": "off"',
    '  },',
    '  "template": "2020",',
    '  "ignore": "old",',
    '  "previousReports": ["!x"],',
    '  "colour": true',
    '}',
  ].join('\n');
  const dir = project(t, { 'c.jsonc': text });
  const { config, problems } = loadConfig(path.join(dir, 'c.jsonc'));
  assert.deepEqual(config.rules, { 'number-grouping': 'off' });
  assert.equal(config.template, undefined);
  assert.deepEqual(config.ignore, []);
  const at = (i: number) => text.slice(problems[i].offset, problems[i].offset + problems[i].length);
  assert.deepEqual(
    problems.map((p, i) => [p.line, p.column, at(i)]),
    [
      [3, 5, '"table-balanse"'],
      [4, 21, '"loud"'],
      [5, 22, '3'],
      [8, 15, '"2020"'],
      [9, 13, '"old"'],
      [10, 23, '"!x"'],
      [11, 3, '"colour"'],
    ],
  );
  assert.match(problems[0].message.en, /^unknown rule: table-balanse/);
  assert.match(problems[0].message.zh, /^未知规则：table-balanse/);
  assert.match(problems[1].message.en, /level of rule number-space must be off, hint, info, warning or error/);
  assert.match(problems[2].message.en, /level of rule section-order/);
  assert.match(problems[3].message.en, /template must be one of: auto, 2019, 2021/);
  assert.match(problems[4].message.en, /ignore must be an array/);
  assert.match(problems[5].message.en, /negated/);
  assert.match(problems[6].message.en, /unknown key: colour/);
});

test('invalid JSONC: the syntax error is placed, what could be read still applies, nothing throws', (t) => {
  const text = '{\n  "rules": { "number-space": "off" }\n  "template": "2019"\n';
  const dir = project(t, { 'c.jsonc': text, 'd.jsonc': '[1, 2', 'e.jsonc': '', 'dir.jsonc/': '' });
  const { config, problems } = loadConfig(path.join(dir, 'c.jsonc'));
  assert.deepEqual(config.rules, { 'number-space': 'off' });
  assert.equal(config.template, '2019');
  assert.ok(problems.length >= 1);
  assert.match(problems[0].message.en, /^JSON syntax error: comma expected/);
  assert.deepEqual([problems[0].line, problems[0].column], [3, 3]);
  for (const f of ['d.jsonc', 'e.jsonc', 'dir.jsonc', 'missing.jsonc']) {
    const l = loadConfig(path.join(dir, f));
    assert.ok(l.problems.length > 0, f);
    assert.deepEqual(l.config.rules, {}, f);
  }
});

test('the schema offers every registered rule id with the severity enum (VS Code completes from it)', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'schemas/gov-report-lint.schema.json'), 'utf8'));
  assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), allRules.map((r) => r.meta.id).sort());
  assert.deepEqual(schema.definitions.level.enum, ['error', 'warning', 'info', 'hint', 'off']);
  const pkg = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'package.json'), 'utf8'));
  const matched = pkg.contributes.jsonValidation.flatMap((v: { fileMatch: string | string[]; url: string }) => [v.fileMatch].flat().map((m) => [m, v.url]));
  assert.deepEqual(matched, [
    ['.gov-report-lint.json', './schemas/gov-report-lint.schema.json'],
    ['.gov-report-lint.jsonc', './schemas/gov-report-lint.schema.json'],
    ['gov-report-lint-suppressions.json', './schemas/gov-report-lint-suppressions.schema.json'],
  ]);
  assert.match(fs.readFileSync(path.join(process.cwd(), '.vscodeignore'), 'utf8'), /^!schemas\/\*\*$/m, 'the schemas ship in the .vsix');
});

test('ignore: a name matches at any depth, a path from the config folder, a folder covers its contents', (t) => {
  const dir = project(t, { '.gov-report-lint.jsonc': '{ "ignore": ["*.bak.txt", "草稿", "archive/2019/**", "/old/"] }' });
  const { config } = loadConfig(path.join(dir, '.gov-report-lint.jsonc'));
  const yes = ['x.bak.txt', 'a/b/x.bak.txt', '草稿/a.txt', 'a/草稿/b/c.md', 'archive/2019/a.txt', 'archive/2019/x/y.md', 'old/a.txt', 'old'];
  const no = ['x.txt', 'archive/2020/a.txt', 'a/old/b.txt', '草稿.txt', '../x.bak.txt'];
  for (const f of yes) assert.equal(isIgnored(path.join(dir, f), config), true, f);
  for (const f of no) assert.equal(isIgnored(path.join(dir, f), config), false, f);
});

test('precedence: defaults < config < overrides (the CLI flags, later the editor settings)', (t) => {
  const dir = project(t, { '.gov-report-lint.jsonc': '{ "rules": { "number-space": "off", "table-balance": "warning" }, "template": "2019" }' });
  const { config } = loadConfig(path.join(dir, '.gov-report-lint.jsonc'));
  assert.deepEqual(lintSettingsFor(config), { template: '2019', rules: { 'number-space': 'off', 'table-balance': 'warning' } });
  assert.deepEqual(lintSettingsFor(config, { rules: { 'table-balance': 'error' }, template: '2021' }), {
    template: '2021',
    rules: { 'number-space': 'off', 'table-balance': 'error' },
  });
  assert.deepEqual(lintSettingsFor({ rules: {}, ignore: [], previousReports: [], sources: [] }), { template: 'auto', rules: {} });
});

test('ConfigResolver: one load per config file, each problem once however many drafts share it', (t) => {
  const dir = project(t, { '.git/': '', '.gov-report-lint.jsonc': '{ "rules": { "nope": "off" } }', 'a/x.txt': '', 'b/y.txt': '' });
  const r = new ConfigResolver();
  assert.equal(r.forDraft(path.join(dir, 'a/x.txt')).file, path.join(dir, '.gov-report-lint.jsonc'));
  r.forDraft(path.join(dir, 'b/y.txt'));
  r.forDraft(path.join(dir, 'a/z.txt'));
  assert.deepEqual(messages(r.problems()), ['unknown rule: nope (see docs/rules/README.md for the ids)']);
});

test('suppressions file: beside the draft, entries relative to it, problems placed, round trip through write', (t) => {
  const dir = project(t, { 'drafts/a.txt': '' });
  const file = suppressionsFileFor(path.join(dir, 'drafts/a.txt'));
  assert.equal(file, path.join(dir, 'drafts/gov-report-lint-suppressions.json'));
  assert.equal(entryFileOf(file, path.join(dir, 'drafts/a.txt')), 'a.txt');
  assert.equal(entryFileOf(file, path.join(dir, 'drafts/sub/b.md')), 'sub/b.md');
  assert.deepEqual(readSuppressionsFile(file), { file, exists: false, entries: [], locations: [], problems: [], writable: true });

  const entries = [
    { rule: 'table-balance', file: 'a.txt', anchor: '四、结转 | 0 |', occurrence: 1, line: 43 },
    { rule: 'number-space', file: 'a.txt', anchor: '"引号"', occurrence: 2 },
  ];
  writeSuppressionsFile(file, entries);
  const back = readSuppressionsFile(file);
  assert.deepEqual(back.entries, entries);
  assert.deepEqual(back.problems, []);
  assert.deepEqual(
    back.locations.map((l) => l.line),
    [4, 5],
    'one entry per line',
  );
  assert.equal(fs.readFileSync(file, 'utf8'), formatSuppressions(entries));
  assert.deepEqual(
    mergeEntries(entries, [
      { ...entries[0], line: 50 },
      { ...entries[0], occurrence: 2 },
    ]).length,
    3,
    'the same finding is not added twice',
  );

  fs.writeFileSync(
    file,
    '{ "version": 1, "suppressions": [ { "rule": "x", "file": "a.txt", "anchor": "y", "occurrence": 0 }, ' + JSON.stringify(entries[1]) + ' ] }',
  );
  const bad = readSuppressionsFile(file);
  assert.deepEqual(bad.entries, [entries[1]], 'the valid entry still applies');
  assert.equal(bad.writable, false);
  assert.match(bad.problems[0].message.en, /occurrence must be at least 1/);
  fs.writeFileSync(file, '{ "version": 2, "suppressions": [' + JSON.stringify(entries[1]) + '] }');
  assert.deepEqual(readSuppressionsFile(file).entries, [], 'another version: nothing applies');
});
