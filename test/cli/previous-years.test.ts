import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from './helpers';
import { build, setT2 } from '../unit/rules/_helpers';

// This year's draft (2021): 行政规范性文件 制发 2, 废止 1, 现行有效 10. Last year's says 现行有效 20: 20 + 2 − 1 ≠ 10.
const thisYear = () => build({}).text;
const lastYear = (valid: number) => build({ year: 2020 }, (d) => setT2(d, 'b1.normative', 'valid', valid)).text;

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grl-xyear-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

interface JsonFile {
  file: string;
  diagnostics: { rule: string; message: string; line: number }[];
}
const crossYear = (out: string, file: string) =>
  (JSON.parse(out) as JsonFile[]).find((f) => f.file.endsWith(file))!.diagnostics.filter((d) => d.rule.startsWith('cross-year-'));

test('two files of one run: this year’s report is checked against last year’s, which is named in the message', () => {
  const dir = folder({ '2020.txt': lastYear(20), '2021.txt': thisYear() });
  const r = runCli(['--format', 'json', '--jobs', '1', dir]);
  const found = crossYear(r.stdout, '2021.txt');
  assert.equal(found.length, 1, r.stdout);
  assert.equal(found[0].rule, 'cross-year-valid-count');
  assert.match(found[0].message, /2020\.txt.*为 20.*应为 21/);
  assert.deepEqual(crossYear(r.stdout, '2020.txt'), []);
});

test('one file named alone: last year’s report in the same folder is read (not reported); consistent years stay silent', () => {
  const dir = folder({ 'a/2020.txt': lastYear(20), 'a/2021.txt': thisYear(), 'b/2020.txt': lastYear(9), 'b/2021.txt': thisYear() });
  const a = runCli(['--format', 'json', path.join(dir, 'a', '2021.txt')]);
  const parsed = JSON.parse(a.stdout) as JsonFile[];
  assert.equal(parsed.length, 1, 'only the named file is reported');
  assert.equal(crossYear(a.stdout, '2021.txt').length, 1);
  const b = runCli(['--format', 'json', path.join(dir, 'b', '2021.txt')]);
  assert.deepEqual(crossYear(b.stdout, '2021.txt'), [], '9 + 2 − 1 = 10');
});

test('--previous names last year’s report elsewhere (repeatable); without it nothing is compared', () => {
  const dir = folder({ 'old/report.md': lastYear(20), 'new/2021.txt': thisYear() });
  const draft = path.join(dir, 'new', '2021.txt');
  assert.deepEqual(crossYear(runCli(['--format', 'json', draft]).stdout, '2021.txt'), []);
  const r = runCli(['--format', 'json', '--previous', path.join(dir, 'old', 'report.md'), '--previous', path.join(dir, 'nothing.txt'), draft]);
  assert.equal(r.status, 0, r.stderr);
  const found = crossYear(r.stdout, '2021.txt');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /report\.md/);
});

test('the config file’s previousReports (a glob) is where last year’s report is found', () => {
  const dir = folder({
    '.git/HEAD': '',
    '.gov-report-lint.jsonc': JSON.stringify({ previousReports: ['archive/**/*.txt'] }),
    'archive/2020/report.txt': lastYear(20),
    'drafts/2021.txt': thisYear(),
  });
  const r = runCli(['--format', 'json', path.join(dir, 'drafts', '2021.txt')]);
  assert.equal(crossYear(r.stdout, '2021.txt').length, 1, r.stdout + r.stderr);
});

test('another body’s report of last year in the folder is not compared', () => {
  const other = build({ year: 2020 }, (d) => ((d.title = '示例县财政局2020年政府信息公开工作年度报告'), setT2(d, 'b1.normative', 'valid', 20))).text;
  const dir = folder({ '2020.txt': other, '2021.txt': thisYear() });
  assert.deepEqual(crossYear(runCli(['--format', 'json', dir]).stdout, '2021.txt'), []);
});

