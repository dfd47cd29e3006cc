// The CI formats: --format sarif validated against the SARIF 2.1.0 JSON schema
// (the one @microsoft/jest-sarif ships, so the test runs offline), with the
// fields code scanning reads; --format github with the runner's escaping.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Log } from 'sarif';
import { escapeData, escapeProperty, formatGithub } from '../../server/src/cli/format-github';
import { artifactUri, sarifLog } from '../../server/src/cli/format-sarif';
import type { FileResult } from '../../server/src/cli/lint-file';
import { allRules } from '../../server/src/core/rules';
import { docUrl } from '../../server/src/core/rules/rule';
import { removeDir, runCli, seedText, tempDir } from './helpers';

const SCHEMA = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

function validator() {
  // unicodeRegExp off: the schema's `language` pattern ends in a stray "]" that only a non-unicode RegExp takes literally.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
}

function assertValid(log: unknown): void {
  const validate = validator();
  const ok = validate(log);
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
}

test('the schema is the SARIF 2.1.0 one and it rejects what is not SARIF (the validation has teeth)', () => {
  const schema = JSON.parse(fs.readFileSync(SCHEMA, 'utf8'));
  assert.deepEqual(schema.properties.version.enum, ['2.1.0']);
  const validate = validator();
  assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false, 'driver.name is required');
  assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] }), false);
  assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, columnKind: 'utf16CodeUnits', results: [] }] }), true);
});

test('--format sarif on real drafts is valid SARIF 2.1.0 with the fields code scanning reads', () => {
  const dir = fs.realpathSync(tempDir('sarif'));
  try {
    fs.mkdirSync(path.join(dir, '.git'));
    fs.mkdirSync(path.join(dir, '草稿 2023'));
    fs.writeFileSync(path.join(dir, '草稿 2023', 'a.txt'), seedText('002').replace('85条', '８５条'));
    fs.writeFileSync(path.join(dir, 'b.txt'), seedText('001'));
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3]));
    const r = runCli(['--format', 'sarif', '草稿 2023', 'b.txt', 'binary.txt'], dir);
    assert.equal(r.status, 2, 'the binary file makes it exit 2');
    const log = JSON.parse(r.stdout) as Log;
    assertValid(log);
    const run = log.runs[0];
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.tool.driver.name, 'gov-report-lint');
    assert.match(run.tool.driver.informationUri ?? '', /^https:\/\//);
    const rules = run.tool.driver.rules ?? [];
    for (const rule of allRules) {
      const d = rules.find((x) => x.id === rule.meta.id);
      assert.ok(d, rule.meta.id);
      assert.equal(d.helpUri, docUrl(rule.meta.id));
      assert.ok(d.shortDescription?.text);
      assert.equal(d.defaultConfiguration?.level, rule.meta.severity === 'info' || rule.meta.severity === 'hint' ? 'note' : rule.meta.severity);
    }
    const results = run.results ?? [];
    assert.ok(results.length > 10);
    for (const x of results) {
      assert.equal(rules[x.ruleIndex ?? -1].id, x.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(x.level ?? ''));
      const loc = x.locations?.[0].physicalLocation;
      assert.ok(loc?.region?.startLine && loc.region.startColumn && loc.region.endLine && loc.region.endColumn);
    }
    const uris = [...new Set(results.map((x) => x.locations?.[0].physicalLocation?.artifactLocation?.uri))];
    assert.deepEqual(uris.sort(), [`${encodeURIComponent('草稿 2023')}/a.txt`, 'b.txt']);
    // The same positions as the JSON format (1-based, UTF-16 columns).
    const j = JSON.parse(runCli(['--format', 'json', 'b.txt'], dir).stdout)[0].diagnostics;
    const s = results.filter((x) => x.locations?.[0].physicalLocation?.artifactLocation?.uri === 'b.txt');
    assert.deepEqual(
      s.map((x) => {
        const g = x.locations?.[0].physicalLocation?.region;
        return [x.ruleId, g?.startLine, g?.startColumn, g?.endLine, g?.endColumn];
      }),
      j.map((d: { rule: string; line: number; column: number; endLine: number; endColumn: number }) => [d.rule, d.line, d.column, d.endLine, d.endColumn]),
    );
    const inv = run.invocations?.[0];
    assert.equal(inv?.executionSuccessful, false);
    assert.equal(inv?.toolExecutionNotifications?.[0].locations?.[0].physicalLocation?.artifactLocation?.uri, 'binary.txt');
  } finally {
    removeDir(dir);
  }
});

