// The CLI contract of docs/design/interfaces.md, checked end to end on the bundled CLI:
// exit statuses, the JSON shape, positions, directory walking, stylish output.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { version } from '../../package.json';
import { assertNoStack, hasRule, parseJson, removeDir, runCli, seedPath, seedText, tempDir, ROOT, SEEDS, type JsonFile } from './helpers';
import { lint } from '../../server/src/core/lint';

const SEVERITIES = ['error', 'warning', 'info', 'hint'];

function checkShape(files: JsonFile[]): void {
  for (const f of files) {
    assert.equal(typeof f.file, 'string');
    assert.ok(f.reportYear === null || Number.isInteger(f.reportYear), `reportYear of ${f.file}`);
    assert.ok(f.template === null || f.template === '2019' || f.template === '2021', `template of ${f.file}`);
    assert.ok(Array.isArray(f.diagnostics));
    if (f.skipped !== undefined) {
      assert.equal(typeof f.skipped, 'string');
      assert.equal(f.diagnostics.length, 0);
    }
    for (const d of f.diagnostics) {
      const keys = ['rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'fix'];
      // `related` (the cells a finding is about) only when the finding has some.
      assert.deepEqual(Object.keys(d), 'related' in d ? [...keys, 'related'] : keys);
      const related = (d as { related?: Record<string, unknown>[] }).related;
      if (related) {
        assert.ok(related.length > 0);
        for (const r of related) assert.deepEqual(Object.keys(r), ['file', 'line', 'column', 'endLine', 'endColumn', 'message']);
      }
      assert.equal(typeof d.rule, 'string');
      assert.ok(SEVERITIES.includes(d.severity), d.severity);
      assert.ok(typeof d.message === 'string' && d.message.length > 0);
      for (const k of ['line', 'column', 'endLine', 'endColumn'] as const) assert.ok(Number.isInteger(d[k]) && d[k] >= 1, `${k} is 1-based`);
      assert.ok(d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column), 'end after start');
      assert.ok(d.fix === null || d.fix === 'safe' || d.fix === 'suggest');
    }
  }
}

test('--version and --help exit 0', () => {
  const v = runCli(['--version']);
  assert.equal(v.status, 0);
  assert.equal(v.stdout.trim(), version);
  const h = runCli(['-h']);
  assert.equal(h.status, 0);
  assert.match(h.stdout, /gov-report-lint/);
  assert.match(runCli(['--help', '--locale', 'en']).stdout, /^Usage:/);
});

test('exit 0 on a clean text file', () => {
  const dir = tempDir('clean');
  try {
    fs.writeFileSync(path.join(dir, 'clean.txt'), '今天天气很好。\n');
    const r = runCli(['clean.txt'], dir);
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
  } finally {
    removeDir(dir);
  }
});

test('exit 1 on an error-severity finding', (t) => {
  if (!hasRule('number-fullwidth-digit')) {
    t.skip('number-fullwidth-digit is not registered yet');
    return;
  }
  const dir = tempDir('err');
  try {
    fs.writeFileSync(path.join(dir, 'draft.txt'), seedText('002').replace('85条', '８５条'));
    const r = runCli(['--rule', 'number-fullwidth-digit=error', 'draft.txt'], dir);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /number-fullwidth-digit/);
  } finally {
    removeDir(dir);
  }
});

test('seed 002: exit status follows the error-severity findings', () => {
  const r = runCli(['--format', 'json', path.relative(ROOT, seedPath('002'))]);
  const [file] = parseJson(r.stdout);
  const errors = file.diagnostics.filter((d) => d.severity === 'error');
  assert.equal(r.status, errors.length > 0 ? 1 : 0);
  // Once the parser reads tables, the seed's known table-balance error must make it exit 1.
  if (file.diagnostics.some((d) => d.rule === 'table-balance')) assert.equal(r.status, 1);
});