interface JsonRelated {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

test('JSON `related` and SARIF `relatedLocations`: last year’s cell, in its file (relative to the working directory, absolute outside it)', () => {
  const prev = build({ year: 2020 }, (d) => setT2(d, 'b1.normative', 'valid', 20));
  const dir = fs.realpathSync(folder({ 'old/2020.txt': prev.text, 'new/2021.txt': thisYear() }));
  const r = runCli(['--format', 'json', 'old', 'new'], dir);
  const [found] = crossYear(r.stdout, '2021.txt') as unknown as { related: JsonRelated[] }[];
  const rel = found.related;
  assert.equal(rel.length, 1);
  assert.equal(rel[0].file, path.join('old', '2020.txt'));
  assert.equal(rel[0].line, prev.line('t2.b1.normative.valid'));
  const lineText = prev.text.split('\n')[rel[0].line - 1];
  assert.equal(lineText.slice(rel[0].column - 1, rel[0].endColumn - 1), '20', 'the region is last year’s cell');
  assert.match(rel[0].message, /2020/);

  const elsewhere = fs.realpathSync(folder({ '2020.txt': prev.text }));
  const outside = runCli(['--format', 'json', '--previous', path.join(elsewhere, '2020.txt'), path.join('new', '2021.txt')], dir);
  assert.equal((crossYear(outside.stdout, '2021.txt')[0] as unknown as { related: JsonRelated[] }).related[0].file, path.join(elsewhere, '2020.txt'));

  const sarif = JSON.parse(runCli(['--format', 'sarif', 'old', 'new'], dir).stdout);
  const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'cross-year-valid-count');
  const loc = result.relatedLocations[0];
  assert.equal(loc.physicalLocation.artifactLocation.uri, 'old/2020.txt');
  assert.equal(loc.physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
  assert.deepEqual(loc.physicalLocation.region, { startLine: rel[0].line, startColumn: rel[0].column, endLine: rel[0].endLine, endColumn: rel[0].endColumn });
  assert.equal(loc.message.text, rel[0].message);
  const out = JSON.parse(runCli(['--format', 'sarif', '--previous', path.join(elsewhere, '2020.txt'), path.join('new', '2021.txt')], dir).stdout);
  const far = out.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'cross-year-valid-count').relatedLocations[0].physicalLocation.artifactLocation;
  assert.deepEqual(far, { uri: pathToFileURL(path.join(elsewhere, '2020.txt')).href });
});

test('a big file of merged reports linted in chunks: last year’s report in another chunk counts (as with one thread)', () => {
  // Last year's report first, this year's last, ~600 KB of other bodies' reports between: never in one chunk.
  const others = Array.from({ length: 150 }, (_, k) => build({}, (d) => (d.title = `示例县第${k + 1}局2021年政府信息公开工作年度报告`)).text);
  const text = [lastYear(20), ...others, thisYear()].map((t) => (t.endsWith('\n') ? t : `${t}\n`)).join('');
  assert.ok(Buffer.byteLength(text) > 600 * 1024);
  const dir = folder({ 'merged.txt': text });
  const found = (jobs: string) => {
    const r = runCli(['--format', 'json', '--jobs', jobs, 'merged.txt'], dir);
    return { out: r.stdout, cross: crossYear(r.stdout, 'merged.txt') as unknown as { message: string; line: number; related: JsonRelated[] }[] };
  };
  const two = found('2');
  const one = found('1');
  assert.equal(two.cross.length, 1, JSON.stringify(two.cross));
  assert.match(two.cross[0].message, /本文件中的2020年报告.*为 20/);
  const lines = text.split('\n');
  const rel = two.cross[0].related[0];
  assert.equal(rel.file, 'merged.txt');
  assert.equal(lines[rel.line - 1].slice(rel.column - 1, rel.endColumn - 1), '20', 'last year’s cell, placed in the whole file');
  assert.ok(rel.line < 100 && two.cross[0].line > lines.length - 100);
  assert.equal(two.out, one.out, 'the same output as one thread');
});

test('a neighbour found in the folder is looked at only up to 4 MB; named with --previous it is read whatever its size', () => {
  // Last year's report followed by 4 MB of blank lines: a merged or padded file too big to scan on every lint.
  const big = lastYear(20) + '\n'.repeat(4 * 1024 * 1024);
  const dir = folder({ '2020.txt': big, '2021.txt': thisYear() });
  const draft = path.join(dir, '2021.txt');
  assert.deepEqual(crossYear(runCli(['--format', 'json', draft]).stdout, '2021.txt'), []);
  const named = runCli(['--format', 'json', '--previous', path.join(dir, '2020.txt'), draft]);
  assert.equal(crossYear(named.stdout, '2021.txt').length, 1, named.stdout);
});
