// Documents holding several reports (departments' drafts merged into one
// file): where one report ends and the next begins, and that each report is
// linted exactly as it would be on its own.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findReports } from '../../server/src/core/model/split';
import { lint } from '../../server/src/core/lint';
import { shiftFinding } from '../../server/src/core/findings';
import type { Finding } from '../../server/src/core/types';
import { SEEDS, seedText } from '../scenario/seeds';
import { REPORT } from './skeleton';

const starts = (text: string) => findReports(text).map((r) => r.start);
const key = (f: Finding) => JSON.stringify([f.rule, f.severity, f.range, f.message, f.fixes, f.related ?? null, f.detail ?? null]);

test('every seed draft is one report', () => {
  for (const name of Object.values(SEEDS)) {
    const text = seedText(name);
    assert.deepEqual(findReports(text), [{ start: 0, end: text.length }], name);
  }
});

test('merged drafts split where each draft begins (title line, or 一、总体情况 when there is no title)', () => {
  const names = [SEEDS.s000, SEEDS.s001, SEEDS.s002, SEEDS.s003];
  const texts = names.map(seedText);
  const merged = texts.join('\n');
  const expected: number[] = [];
  let at = 0;
  for (const t of texts) {
    // A draft that opens with blank lines starts at its first visible line.
    expected.push(at + (t.length - t.replace(/^\s*\n/, '').length));
    at += t.length + 1;
  }
  expected[0] = 0;
  assert.deepEqual(starts(merged), expected);
  const ranges = findReports(merged);
  assert.equal(ranges[ranges.length - 1].end, merged.length);
  for (let i = 1; i < ranges.length; i++) assert.equal(ranges[i].start, ranges[i - 1].end, 'parts tile the text');
});

test('a merged file is linted as its reports, each exactly as on its own', () => {
  // Each draft ends its last line, as files do when concatenated with `cat`.
  const texts = [SEEDS.s002, SEEDS.s000, SEEDS.s001].map(seedText).map((t) => (t.endsWith('\n') ? t : t + '\n'));
  const merged = texts.join('');
  const result = lint(merged);
  assert.equal(result.parts.length, 3);
  const expected: string[] = [];
  let at = 0;
  for (const t of texts) {
    for (const f of lint(t).findings) expected.push(key(shiftFinding(f, at)));
    at += t.length;
  }
  assert.deepEqual(result.findings.map(key), expected);
  // The merged file does not look like one report with every section five times over.
  assert.equal(result.findings.filter((f) => f.rule === 'section-duplicate').length, 0);
});

test('CRLF drafts split the same way', () => {
  const texts = [SEEDS.s000, SEEDS.s002].map((n) => seedText(n).replace(/\r?\n/g, '\r\n'));
  assert.deepEqual(starts(texts.join('\r\n')), [0, texts[0].length + 2]);
});

test('a title alone never splits: running page headers and attachments stay in the report', () => {
  const header = '某局2022年政府信息公开工作年度报告';
  const withHeaders = [...REPORT.slice(0, 5), header, ...REPORT.slice(5, 9), header, ...REPORT.slice(9), '附件：某局2022年政府信息公开工作年度报告'].join('\n');
  assert.deepEqual(starts(withHeaders), [0]);
});

test('a section restart splits only after the draft reached section 四', () => {
  const early = [...REPORT.slice(0, 5), '一、总体情况', '重复粘贴的一段。', ...REPORT.slice(5)].join('\n');
  assert.deepEqual(starts(early), [0], 'a pasted-twice 一 inside a draft is a duplicate, not a new report');
  assert.ok(lint(early).findings.some((f) => f.rule === 'section-duplicate'));
  const twice = [...REPORT, ...REPORT].join('\n');
  assert.deepEqual(starts(twice), [0, REPORT.join('\n').length + 1]);
  const noTitle = [...REPORT, ...REPORT.slice(1)].join('\n');
  assert.deepEqual(starts(noTitle), [0, REPORT.join('\n').length + 1]);
});

test('short texts are one part', () => {
  assert.deepEqual(findReports(''), [{ start: 0, end: 0 }]);
  assert.deepEqual(findReports('一、总体情况'), [{ start: 0, end: 6 }]);
});
