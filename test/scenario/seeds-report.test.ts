// Every "reports" item of the seeds' README (test/fixtures/seeds/EXPECTATIONS.md).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SEEDS, lintSeed, ARITHMETIC } from './seeds';
import { cellAtIds } from '../../server/src/core/model/tableMath';
import { applyEdits } from '../../server/src/core/fix/edits';
import { fixAll } from '../../server/src/core/fix/fixAll';

test('000: stray unit, fractional count, half-width punctuation, balanced table 三', () => {
  const s = lintSeed(SEEDS.s000);
  assert.deepEqual(s.lines('number-stray-unit'), [17]);
  const stray = s.of('number-stray-unit')[0];
  const fixed = applyEdits(s.text, stray.fixes[0].edits);
  assert.ok(fixed.split('\n')[16].includes('累计阅读量22.1万人次'));
  assert.deepEqual(s.lines('number-fraction-count'), [29]);
  assert.ok(s.of('punctuation-halfwidth').length > 20);
  assert.equal(lintSeed(SEEDS.s000).result.report.tables.length, 3);
  assert.equal(fixAll(s.text).text.includes('来源:'), false, 'fix-all converts half-width punctuation');
  for (const r of ARITHMETIC) assert.deepEqual(s.lines(r), [], r);
  const t3 = s.result.report.tables.find((t) => t.kind === 't3')!;
  assert.equal(cellAtIds(t3, 'new', 'total')?.value, 1);
  assert.equal(cellAtIds(t3, 'unable1', 'natural')?.value, 1);
  assert.equal(cellAtIds(t3, 'resultTotal', 'total')?.value, 1);
  assert.equal(cellAtIds(t3, 'next', 'total')?.value, 0);
});

test('001: no title, money without unit, four variant titles, no arithmetic errors', () => {
  const s = lintSeed(SEEDS.s001);
  assert.equal(s.of('title-missing').length, 1);
  assert.deepEqual(s.lines('table-money-unit'), [33]);
  assert.deepEqual(s.lines('section-title-variant'), [7, 34, 61, 66]);
  assert.ok(s.of('section-title-variant').every((f) => f.severity === 'info'));
  for (const r of [...ARITHMETIC, 'table-cell-negative']) assert.deepEqual(s.lines(r), [], r);
  assert.equal(s.result.report.year, 2020);
  assert.equal(s.result.report.generation, '2019');
});

test('002: balance error, empty totals with computed safe fix, fee statement missing', () => {
  const s = lintSeed(SEEDS.s002);
  assert.ok(s.of('table-balance').length >= 1);
  const bal = s.of('table-balance')[0];
  assert.equal(s.line(bal), 43);
  assert.match(bal.message.zh, /第一项加第二项之和（0）不等于第三项加第四项之和（4）：社会公益组织列/);
  assert.ok(bal.related && bal.related.length >= 4, 'arithmetic findings point at every cell');
  assert.deepEqual(s.lines('table-cell-empty'), [58, 59]);
  const total = s.of('table-cell-empty')[0];
  const safe = total.fixes.find((f) => f.safe)!;
  const after = applyEdits(s.text, safe.edits).split('\n')[57];
  assert.equal(after.replace(/\s/g, ''), '(七)总计|0|0|0|4|0|0|4|');
  assert.deepEqual(s.lines('other-matters-fee-missing'), [70]);
});

test('003: 16-cell row, spaced document number and numbers, money without unit, split table read whole', () => {
  const s = lintSeed(SEEDS.s003);
  assert.deepEqual(s.lines('table-cell-count'), [74]);
  const docOrSpace = [...s.of('doc-number-brackets'), ...s.of('number-space')].filter((f) => s.text.slice(f.range.start, f.range.end + 2).includes('28'));
  assert.ok(
    docOrSpace.some((f) => s.line(f) === 7),
    '〔2019〕28 号 is reported',
  );
  // Issue 9: the 27 PDF-conversion spaces are one summary finding listing every place.
  const space = s.of('number-space');
  assert.equal(space.length, 1);
  assert.match(space[0].message.zh, /^疑似 PDF 转换：27 处数字两侧空格/);
  const spaced = (space[0].related ?? []).map((r) => s.text.slice(r.range.start - 5, r.range.end + 2));
  assert.ok(spaced.some((x) => x.includes('2019 年')));
  assert.ok(spaced.some((x) => x.includes('118 条')));
  assert.deepEqual(s.lines('table-money-unit'), [32]);
  for (const r of ARITHMETIC) assert.deepEqual(s.lines(r), [], r);
  const t3 = s.result.report.tables.filter((t) => t.kind === 't3');
  assert.equal(t3.length, 1, 'the page-split table 三 is one table');
  assert.ok(t3[0].rows.some((r) => r.id === 'ignored5') && t3[0].rows.some((r) => r.id === 'refused1'));
  assert.equal(t3[0].rows.filter((r) => r.status === 'ok').length, 23);
});

test('004: missing section 六 and title, noted cell, empty cells, missing group, shifted rows, narrative mismatches', () => {
  const s = lintSeed(SEEDS.s004);
  const missing = s.of('section-missing');
  assert.equal(missing.length, 1);
  assert.match(missing[0].message.zh, /其他需要报告的事项/);
  assert.equal(s.of('title-missing').length, 1);
  assert.deepEqual(s.lines('table-cell-not-number'), [62]);
  // Issue 9: blank cells come grouped — tables 二 and 三 as one finding each (the rows as related
  // information, one safe fix writing every 0), table 四's row as one, its empty 总计 cells one each.
  const empty = s.of('table-cell-empty');
  assert.deepEqual(
    empty.map((f) => f.message.zh.replace(/：.*/, '')),
    ['表二有17个空单元格（6行），应填 0', '表三有138个空单元格（20行），应填 0', '“行政复议、行政诉讼情况”行有11个空单元格', '单元格为空', '单元格为空'],
  );
  assert.equal(empty[1].related?.length, 20);
  assert.ok(empty.every((f) => f.fixes.length === 1 && f.fixes[0].safe));
  assert.ok(s.lines('table-row-missing').includes(186));
  assert.match(s.of('table-row-missing')[0].message.zh, /（五）不予处理/);
  const shifted = new Set([...s.lines('table-cell-count'), ...s.lines('table-balance')]);
  for (const l of [92, 165, 228]) assert.ok(shifted.has(l), `row at line ${l}`);
  assert.deepEqual(s.lines('narrative-sum-mismatch'), [9]);
  assert.match(s.of('narrative-sum-mismatch')[0].message.zh, /11/);
  assert.deepEqual(s.lines('narrative-table-mismatch'), [9]);
});
