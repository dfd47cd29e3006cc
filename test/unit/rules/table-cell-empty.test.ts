import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  LAYOUTS,
  applyFix,
  build,
  expectFixAllClears,
  expectHit,
  fixOf,
  lintAll,
  none,
  one,
  parsedRow,
  setT2,
  setT3,
  setT3Row,
  setT4,
  type Layout,
} from './_helpers';

const RULE = 'table-cell-empty';
const blank = ['', '', '', '', '', '', ''];

test('valid: no empty cell, in every layout and both generations', () => {
  for (const layout of LAYOUTS) for (const gen of ['2021', '2019'] as const) none(build({ layout, gen }).text, RULE);
});

for (const layout of ['pipe', 'markdown', 'cell-pipe', 'tab'] as Layout[]) {
  test(`${layout}: an empty ordinary cell; the safe fix writes 0 and restores the draft`, () => {
    const b = build({ layout }, (d) => setT3(d, 'new', 'research', ''));
    const h = one(b.text, RULE);
    expectHit(h, RULE, 'warning', b.line('t3.new.research'), ['单元格为空：一、本年新收政府信息公开申请数量·科研机构']);
    assert.equal(applyFix(b.text, fixOf(h, true)), build({ layout }).text);
    assert.equal(expectFixAllClears(b.text, RULE), build({ layout }).text);
  });
}

test('an empty total cell: not an arithmetic error; the safe fix writes the computed value', () => {
  const b = build({}, (d) => setT3(d, 'new', 'total', ''));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', b.line('t3.new'), ['一、本年新收政府信息公开申请数量·总计']);
  assert.match(fixOf(h, true).title.zh, /计算值 4/);
  assert.equal(applyFix(b.text, h.fixes[0]), build().text);
  for (const rule of ['table-row-total', 'table-balance']) none(b.text, rule);
});

test('an empty 四、结转下年度 cell takes the balancing value (cell-pipe draft)', () => {
  const b = build({ layout: 'cell-pipe' }, (d) => setT3(d, 'next', 'natural', ''));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', b.line('t3.next.natural'), ['四、结转下年度继续办理·自然人']);
  assert.equal(expectFixAllClears(b.text, RULE), build({ layout: 'cell-pipe' }).text);
});

test('a whole empty row （七）总计 (seed 002): one finding, the safe fix fills the computed sums', () => {
  const b = build({}, (d) => setT3Row(d, 'resultTotal', blank));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', b.line('t3.resultTotal'), ['“（七）总计”行的7个单元格均为空']);
  assert.match(fixOf(h, true).title.zh, /3 1 0 0 0 0 4/);
  const fixed = expectFixAllClears(b.text, RULE);
  assert.deepEqual(parsedRow(lintAll(fixed).result.report, 't3', 'resultTotal'), ['3', '1', '0', '0', '0', '0', '4']);
});

test('a whole empty row in the cell-pipe layout (seed 004): each empty line gets its value', () => {
  const b = build({ layout: 'cell-pipe' }, (d) => setT3Row(d, 'resultTotal', blank));
  expectHit(one(b.text, RULE), RULE, 'warning', b.line('t3.resultTotal'), ['7个单元格均为空']);
  assert.equal(expectFixAllClears(b.text, RULE), build({ layout: 'cell-pipe' }).text);
});

test('empty 四 whose computed value would be negative (seed 002 line 59): the fix is only a suggestion', () => {
  const b = build({}, (d) => {
    setT3Row(d, 'refused5', [0, 0, 0, 4, 0, 0, 4]);
    setT3Row(d, 'resultTotal', [3, 1, 0, 4, 0, 0, 8]);
    setT3Row(d, 'next', blank);
  });
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', b.line('t3.next'), ['“四、结转下年度继续办理”行的7个单元格均为空']);
  assert.match(fixOf(h, false).title.zh, /计算值为负/);
});

test('table 四 empty cell (cell-pipe draft)', () => {
  const b = build({ layout: 'cell-pipe' }, (d) => setT4(d, 'directOther', ''));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', b.line('t4.directOther'), ['行政诉讼·未经复议直接起诉·其他结果']);
  assert.equal(expectFixAllClears(b.text, RULE), build({ layout: 'cell-pipe' }).text);
});

test('HTML draft: the safe fix writes 0 inside the empty <td></td>', () => {
  const b = build({ layout: 'html' }, (d) => setT3(d, 'new', 'research', ''));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', b.line('t3.new'), ['科研机构']);
  assert.equal(applyFix(b.text, fixOf(h, true)), build({ layout: 'html' }).text);
});

test('pipe draft, table 二 one-value row left blank: the fix writes 0 on the row’s own line', () => {
  const b = build({ layout: 'pipe' }, (d) => setT2(d, 'b5.license', 'decisions', ''));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', b.line('t2.b5.license'), ['“行政许可”行的1个单元格均为空']);
  const fixed = expectFixAllClears(b.text, RULE);
  assert.equal(fixed.split('\n').length, b.text.split('\n').length, 'no line added');
  assert.match(fixed, /\n行政许可 \| 0 \|/);
});
