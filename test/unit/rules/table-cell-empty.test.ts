import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  LAYOUTS,
  applyFix,
  build,
  expectFixAllClears,
  expectHit,
  fixOf,
  hits,
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

// Issue 9: findings a person can use — blank cells grouped by row, many rows by table;
// a computed cell keeps its own finding (its fix writes a value).
const GROUPED: Layout[] = ['pipe', 'markdown', 'cell-pipe', 'tab', 'html'];

for (const layout of GROUPED) {
  test(`${layout}: a row's blank cells are one finding; its fix writes every 0`, () => {
    for (const gen of ['2021', '2019'] as const) {
      const b = build({ layout, gen }, (d) => ['research', 'public', 'legal'].forEach((c) => setT3(d, 'new', c, '')));
      const h = one(b.text, RULE);
      expectHit(h, RULE, 'warning', b.line('t3.new'), ['“一、本年新收政府信息公开申请数量”行有3个空单元格：科研机构、社会公益组织、法律服务机构']);
      assert.equal(h.related?.length, 3);
      assert.deepEqual(fixOf(h, true).edits.length, 3);
      assert.equal(expectFixAllClears(b.text, RULE), build({ layout, gen }).text);
    }
  });
}

test('more than five rows of blanks are one finding for the table; a blank total keeps its own', () => {
  for (const layout of GROUPED) {
    const ids = ['refused1', 'refused2', 'refused3', 'refused4', 'refused5', 'refused6'];
    const b = build({ layout }, (d) => {
      for (const id of ids) setT3(d, id, 'natural', '');
      setT3(d, 'new', 'total', '');
    });
    const h = hits(b.text, RULE);
    assert.deepEqual(
      h.map((x) => x.message.zh),
      ['单元格为空：一、本年新收政府信息公开申请数量·总计', '表三有6个空单元格（6行），应填 0'],
      layout,
    );
    assert.match(h[0].fixes[0].title.zh, /计算值 4/);
    assert.equal(h[1].related?.length, 6);
    assert.match(h[1].message.en, /Table 3 has 6 empty cells in 6 rows/);
    assert.equal(fixOf(h[1], true).edits.length, 6);
    assert.equal(expectFixAllClears(b.text, RULE), build({ layout }).text);
  }
});

test('five rows of blanks stay one finding per row', () => {
  const b = build({}, (d) => ['refused1', 'refused2', 'refused3', 'refused4', 'refused5'].forEach((id) => setT3(d, id, 'natural', '')));
  assert.equal(hits(b.text, RULE).length, 5);
});
