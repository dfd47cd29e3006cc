import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, build, expectHit, none, one, setT2, setT3, setT4 } from './_helpers';

const RULE = 'table-cell-negative';

test('valid: no negative count, in every layout; 2019 本年增/减 -3 is allowed (seed 001)', () => {
  for (const layout of LAYOUTS) for (const gen of ['2021', '2019'] as const) none(build({ layout, gen }).text, RULE);
  none(build({ gen: '2019', layout: 'cell-pipe' }, (d) => setT2(d, 'b5.license', 'change', '-8')).text, RULE);
});

test('table 三 count -1: error on the cell', () => {
  const b = build({}, (d) => setT3(d, 'carry', 'research', '-1'));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'error', b.line('t3.carry'), ['二、上年结转政府信息公开申请数量·科研机构不能为负数（-1）']);
  assert.equal(b.text.slice(h.range.start, h.range.end), '-1');
  assert.equal(h.fixes.length, 0);
});

test('table 二 2021 本年处理决定数量 -5 (cell-per-line draft)', () => {
  const b = build({ layout: 'cell-per-line' }, (d) => setT2(d, 'b5.license', 'decisions', '-5'));
  expectHit(one(b.text, RULE), RULE, 'error', b.line('t2.b5.license.decisions'), ['行政许可·本年处理决定数量不能为负数（-5）']);
});

test('table 二 2019: 上一年项目数量 may not be negative, only 本年增/减', () => {
  const b = build({ gen: '2019', layout: 'tab' }, (d) => setT2(d, 'b6.penalty', 'lastYear', '-1'));
  expectHit(one(b.text, RULE), RULE, 'error', b.line('t2.b6.penalty'), ['行政处罚·上一年项目数量不能为负数（-1）']);
});

test('table 四 -2 (HTML draft)', () => {
  const b = build({ layout: 'html' }, (d) => setT4(d, 'afterOther', '-2'));
  expectHit(one(b.text, RULE), RULE, 'error', b.line('t4.afterOther'), ['行政诉讼·复议后起诉·其他结果不能为负数（-2）']);
});

test('table 二 2019: 上一年项目数量 + 本年增/减 must not be negative (3 + -5)', () => {
  const b = build({ gen: '2019' }, (d) => setT2(d, 'b6.penalty', 'change', '-5'));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'error', b.line('t2.b6.penalty'), ['3', '-5']);
});
