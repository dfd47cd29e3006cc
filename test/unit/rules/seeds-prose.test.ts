// The seed drafts as acceptance tests for the number, date, document-number and
// punctuation rules (../../fixtures/seeds, copies of /work/shared/seeds; see
// EXPECTATIONS.md there). Only these rules are enabled, so the assertions do not
// depend on the structure/table rules being written concurrently.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../../server/src/core/lint';
import { fixAll } from '../../../server/src/core/fix/fixAll';
import type { Finding } from '../../../server/src/core/types';
import { onlyRules } from './helpers-numbers-wording';

const MINE = [
  'number-fullwidth-digit',
  'number-stray-unit',
  'number-fraction-count',
  'number-grouping',
  'number-mixed-chinese',
  'number-space',
  'date-invalid',
  'doc-number-brackets',
  'punctuation-halfwidth',
  'punctuation-mixed-brackets',
];
const OPTIONS = onlyRules(...MINE);

const SEEDS = {
  s000: '000_0131eef5f6c80757.txt',
  s001: '001_1091e914623cb50c.txt',
  s002: '002_fd806472b05b3a75.txt',
  s003: '003_e5194636313e52a0.txt',
  s004: '004_27ba3d77fbcff05a.txt',
};

function read(name: string): string {
  return readFileSync(join(process.cwd(), 'test', 'fixtures', 'seeds', name), 'utf8');
}

interface Seen {
  rule: string;
  line: number;
  text: string;
  f: Finding;
}

