// Table 三 copied without its markup: each row's numbers run together after
// its label ("（一）予以公开7000007"), row by row or the whole table on one line.
// A row is read only when exactly one split gives 总计 = the sum of the six
// applicant columns; the column totals and the balance are then checked.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { assertFixAllSafe } from '../fix-safety';
import { baseDraft, build, hits, none, one, problems, render, setT3, setT3Row, tableOf, type Draft, type Gen } from './rules/_helpers';

const HEADER =
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他';

/** The draft with its table 三 written as a page that lost its cell separators (and, with `oneLine`, its line breaks). */
function runTogether(d: Draft, oneLine = false): { text: string; table: string } {
  const b = render(d, 'pipe');
  const rows = d.t3.map((r) => r.label + (r.values ? r.values.join('') : ''));
  const table = oneLine ? HEADER + rows.join('') : [HEADER, ...rows].join('\n');
  return { text: b.text.slice(0, b.offset('t3')) + table + '\n' + b.text.slice(b.offset('h4')), table };
}

function draft(gen: Gen = '2021', edit?: (d: Draft) => void): Draft {
  const d = baseDraft(gen);
  edit?.(d);
  return d;
}

const ARITH = ['table-row-total', 'table-column-total', 'table-balance'];
const arith = (text: string) => ARITH.flatMap((r) => hits(text, r));

test('a whole table 三 run together decodes uniquely: every row read, no finding (2021 and 2019, row by row and on one line)', () => {
  for (const gen of ['2021', '2019'] as const)
    for (const oneLine of [false, true]) {
      const { text } = runTogether(draft(gen), oneLine);
      assert.deepEqual(problems(text), [], `${gen} ${oneLine ? 'one line' : 'rows'}`);
      none(text, 'table-cell-empty');
      none(text, 'table-row-missing');
      const t3 = tableOf(lint(text).report, 't3');
      const open = t3.rows.find((r) => r.id === 'open')!;
      assert.deepEqual(
        open.cells.map((c) => [c.value, c.placement]),
        [2, 1, 0, 0, 0, 0, 3].map((v) => [v, 'decoded']),
      );
      // Each decoded cell points at its own digit.
      assert.equal(text.slice(open.cells[6].range.start, open.cells[6].range.end), '3');
      assert.equal(t3.rows.length, gen === '2021' ? 25 : 23);
    }
});

test('"（一）予以公开7000007": the one split whose total is the sum, 7 0 0 0 0 0 7; "91000010" is 9 1 … 10', () => {
  const { text } = runTogether(
    draft('2021', (d) => {
      setT3Row(d, 'new', [9, 1, 0, 0, 0, 0, 10]);
      setT3Row(d, 'open', [7, 0, 0, 0, 0, 0, 7]);
      setT3Row(d, 'unable1', [2, 0, 0, 0, 0, 0, 2]);
      setT3Row(d, 'resultTotal', [9, 0, 0, 0, 0, 0, 9]);
      setT3Row(d, 'next', [1, 1, 0, 0, 0, 0, 2]);
    }),
  );
  assert.ok(text.includes('（一）予以公开7000007'));
  assert.ok(text.includes('一、本年新收政府信息公开申请数量91000010'));
  const t3 = tableOf(lint(text).report, 't3');
  const values = (id: string) => t3.rows.find((r) => r.id === id)!.cells.map((c) => c.value);
  assert.deepEqual(values('open'), [7, 0, 0, 0, 0, 0, 7]);
  assert.deepEqual(values('new'), [9, 1, 0, 0, 0, 0, 10]);
  assert.deepEqual(problems(text), []);
});

test('a published error visible only after decoding: result rows add up to 27, （七）总计 says 21 (table-column-total, explained)', () => {
  // pingtan-2020's table 三 as a page without markup: 一 20 … 1 21; （七） 20 … 1 21; result rows 26 / 27.
  const d = draft('2019', (x) => {
    setT3Row(x, 'new', [20, 0, 0, 0, 0, 1, 21]);
    setT3Row(x, 'carry', [0, 0, 0, 0, 0, 0, 0]);
    setT3Row(x, 'open', [6, 0, 0, 0, 0, 1, 7]);
    setT3Row(x, 'partial', [6, 0, 0, 0, 0, 0, 6]);
    setT3Row(x, 'unable1', [4, 0, 0, 0, 0, 0, 4]);
    setT3Row(x, 'unable3', [3, 0, 0, 0, 0, 0, 3]);
    setT3Row(x, 'ignored2', [3, 0, 0, 0, 0, 0, 3]);
    setT3Row(x, 'otherHandling', [4, 0, 0, 0, 0, 0, 4]);
    setT3Row(x, 'resultTotal', [20, 0, 0, 0, 0, 1, 21]);
    setT3Row(x, 'next', [0, 0, 0, 0, 0, 0, 0]);
  });
  for (const oneLine of [false, true]) {
    const { text } = runTogether(d, oneLine);
    const h = hits(text, 'table-column-total');
    assert.deepEqual(
      h.map((x) => x.message.zh),
      ['（七）总计（20）不等于各项办理结果之和（26）：自然人列', '（七）总计（21）不等于各项办理结果之和（27）：总计列'],
    );
    const detail = typeof h[1].detail === 'function' ? (h[1].detail as () => { zh: string })() : h[1].detail!;
    assert.match(detail.zh, /“（一）予以公开”的数字连在一起（6000017），按唯一满足“总计 = 各类申请人之和”的拆分读作 6 0 0 0 0 1 7/);
    // 一 + 二 = （七）+ 四 holds (21 = 21 + 0); the rows were read by their totals, which are not judged again.
    none(text, 'table-balance');
    none(text, 'table-row-total');
    none(text, 'table-unaligned');
    none(text, 'table-cell-count');
  }
});