test('exit 2 on usage errors, with one line on stderr', () => {
  const cases: string[][] = [
    ['--bogus', 'x.txt'],
    ['--format', 'xml', 'x.txt'],
    ['--rule', 'no-such-rule=error', 'x.txt'],
    ['--rule', 'broken', 'x.txt'],
    ['--template', '2020', 'x.txt'],
    ['--locale', 'fr', 'x.txt'],
    ['--jobs', '0', 'x.txt'],
    ['--format'],
    [],
  ];
  for (const args of cases) {
    const r = runCli(args);
    assert.equal(r.status, 2, `${args.join(' ')} → ${r.status}`);
    assert.equal(r.stdout, '');
    assertNoStack(r.stderr);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /^gov-report-lint: /);
  }
  assert.match(runCli(['--bogus', 'x']).stderr, /--bogus/);
  assert.match(runCli(['--locale', 'en', '--bogus', 'x']).stderr, /unknown option: --bogus/);
});

test('--jobs takes only a plain decimal count from 1 to 64; anything else is the usual usage error', () => {
  for (const jobs of ['-1', '0x10', '1e1', '2.0', ' 2', '+2', '65', '1000', '', 'Infinity']) {
    const r = runCli(['--jobs', jobs, 'x.txt']);
    assert.equal(r.status, 2, `--jobs ${JSON.stringify(jobs)} → ${r.status}`);
    assert.equal(r.stdout, '');
    assertNoStack(r.stderr);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    // The option's own message, in the chosen language (not parseArgs' English "ambiguous").
    assert.match(r.stderr, /^gov-report-lint: --jobs 应为 1 到 64 的整数/, `--jobs ${JSON.stringify(jobs)}: ${r.stderr}`);
  }
  assert.match(runCli(['--locale', 'en', '--jobs', '-1', 'x.txt']).stderr, /^gov-report-lint: --jobs must be an integer from 1 to 64/);
  assert.match(runCli(['--jobs=-3', 'x.txt']).stderr, /--jobs 应为 1 到 64 的整数/);
  // A forgotten value and a value given to a flag read as such, in Chinese too.
  assert.match(runCli(['--format', '--fix', 'x.txt']).stderr, /^gov-report-lint: 选项 --format 缺少参数值$/m);
  assert.match(runCli(['--fix=yes', 'x.txt']).stderr, /^gov-report-lint: 选项 --fix 不带参数值$/m);
  const dir = tempDir('jobs');
  try {
    fs.writeFileSync(path.join(dir, 'clean.txt'), '今天天气很好。\n');
    for (const jobs of ['1', '2', '64', '08']) assert.equal(runCli(['--jobs', jobs, 'clean.txt'], dir).status, 0, `--jobs ${jobs}`);
  } finally {
    removeDir(dir);
  }
});

test('exit 2 on a missing path and on a binary file; the other files are still reported', () => {
  const dir = tempDir('io');
  try {
    fs.writeFileSync(path.join(dir, 'good.txt'), '今天天气很好。\n');
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x10]));
    fs.writeFileSync(path.join(dir, 'bad.txt'), Buffer.from([0xe6, 0xa0, 0x87, 0xff, 0xfe, 0xfd, 0x81]));
    const r = runCli(['--format', 'json', 'missing.txt', 'binary.txt', 'good.txt', 'bad.txt'], dir);
    assert.equal(r.status, 2);
    assertNoStack(r.stderr);
    const files = parseJson(r.stdout);
    assert.deepEqual(
      files.map((f) => f.file),
      ['missing.txt', 'binary.txt', 'good.txt', 'bad.txt'],
    );
    assert.equal(typeof files[0].error, 'string');
    assert.equal(typeof files[1].error, 'string');
    assert.equal(files[2].error, undefined);
    assert.equal(typeof files[3].error, 'string');
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 3, r.stderr);
    assert.match(lines[0], /missing\.txt/);
    assert.match(lines[1], /binary\.txt/);
    assert.match(lines[2], /bad\.txt/);
    assert.equal(runCli(['binary.txt'], dir).status, 2);
  } finally {
    removeDir(dir);
  }
});

