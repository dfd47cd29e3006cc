import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, applyFix, build, expectHit, fixOf, hits, none, one, setT4 } from './_helpers';

const RULE = 'table-review-total';

test('valid: each of the three 总计 is the sum of its four cells, in every layout', () => {
  for (const layout of LAYOUTS) for (const gen of ['2021', '2019'] as const) none(build({ layout, gen }).text, RULE);
});

test('行政复议 总计 2 while the four cells add up to 1: error, suggested fix', () => {
  const b = build({}, (d) => setT4(d, 'reviewTotal', 2));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'error', b.line('t4.reviewTotal'), ['行政复议·总计（2）不等于结果维持、结果纠正、其他结果、尚未审结之和（1）']);
  assert.equal(h.related!.length, 5);
  const fix = fixOf(h, false);
  assert.match(fix.title.zh, /总计改为 1/);
  assert.equal(applyFix(b.text, fix), build().text);
});

test('复议后起诉 总计 1 over zeros (cell-pipe draft): on the 总计 cell’s line', () => {
  const b = build({ layout: 'cell-pipe' }, (d) => setT4(d, 'afterTotal', 1));
  expectHit(one(b.text, RULE), RULE, 'error', b.line('t4.afterTotal'), ['行政诉讼·复议后起诉·总计（1）', '之和（0）']);
});

test('未经复议直接起诉 with a 结果纠正 not counted (HTML draft)', () => {
  const b = build({ layout: 'html' }, (d) => setT4(d, 'directCorrected', 1));
  expectHit(one(b.text, RULE), RULE, 'error', b.line('t4.directTotal'), ['行政诉讼·未经复议直接起诉·总计（0）', '之和（1）']);
});

test('two groups wrong at once: two findings', () => {
  const b = build({ layout: 'space' }, (d) => (setT4(d, 'reviewTotal', 0), setT4(d, 'directTotal', 3)));
  assert.deepEqual(
    hits(b.text, RULE).map((h) => h.message.zh.split('（')[0]),
    ['行政复议·总计', '行政诉讼·未经复议直接起诉·总计'],
  );
});

test('a table 四 row of 16 numbers is not summed (table-cell-count instead)', () => {
  none(build({ layout: 'markdown' }, (d) => d.t4.push('9')).text, RULE);
});
