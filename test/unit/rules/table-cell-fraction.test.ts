import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, build, expectHit, none, one, setT2, setT3, setT4 } from './_helpers';

const RULE = 'table-cell-fraction';

test('valid: whole counts; 2019 采购总金额 121.25 is money, in every layout', () => {
  for (const layout of LAYOUTS) for (const gen of ['2021', '2019'] as const) none(build({ layout, gen }).text, RULE);
});

test('valid: 本年收费金额（万元）may be fractional', () => {
  none(build({ layout: 'tab' }, (d) => setT2(d, 'b8.fees', 'feeAmount', '0.35')).text, RULE);
});

test('table 三 count 0.5: error on the cell, the value quoted', () => {
  const b = build({}, (d) => setT3(d, 'carry', 'research', '0.5'));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'error', b.line('t3.carry'), ['二、上年结转政府信息公开申请数量·科研机构是件数，应为整数（0.5）']);
  assert.equal(b.text.slice(h.range.start, h.range.end), '0.5');
  assert.equal(h.fixes.length, 0);
});

test('table 二 decisions 68.5 (tab draft)', () => {
  const b = build({ layout: 'tab' }, (d) => setT2(d, 'b5.license', 'decisions', '68.5'));
  expectHit(one(b.text, RULE), RULE, 'error', b.line('t2.b5.license'), ['行政许可·本年处理决定数量是件数，应为整数（68.5）']);
});

test('table 二 2019 采购项目数量 is a count (cell-per-line draft)', () => {
  const b = build({ gen: '2019', layout: 'cell-per-line' }, (d) => setT2(d, 'b9.procurement', 'purchases', '4.5'));
  expectHit(one(b.text, RULE), RULE, 'error', b.line('t2.b9.procurement.purchases'), ['政府集中采购·采购项目数量', '（4.5）']);
});

test('table 四 0.5 (markdown draft)', () => {
  const b = build({ layout: 'markdown' }, (d) => setT4(d, 'reviewOther', '0.5'));
  expectHit(one(b.text, RULE), RULE, 'error', b.line('t4.reviewOther'), ['行政复议·其他结果是件数，应为整数（0.5）']);
});
