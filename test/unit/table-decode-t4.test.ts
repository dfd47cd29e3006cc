// Table 四 copied without its markup: its one row of fifteen numbers runs
// together ("100010000000000"), whole or in a few runs. The row is read only
// when exactly one split gives, in each of its three groups of five,
// 总计 = the sum of the other four; otherwise it stays unread and
// table-unaligned says how far the reading got.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { splitGroups } from '../../server/src/core/model/tables/decodeSearch';
import { assertFixAllSafe } from '../fix-safety';
import { baseDraft, hits, none, one, problems, render, tableOf, type Draft } from './rules/_helpers';

/** The draft's table 四 with its numbers written as `runs` instead of fifteen separated cells. */
function runTogether(runs: string, edit?: (d: Draft) => void): string {
  const d = baseDraft('2021');
  edit?.(d);
  const b = render(d, 'space');
  const row = d.t4.join(' ');
  assert.ok(b.text.includes(row));
  return b.text.replace(row, runs);
}

const detailZh = (h: { detail?: unknown }): string => {
  const d = h.detail as { zh: string } | (() => { zh: string });
  return typeof d === 'function' ? d().zh : d.zh;
};

const t4Row = (text: string) => tableOf(lint(text).report, 't4').rows[0];

test('a table 四 row run together decodes uniquely (one run or a few): every cell read, no finding', () => {
  // 行政复议 12 0 0 1 13, 直接起诉 0 0 0 0 0, 复议后起诉 1 0 0 0 1.
  const values = [12, 0, 0, 1, 13, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1];
  const edit = (d: Draft) => void (d.t4 = values.map(String));
  for (const runs of ['12001130000010001', '1200113 00000 10001', '120011300000 10001']) {
    const text = runTogether(runs, edit);
    assert.deepEqual(problems(text), [], runs);
    none(text, 'table-unaligned');
    none(text, 'table-review-total');
    none(text, 'table-cell-count');
    const row = t4Row(text);
    assert.deepEqual(
      row.cells.map((c) => [c.value, c.placement]),
      values.map((v) => [v, 'decoded']),
      runs,
    );
    assert.deepEqual(row.decoding?.values, values);
    // Each decoded cell points at its own digits: 行政复议·总计 is the "13".
    const total = row.cells[4];
    assert.equal(text.slice(total.range.start, total.range.end), '13');
  }
});

test('the narrative is compared with the decoded row: "行政复议1件" against a decoded 行政复议·总计 of 13', () => {
  const values = [12, 0, 0, 1, 13, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1];
  const text = runTogether('12001130000010001', (d) => void (d.t4 = values.map(String)));
  assert.equal(t4Row(text).cells[4].value, 13);
  assert.ok(lint(text).findings.some((f) => f.rule === 'narrative-table-mismatch' && /13/.test(f.message.zh)));
});

test('an ambiguous row ("1100011…" is 1 10 0 0 11 or 11 0 0 0 11) stays unread: table-unaligned says why, no table-review-total', () => {
  const text = runTogether('11000110000000000');
  const row = t4Row(text);
  assert.equal(row.unread, 'run-together');
  assert.ok(row.cells.every((c) => c.placement === 'guessed'));
  const h = one(text, 'table-unaligned');
  assert.match(h.message.zh, /“行政复议、行政诉讼情况”的数字连在一起，无法唯一拆分到各列/);
  assert.match(h.message.en, /ran together/);
  assert.match(detailZh(h), /（11000110000000000），不止一种拆分满足“每组总计 = 其余四项之和”（如 .* 与 .*），未读取/);
  none(text, 'table-review-total');
  none(text, 'table-cell-count');
});

test('no split fits ("100011000000000": 10001, then 1 0 0 0 totalled 0): unread, said so, no arithmetic finding', () => {
  const text = runTogether('100011000000000');
  assert.equal(t4Row(text).unread, 'run-together');
  const h = one(text, 'table-unaligned');
  assert.match(detailZh(h), /（100011000000000），没有一种拆分满足“每组总计 = 其余四项之和”，未读取/);
  const d = h.detail as { en: string } | (() => { en: string });
  assert.match(typeof d === 'function' ? d().en : d.en, /no split has each group’s total = sum of its four cells/);
  none(text, 'table-review-total');
});

test('table-review-total judges the row read in place, never the same digits run together (no split: unread, not corrected)', () => {
  // In place, 行政复议 总计 2 over 1 0 0 0 is an error.
  const wrong = [1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const b = render(
    (() => {
      const d = baseDraft('2021');
      d.t4 = wrong.map(String);
      return d;
    })(),
    'space',
  );
  assert.equal(hits(b.text, 'table-review-total').length, 1);
  // Run together, the same digits have no split at all: unread, never "corrected".
  const text = runTogether(wrong.join(''));
  none(text, 'table-review-total');
  assert.equal(t4Row(text).unread, 'run-together');
});

test('fix-all changes nothing in a decoded or undecodable table 四', () => {
  for (const runs of ['100010000000000', '11000110000000000', '100011000000000']) {
    const text = runTogether(runs);
    const from = text.indexOf(runs);
    for (const f of lint(text).findings)
      for (const fix of f.fixes)
        if (fix.safe) assert.ok(!fix.edits.some((e) => e.start >= from && e.start <= from + runs.length), `${f.rule} has a safe edit in the row (${runs})`);
    const after = assertFixAllSafe(text, {}, `run-together table 四 ${runs}`);
    assert.ok(after.includes(runs), `the row is untouched (${runs})`);
  }
});

test('silent on rows that are not run together: fifteen separated numbers, or fourteen (table-cell-count, not decoding)', () => {
  const text = runTogether('1 0 0 0 1 0 0 0 0 0 0 0 0 0 0');
  assert.equal(t4Row(text).decoding, undefined);
  assert.deepEqual(problems(text), []);
  const short = runTogether('1 0 0 0 1 0 0 0 0 0 0 0 0 0');
  assert.equal(t4Row(short).decoding, undefined);
  one(short, 'table-cell-count');
});

test('splitGroups: groups are consecutive, each total is the sum of its own members only', () => {
  // One group of seven (table 三) is splitRow: "7000007".
  assert.deepEqual(splitGroups(['7000007'], [7]), { kind: 'unique', values: [7, 0, 0, 0, 0, 0, 7], lengths: [1, 1, 1, 1, 1, 1, 1] });
  // 2 0 0 0 2 | 3 0 0 0 3: the second total is 3, not 5.
  const r = splitGroups(['2000230003'], [5, 5]);
  assert.equal(r.kind, 'unique');
  if (r.kind === 'unique') assert.deepEqual(r.values, [2, 0, 0, 0, 2, 3, 0, 0, 0, 3]);
  assert.equal(splitGroups(['2000230005'], [5, 5]).kind, 'none');
  // A group may span runs, but its total may not cross a run boundary: 12 0 0 0 12 | 0 0 0 0 0.
  assert.equal(splitGroups(['200', '0230003'], [5, 5]).kind, 'unique');
  assert.equal(splitGroups(['1200012', '00000'], [5, 5]).kind, 'unique');
  assert.equal(splitGroups(['120001', '200000'], [5, 5]).kind, 'none');
});