test('a row that decodes only one way but breaks a column total: table-column-total', () => {
  const { text } = runTogether(draft('2021', (d) => setT3Row(d, 'open', [3, 0, 0, 0, 0, 0, 3])));
  assert.deepEqual(
    hits(text, 'table-column-total').map((h) => h.message.zh),
    ['（七）总计（3）不等于各项办理结果之和（4）：自然人列', '（七）总计（1）不等于各项办理结果之和（0）：商业企业列'],
  );
  none(text, 'table-unaligned');
});

test('an ambiguous row ("110000011" is 1 10 … 11 or 11 0 … 11) stays unread: table-unaligned says why, no arithmetic finding', () => {
  const { text } = runTogether(
    draft('2021', (d) => {
      setT3Row(d, 'new', [12, 0, 0, 0, 0, 0, 12]);
      setT3Row(d, 'open', [11, 0, 0, 0, 0, 0, 11]);
      setT3Row(d, 'resultTotal', [12, 0, 0, 0, 0, 0, 12]);
    }),
  );
  const h = one(text, 'table-unaligned');
  assert.match(h.message.zh, /“（一）予以公开”的数字连在一起，无法唯一拆分到各列/);
  assert.match(h.message.en, /ran together/);
  const detail = h.detail as unknown as { zh: string } | (() => { zh: string });
  const zh = typeof detail === 'function' ? detail().zh : detail.zh;
  assert.match(zh, /不止一种拆分满足“总计 = 各类申请人之和”（如 1 10 0 0 0 0 11 与 11 0 0 0 0 0 11），未读取/);
  // The other rows were read, and how is said too.
  assert.match(zh, /“一、本年新收政府信息公开申请数量”的数字连在一起（120000012），按唯一满足“总计 = 各类申请人之和”的拆分读作 12 0 0 0 0 0 12/);
  // The column sums need the unread row: undecided, not guessed (the balance, which does not, holds).
  assert.deepEqual(arith(text), []);
  none(text, 'table-cell-count');
});

test('a row no split can read (its 总计 is not the sum in any split) stays unread, with no table-row-total', () => {
  const { text } = runTogether(draft('2021', (d) => setT3Row(d, 'open', [2, 1, 0, 0, 0, 0, 4])));
  const h = one(text, 'table-unaligned');
  const zh = (typeof h.detail === 'function' ? (h.detail as () => { zh: string })() : h.detail!).zh;
  assert.match(zh, /“（一）予以公开”的数字连在一起（2100004），没有一种拆分满足“总计 = 各类申请人之和”，未读取/);
  assert.deepEqual(arith(text), []);
});

test('fix-all changes nothing in a decoded table, even where a row is empty or a number is missing', () => {
  for (const oneLine of [false, true]) {
    // （二）部分公开 with no digits at all; the balance cell 四 reads as the wrong value.
    const { text, table } = runTogether(
      draft('2021', (d) => {
        d.t3.find((r) => r.id === 'partial')!.values = [];
        setT3Row(d, 'next', [0, 0, 0, 0, 0, 0, 0]);
      }),
      oneLine,
    );
    assert.ok(hits(text, 'table-balance').length > 0, 'the balance is judged on decoded rows');
    const from = text.indexOf(table);
    for (const f of lint(text).findings)
      for (const fix of f.fixes)
        if (fix.safe) assert.ok(!fix.edits.some((e) => e.start >= from && e.start <= from + table.length), `${f.rule} has a safe edit in the table`);
    const after = assertFixAllSafe(text, {}, 'run-together table');
    assert.ok(after.includes(table), 'table 三 is untouched');
  }
});

test('one decoded row in a separated table: no safe fix anywhere in that table (an empty cell elsewhere is only suggested)', () => {
  const b = build({ layout: 'pipe' }, (d) => setT3(d, 'partial', 'natural', ''));
  const safeBefore = one(b.text, 'table-cell-empty').fixes.map((f) => f.safe);
  assert.deepEqual(safeBefore, [true], 'the empty cell of a table read in place gets a safe 0');
  const text = b.text.replace('（一）予以公开 | 2 | 1 | 0 | 0 | 0 | 0 | 3', '（一）予以公开 | 2100003');
  const open = tableOf(lint(text).report, 't3').rows.find((r) => r.id === 'open')!;
  assert.deepEqual(
    open.cells.map((c) => `${c.value}:${c.placement}`),
    ['2:decoded', '1:decoded', '0:decoded', '0:decoded', '0:decoded', '0:decoded', '3:decoded'],
  );
  assert.deepEqual(problems(text), []);
  assert.deepEqual(
    one(text, 'table-cell-empty').fixes.map((f) => f.safe),
    [false],
  );
  assert.equal(assertFixAllSafe(text, {}, 'table with a decoded row'), text, 'fix-all leaves it as it is');
});

test('silent on text that only looks glued: PDF rows with a missing value keep table-cell-count; prose counts are not rows', () => {
  // A space-separated row one number short is a count mismatch, not a run to decode.
  const b = render(
    draft('2021', (d) => void d.t3.find((r) => r.id === 'open')!.values!.pop()),
    'space',
  );
  const h = one(b.text, 'table-cell-count');
  assert.match(h.message.zh, /“（一）予以公开”行有6个数字/);
  none(b.text, 'table-unaligned');
  // A sentence with counts after a label-like start is prose, never cut into cells.
  const { text } = runTogether(draft('2021'));
  const prose = text.replace('（一）予以公开2100003', '（一）予以公开2件，部分公开1件。');
  assert.equal(tableOf(lint(prose).report, 't3').rows.find((r) => r.id === 'open')?.decoding, undefined);
});