function run(name: string): { text: string; seen: Seen[] } {
  const text = read(name);
  const { findings } = lint(text, OPTIONS);
  const seen = findings
    .filter((f) => MINE.includes(f.rule))
    .map((f) => ({ rule: f.rule, line: lineOf(text, f.range.start), text: text.slice(f.range.start, f.range.end), f }));
  return { text, seen };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function lineText(text: string, line: number): string {
  return text.split('\n')[line - 1];
}

function of(seen: Seen[], rule: string): Seen[] {
  return seen.filter((s) => s.rule === rule);
}

/** Findings whose range overlaps the given substring of the given line. */
function touching(text: string, seen: Seen[], line: number, sub: string): Seen[] {
  const lineStart = text
    .split('\n')
    .slice(0, line - 1)
    .reduce((n, l) => n + l.length + 1, 0);
  const at = lineText(text, line).indexOf(sub);
  assert.notEqual(at, -1, `"${sub}" not on line ${line}`);
  const s = lineStart + at;
  const e = s + sub.length;
  return seen.filter((x) => x.f.range.start < e && s < x.f.range.end);
}

function assertFixAllClean(name: string): void {
  const text = read(name);
  const once = fixAll(text, OPTIONS);
  const twice = fixAll(once.text, OPTIONS);
  assert.equal(twice.changed, false, `${name}: fix-all is not idempotent`);
  const left = lint(once.text, OPTIONS).findings.filter((f) => MINE.includes(f.rule) && f.fixes.some((x) => x.safe));
  assert.deepEqual(
    left.map((f) => `${f.rule}: ${f.message.zh}`),
    [],
    `${name}: safe findings left after fix-all`,
  );
}

test('seed 000: stray unit, fractional count, many half-width marks', () => {
  const { text, seen } = run(SEEDS.s000);

  const stray = of(seen, 'number-stray-unit');
  assert.equal(stray.length, 1);
  assert.equal(stray[0].line, 17);
  assert.equal(stray[0].text, '万22.1万');
  const fix = stray[0].f.fixes[0];
  assert.equal(fix.safe, true);
  const fixedLine = text.slice(0, fix.edits[0].start) + text.slice(fix.edits[0].end);
  assert.match(lineText(fixedLine, 17), /累计阅读量22\.1万人次/);

  const frac = of(seen, 'number-fraction-count');
  assert.deepEqual(
    frac.map((s) => [s.line, s.text]),
    [[29, '129.3次']],
  );

  const half = of(seen, 'punctuation-halfwidth');
  assert.ok(half.length > 50, `expected many half-width findings, got ${half.length}`);
  assert.ok(
    half.some((s) => s.line === 3 && s.text === ':'),
    'line 3 "来源:" is reported',
  );
  assert.ok(
    half.some((s) => s.line === 9 && s.text === '(以下简称《政府信息公开条例》)'),
    'line 9 pair is one finding',
  );
  assert.deepEqual(touching(text, half, 3, '2022-01-26 16:48'), [], 'no finding inside the date and time');
  // One finding per mark or pair: never more findings than marks.
  const marks = (text.match(/[,:;?!()]/g) ?? []).length;
  assert.ok(half.length <= marks);

  for (const r of [
    'number-fullwidth-digit',
    'number-grouping',
    'number-mixed-chinese',
    'number-space',
    'date-invalid',
    'doc-number-brackets',
    'punctuation-mixed-brackets',
  ]) {
    assert.deepEqual(
      of(seen, r).map((s) => `${s.line}: ${s.text}`),
      [],
      r,
    );
  }
});

test('seed 000: fix-all converts the punctuation and is idempotent', () => {
  assertFixAllClean(SEEDS.s000);
  const fixed = fixAll(read(SEEDS.s000), OPTIONS).text;
  assert.match(fixed, /来源：盟司法局/);
  assert.match(fixed, /（以下简称《政府信息公开条例》）/);
  assert.match(fixed, /累计阅读量22\.1万人次/);
  assert.match(fixed, /发布时间：2022-01-26 16:48/);
  assert.match(fixed, /累计阅读量129\.3次/, 'no fix for the fractional count');
});

test('seed 001: table labels flagged; decimals and -3 are not', () => {
  const { text, seen } = run(SEEDS.s001);
  const half = of(seen, 'punctuation-halfwidth');
  assert.ok(
    half.some((s) => s.line === 15 && s.text === '(一)'),
    '第二十条第(一)项',
  );
  assert.deepEqual(touching(text, seen, 33, '3474675.89'), []);
  assert.deepEqual(touching(text, seen, 26, '-3'), []);
  for (const r of [
    'number-fullwidth-digit',
    'number-stray-unit',
    'number-fraction-count',
    'number-grouping',
    'number-mixed-chinese',
    'number-space',
    'date-invalid',
    'doc-number-brackets',
    'punctuation-mixed-brackets',
  ]) {
    assert.deepEqual(
      of(seen, r).map((s) => `${s.line}: ${s.text}`),
      [],
      r,
    );
  }
  assertFixAllClean(SEEDS.s001);
});

test('seed 002: the ISO date and time are not flagged', () => {
  const { text, seen } = run(SEEDS.s002);
  assert.deepEqual(touching(text, seen, 2, '2022-01-24 09:20'), []);
  assert.ok(
    of(seen, 'punctuation-halfwidth').some((s) => s.line === 2 && s.text === ':'),
    '"发布日期:" itself is Chinese text',
  );
  assert.ok(of(seen, 'punctuation-halfwidth').some((s) => s.line === 6 && s.text === '(一)'));
  assert.deepEqual(of(seen, 'date-invalid'), []);
  assertFixAllClean(SEEDS.s002);
});

test('seed 003: spaces before units, the 发文字号 space reported once', () => {
  const { text, seen } = run(SEEDS.s003);
  const doc = of(seen, 'doc-number-brackets');
  assert.deepEqual(
    doc.map((s) => [s.line, s.text]),
    [[7, '〔2019〕28 号']],
  );
  assert.equal(doc[0].f.fixes[0].safe, true);
  assert.deepEqual(touching(text, of(seen, 'number-space'), 7, '28 号'), [], 'no double report by number-space');

  // 27 PDF-conversion spaces: one summary finding, every place in its related information.
  const space = of(seen, 'number-space');
  assert.equal(space.length, 1);
  assert.match(space[0].f.message.zh, /^疑似 PDF 转换：\d+ 处数字两侧空格，可一键删除/);
  const places = (space[0].f.related ?? []).map((r) => ({ line: lineOf(text, r.range.start), text: text.slice(r.range.start, r.range.end) }));
  for (const want of ['2019 年', '118 条', '1 个', '4 万', '2018 年', '7 月', '1200 余', '129 名', '175 件']) {
    assert.ok(
      places.some((s) => s.line === 7 && s.text.endsWith(want)),
      want,
    );
  }
  assert.ok(!places.some((s) => s.line === 7 && s.text.includes('28 号')), 'the 发文字号 space is not in the summary');
  assert.ok(
    places.some((s) => s.line === 3 && s.text.endsWith('2019 年')),
    'title line',
  );
  assert.equal(space[0].f.fixes[0]?.safe, true);

  // "(本列数据…)" has half-width brackets around full-width content: a half-width pair, not a mixed one.
  assert.ok(of(seen, 'punctuation-halfwidth').some((s) => s.line === 37 && s.text.startsWith('(本列数据')));
  assert.deepEqual(of(seen, 'punctuation-mixed-brackets'), []);
  assert.deepEqual(of(seen, 'date-invalid'), []);

  assertFixAllClean(SEEDS.s003);
  const fixed = fixAll(text, OPTIONS).text;
  assert.match(fixed, /（豫政办明电〔2019〕28号）/);
  assert.match(fixed, /司法局2019年政府信息公开工作年度报告/);
  assert.match(fixed, /全年共发布信息条目数118条/);
});

test('seed 004: correct 发文字号 and scaled counts are not reported', () => {
  const { text, seen } = run(SEEDS.s004);
  assert.deepEqual(of(seen, 'doc-number-brackets'), []);
  assert.deepEqual(
    touching(text, seen, 1, '内政公办字〔2019〕10号').filter((s) => s.rule !== 'punctuation-halfwidth'),
    [],
  );
  assert.deepEqual(touching(text, seen, 9, '内信联发〔2017〕2号'), []);
  assert.deepEqual(touching(text, seen, 6, '454.8万次'), []);
  assert.deepEqual(of(seen, 'number-fraction-count'), []);
  assert.deepEqual(of(seen, 'date-invalid'), []);
  assertFixAllClean(SEEDS.s004);
});

test('seeds: no number, date or document-number false positives in correct dates', () => {
  for (const name of Object.values(SEEDS)) {
    const { seen } = run(name);
    for (const s of of(seen, 'date-invalid')) assert.fail(`${name}:${s.line} ${s.text}`);
  }
});