test('SARIF of synthetic results (levels, an empty run, a file outside the working directory) stays valid', () => {
  const results: FileResult[] = [
    {
      file: 'a.txt',
      reportYear: 2021,
      template: '2021',
      diagnostics: [
        { rule: 'table-balance', severity: 'error', message: 'm1', line: 1, column: 1, endLine: 1, endColumn: 1, fix: null },
        { rule: 'number-space', severity: 'info', message: 'm2', line: 2, column: 3, endLine: 4, endColumn: 5, fix: 'safe' },
        { rule: 'internal-error', severity: 'hint', message: 'm3', line: 1, column: 1, endLine: 1, endColumn: 2, fix: null },
        { rule: 'suppression-unused', severity: 'warning', message: 'm4', line: 1, column: 1, endLine: 1, endColumn: 2, fix: null },
      ],
    },
    { file: '/elsewhere/b c.md', reportYear: null, template: null, skipped: 'not-a-report', diagnostics: [] },
  ];
  const log = sarifLog(results, {
    locale: 'en',
    cwd: '/work/here',
    notices: [{ file: '.gov-report-lint.jsonc', message: 'unknown rule: x', line: 3, column: 5 }],
  });
  assertValid(log);
  assert.deepEqual(
    log.runs[0].results?.map((r) => r.level),
    ['error', 'note', 'note', 'warning'],
  );
  assertValid(sarifLog([], { locale: 'zh-cn', cwd: '/' }));
  assert.equal(artifactUri('/elsewhere/b c.md', '/work/here'), 'file:///elsewhere/b%20c.md');
  assert.equal(artifactUri('sub/草稿.txt', '/work/here'), `sub/${encodeURIComponent('草稿.txt')}`);
});

test('github format: escaping of data (% CR LF) and of properties (also : and ,)', () => {
  assert.equal(escapeData('100% done\r\nnext: a, b'), '100%25 done%0D%0Anext: a, b');
  assert.equal(escapeProperty('dir:1/a,b%.txt\n'), 'dir%3A1/a%2Cb%25.txt%0A');
  const out = formatGithub([
    {
      file: 'd:\\草稿,1.txt',
      reportYear: null,
      template: null,
      diagnostics: [
        { rule: 'table-balance', severity: 'error', message: '第一项 (0) 不等于 4%\n见表三', line: 43, column: 1, endLine: 43, endColumn: 40, fix: 'suggest' },
        { rule: 'number-space', severity: 'info', message: 'x', line: 2, column: 3, endLine: 2, endColumn: 4, fix: null },
        { rule: 'table-cell-empty', severity: 'warning', message: 'y', line: 5, column: 1, endLine: 5, endColumn: 1, fix: null },
      ],
    },
  ]);
  assert.equal(
    out,
    [
      '::error file=d%3A/草稿%2C1.txt,line=43,col=1,endLine=43,endColumn=40,title=table-balance::第一项 (0) 不等于 4%25%0A见表三',
      '::notice file=d%3A/草稿%2C1.txt,line=2,col=3,endLine=2,endColumn=4,title=number-space::x',
      '::warning file=d%3A/草稿%2C1.txt,line=5,col=1,endLine=5,endColumn=1,title=table-cell-empty::y',
      '',
    ].join('\n'),
  );
  assert.equal(formatGithub([]), '');
});

test('--format github on a draft: one command per finding, exit status as usual', () => {
  const dir = tempDir('github');
  try {
    fs.writeFileSync(path.join(dir, 'a.txt'), seedText('002'));
    const r = runCli(['--format', 'github', 'a.txt'], dir);
    assert.equal(r.status, 1);
    const lines = r.stdout.trim().split('\n');
    const json = JSON.parse(runCli(['--format', 'json', 'a.txt'], dir).stdout)[0].diagnostics;
    assert.equal(lines.length, json.length);
    assert.ok(
      lines.every((l) => /^::(error|warning|notice) file=a\.txt,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::\S/.test(l)),
      lines[0],
    );
  } finally {
    removeDir(dir);
  }
});

test('every rule with related information carries it: JSON `related` and SARIF `relatedLocations` (valid SARIF) at the cells of the draft', () => {
  const dir = fs.realpathSync(tempDir('related'));
  try {
    const text = seedText('002');
    fs.writeFileSync(path.join(dir, 'a.txt'), text);
    const lines = text.split(/\r?\n/);
    const json = JSON.parse(runCli(['--format', 'json', 'a.txt'], dir).stdout)[0].diagnostics as {
      rule: string;
      related?: { file: string; line: number; column: number; endLine: number; endColumn: number; message: string }[];
    }[];
    const withRelated = json.filter((d) => d.related);
    assert.deepEqual([...new Set(withRelated.map((d) => d.rule))].sort(), ['table-balance', 'table-cell-empty']);
    for (const d of withRelated) {
      for (const r of d.related!) {
        assert.equal(r.file, 'a.txt');
        const cell = lines[r.line - 1].slice(r.column - 1, r.endColumn - 1);
        assert.ok(
          r.line === r.endLine && /^[0-9\s]*$/.test(cell),
          `${d.rule}: a cell (a number, or an empty one's blank) at ${r.line}:${r.column}: ${JSON.stringify(cell)}`,
        );
      }
    }
    // No related key on findings without related information.
    assert.ok(json.some((d) => !('related' in d)));
    const log = JSON.parse(runCli(['--format', 'sarif', 'a.txt'], dir).stdout) as Log;
    assertValid(log);
    const results = log.runs[0].results ?? [];
    assert.deepEqual(
      results.map((x) =>
        (x.relatedLocations ?? []).map((l) => [
          l.physicalLocation?.artifactLocation?.uri,
          l.physicalLocation?.region?.startLine,
          l.physicalLocation?.region?.startColumn,
          l.message?.text,
        ]),
      ),
      json.map((d) => (d.related ?? []).map((r) => [r.file, r.line, r.column, r.message])),
    );
  } finally {
    removeDir(dir);
  }
});
