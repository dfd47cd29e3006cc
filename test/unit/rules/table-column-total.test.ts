import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, applyFix, build, expectHit, fixOf, hits, none, one, setT3, t3Row } from './_helpers';

const RULE = 'table-column-total';

test('valid: （七）总计 is the sum of the result rows, in every layout and both generations', () => {
  for (const layout of LAYOUTS) for (const gen of ['2021', '2019'] as const) none(build({ layout, gen }).text, RULE);
});

test('（七）总计 自然人 4 while the results add up to 3: error on that cell, suggested fix', () => {
  const b = build({}, (d) => setT3(d, 'resultTotal', 'natural', 4));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'error', b.line('t3.resultTotal.natural'), ['（七）总计（4）不等于各项办理结果之和（3）：自然人列']);
  assert.equal(h.related!.length, 1 + 21, '（七）总计 and all 21 result rows of 2021');
  const fix = fixOf(h, false);
  assert.match(fix.title.zh, /（七）总计改为 3/);
  assert.equal(applyFix(b.text, fix), build().text);
});

test('cell-per-line draft: a result row in another column', () => {
  const b = build({ layout: 'cell-per-line' }, (d) => (setT3(d, 'refused3', 'legal', 1), setT3(d, 'refused3', 'total', 1)));
  const h = hits(b.text, RULE);
  assert.equal(h.length, 2);
  expectHit(h[0], RULE, 'error', b.line('t3.resultTotal.legal'), ['（七）总计（0）不等于各项办理结果之和（1）：法律服务机构列']);
  expectHit(h[1], RULE, 'error', b.line('t3.resultTotal.total'), ['（七）总计（4）不等于各项办理结果之和（5）：总计列']);
});

test('2021: the three （六）其他处理 rows are counted', () => {
  const b = build({ layout: 'markdown' }, (d) => (setT3(d, 'other3', 'natural', 1), setT3(d, 'other3', 'total', 1)));
  expectHit(hits(b.text, RULE)[0], RULE, 'error', b.line('t3.resultTotal.natural'), ['（七）总计（3）不等于各项办理结果之和（4）']);
});

test('2019: the single （六）其他处理 row is counted', () => {
  const b = build({ gen: '2019', layout: 'html' }, (d) => (setT3(d, 'otherHandling', 'natural', 1), setT3(d, 'otherHandling', 'total', 1)));
  expectHit(hits(b.text, RULE)[0], RULE, 'error', b.line('t3.resultTotal.natural'), ['（七）总计（3）不等于各项办理结果之和（4）：自然人列']);
});

test('a result row of the wrong width makes the column sums undecidable (skipped, not guessed)', () => {
  none(build({ layout: 'cell-pipe' }, (d) => void t3Row(d, 'open').values!.pop()).text, RULE);
});
