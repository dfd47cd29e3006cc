import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, build, expectHit, none, one, setT2, t2Row } from './_helpers';

const RULE = 'table-money-unit';
const noUnit = (d: Parameters<typeof t2Row>[0]) => void (t2Row(d, 'b9.header').cells[2] = '采购总金额');

test('valid: 2021 本年收费金额（单位：万元）, 2019 采购总金额 with its unit in the header, in every layout', () => {
  for (const layout of LAYOUTS) for (const gen of ['2021', '2019'] as const) none(build({ layout, gen }).text, RULE);
});

test('valid: a plausible 万元 amount', () => {
  none(build({}, (d) => setT2(d, 'b8.fees', 'feeAmount', '9999.5')).text, RULE);
});

test('2019 采购总金额 without a unit (seeds 001, 003): warning on the amount', () => {
  const b = build({ gen: '2019' }, noUnit);
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', b.line('t2.b9.procurement'), ['政府集中采购·采购总金额（121.25）没有注明单位（元或万元）']);
  assert.equal(b.text.slice(h.range.start, h.range.end), '121.25');
  assert.equal(h.fixes.length, 0);
});

test('no unit, cell-per-line draft: on the amount’s own line', () => {
  const b = build({ gen: '2019', layout: 'cell-per-line' }, noUnit);
  expectHit(one(b.text, RULE), RULE, 'warning', b.line('t2.b9.procurement.purchaseAmount'), ['（121.25）没有注明单位']);
});

test('a unit in the block header is enough', () => {
  none(build({ gen: '2019' }, (d) => (noUnit(d), (t2Row(d, 'b9').cells[0] = '第二十条第（九）项（金额单位：元）'))).text, RULE);
});

test('2021 收费金额 25000 万元 looks like 元 typed into a 万元 column', () => {
  const b = build({ layout: 'tab' }, (d) => setT2(d, 'b8.fees', 'feeAmount', '25000'));
  expectHit(one(b.text, RULE), RULE, 'warning', b.line('t2.b8.fees'), ['本年收费金额', '为 25000 万元，数额异常']);
});