test('JSON shape on every seed, positions inside the text', () => {
  const r = runCli(['--format', 'json', path.relative(ROOT, SEEDS)]);
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const files = parseJson(r.stdout);
  const names = fs
    .readdirSync(SEEDS)
    .filter((n) => n.endsWith('.txt') || n.endsWith('.md'))
    .sort();
  assert.deepEqual(
    files.map((f) => path.basename(f.file)),
    names,
  );
  checkShape(files);
  for (const f of files) {
    const lines = fs
      .readFileSync(path.resolve(ROOT, f.file), 'utf8')
      .replace(/^\ufeff/, '')
      .split(/\r\n|\r|\n/);
    for (const d of f.diagnostics) {
      assert.ok(d.line <= lines.length && d.endLine <= lines.length, `${f.file} ${d.rule} line`);
      assert.ok(d.column <= lines[d.line - 1].length + 1, `${f.file}:${d.line}:${d.column} ${d.rule}`);
      assert.ok(d.endColumn <= lines[d.endLine - 1].length + 1, `${f.file}:${d.endLine}:${d.endColumn} ${d.rule}`);
    }
  }
});

test('columns count UTF-16 code units on a CJK line', (t) => {
  if (!hasRule('number-fullwidth-digit')) {
    t.skip('number-fullwidth-digit is not registered yet');
    return;
  }
  const dir = tempDir('utf16');
  try {
    // 𠀀 is one code point but two UTF-16 units; ８ sits at UTF-16 column 8.
    const text = seedText('002').replace('85条', '𠀀一二三四五８条');
    fs.writeFileSync(path.join(dir, 'd.txt'), '\ufeff' + text.replace(/\r?\n/g, '\r\n'));
    const r = runCli(['--format', 'json', 'd.txt'], dir);
    const [file] = parseJson(r.stdout);
    const line = text.split(/\r\n|\r|\n/).findIndex((l) => l.includes('𠀀一二三四五８')) + 1;
    const lineText = text.split(/\r\n|\r|\n/)[line - 1];
    const d = file.diagnostics.find((x) => x.rule === 'number-fullwidth-digit' && x.line === line);
    assert.ok(d, JSON.stringify(file.diagnostics));
    assert.equal(d.column, lineText.indexOf('８') + 1);
    assert.equal(d.endLine, line);
  } finally {
    removeDir(dir);
  }
});

test('directories are walked for drafts in sorted order; argument order is kept', () => {
  const dir = tempDir('walk');
  try {
    const w = (p: string, s = '今天天气很好。\n') => {
      fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      fs.writeFileSync(path.join(dir, p), s);
    };
    for (const p of [
      'b/z.txt',
      'b/a.md',
      'b/c.HTML',
      'b/d.htm',
      'b/e.markdown',
      'b/f.doc',
      'b/.hidden.txt',
      'b/sub/g.txt',
      'b/node_modules/x.txt',
      'a/one.txt',
      'notes.doc',
    ])
      w(p);
    const r = runCli(['--format', 'json', 'b', 'notes.doc', 'a'], dir);
    assert.equal(r.status, 0, r.stderr);
    const got = parseJson(r.stdout).map((f) => f.file.split(path.sep).join('/'));
    assert.deepEqual(got, ['b/a.md', 'b/c.HTML', 'b/d.htm', 'b/e.markdown', 'b/sub/g.txt', 'b/z.txt', 'notes.doc', 'a/one.txt']);
    // The same file named twice is linted once.
    assert.equal(parseJson(runCli(['--format', 'json', 'a/one.txt', 'a'], dir).stdout).length, 1);
  } finally {
    removeDir(dir);
  }
});

test('stylish output lists every JSON finding and a summary', () => {
  const rel = path.relative(ROOT, SEEDS);
  const files = parseJson(runCli(['--format', 'json', rel]).stdout);
  const stylish = runCli([rel]).stdout;
  let total = 0;
  for (const f of files) {
    if (f.diagnostics.length > 0) assert.ok(stylish.includes(f.file), f.file);
    for (const d of f.diagnostics) {
      total++;
      assert.ok(stylish.includes(`${d.line}:${d.column}`) && stylish.includes(d.rule), `${d.rule} ${d.line}:${d.column}`);
    }
  }
  if (total > 0) assert.match(stylish, new RegExp(`✖ 共 ${total} 个问题`));
  else assert.equal(stylish, '');
});

test('parallel run over many files gives the same output as a sequential one', () => {
  const dir = tempDir('par');
  try {
    const seeds = fs
      .readdirSync(SEEDS)
      .filter((n) => n.endsWith('.txt'))
      .sort();
    let n = 0;
    for (let round = 0; round < 5; round++) {
      for (const s of seeds) {
        const text = fs.readFileSync(path.join(SEEDS, s), 'utf8').replace(/\d/g, (d) => String((Number(d) + round) % 10));
        fs.writeFileSync(path.join(dir, `${String(n++).padStart(3, '0')}-${s}`), round % 2 ? text.replace(/\n/g, '\r\n') : text);
      }
    }
    const seq = runCli(['--format', 'json', '--jobs', '1', '.'], dir);
    const auto = runCli(['--format', 'json', '.'], dir);
    const two = runCli(['--format', 'json', '--jobs', '2', '.'], dir);
    assert.equal(parseJson(seq.stdout).length, n);
    assert.equal(auto.stdout, seq.stdout);
    assert.equal(two.stdout, seq.stdout);
    assert.equal(auto.status, seq.status);
    assert.equal(runCli(['--jobs', '2', '--locale', 'en', '.'], dir).stdout, runCli(['--jobs', '1', '--locale', 'en', '.'], dir).stdout);
  } finally {
    removeDir(dir);
  }
});

test('a big file of merged drafts is shared between threads and prints what one thread prints', () => {
  const dir = tempDir('merged');
  try {
    const seeds = fs
      .readdirSync(SEEDS)
      .filter((n) => n.endsWith('.txt'))
      .sort();
    const parts: string[] = [];
    let size = 0;
    for (let round = 0; size < 700 * 1024; round++) {
      for (const s of seeds) {
        let text = fs.readFileSync(path.join(SEEDS, s), 'utf8').replace(/\d/g, (d) => String((Number(d) + round) % 10));
        if (!text.endsWith('\n')) text += '\n';
        // Some drafts with CRLF and a lone-CR line, so line numbers across chunk borders are exercised.
        if (round % 3 === 1) text = text.replace(/\n/g, '\r\n');
        if (round % 5 === 2) text = text.replace('\n', '\r');
        parts.push(text);
        size += Buffer.byteLength(text);
      }
    }
    const merged = parts.join('');
    fs.writeFileSync(path.join(dir, 'merged.txt'), merged);
    const seq = runCli(['--format', 'json', '--jobs', '1', 'merged.txt'], dir);
    const two = runCli(['--format', 'json', '--jobs', '2', 'merged.txt'], dir);
    assert.equal(two.stdout, seq.stdout);
    assert.equal(two.status, seq.status);
    // …and both are the core's result for the whole text, positioned the editor's way.
    const [file] = parseJson(seq.stdout);
    const core = lint(merged);
    const expected = core.findings;
    assert.equal(file.diagnostics.length, expected.length);
    const lineStarts = [0];
    for (let i = 0; i < merged.length; i++) {
      if (merged[i] === '\n' || (merged[i] === '\r' && merged[i + 1] !== '\n')) lineStarts.push(i + 1);
    }
    const lineOf = (o: number) => {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= o) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    expected.forEach((f, i) => {
      const d = file.diagnostics[i];
      const line = lineOf(f.range.start);
      assert.deepEqual([d.rule, d.line, d.column], [f.rule, line + 1, f.range.start - lineStarts[line] + 1]);
      // Related cells too, placed in the whole file whichever chunk they were linted in.
      const related = (d as unknown as { related?: { file: string; line: number; column: number }[] }).related ?? [];
      assert.deepEqual(
        related.map((r) => [r.file, r.line, r.column]),
        (f.related ?? []).map((r) => {
          const at = r.elsewhere;
          if (at) return ['merged.txt', at.line + 1, at.character + 1];
          const l = lineOf(r.range.start);
          return ['merged.txt', l + 1, r.range.start - lineStarts[l] + 1];
        }),
        `related of ${f.rule} at line ${line + 1}`,
      );
    });
    assert.ok(
      file.diagnostics.some((d) => ((d as unknown as { related?: unknown[] }).related?.length ?? 0) > 0),
      'some findings have related cells',
    );
    assert.ok(new Set(expected.map((f) => f.rule)).has('table-balance'), 'each draft gets the arithmetic checks of a normal-size report');
    const reports = (file as unknown as { reports: { line: number; title: string | null }[] }).reports;
    assert.deepEqual(
      reports.map((r) => r.line),
      core.parts.map((p) => lineOf(p.range.start) + 1),
    );
    assert.ok(reports.length > 50 && reports.some((r) => r.title !== null));
  } finally {
    removeDir(dir);
  }
});
