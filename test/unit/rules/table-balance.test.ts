import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, applyFix, build, expectHit, fixOf, hits, none, setT3, setT3Row } from './_helpers';

const RULE = 'table-balance';

test('valid: 一 + 二 = （七）总计 + 四 in every column, in every layout and both generations', () => {
  for (const layout of LAYOUTS) for (const gen of ['2021', '2019'] as const) none(build({ layout, gen }).text, RULE);
});

test('四 too large: one error per unbalanced column, on the 四 cell, suggested fix', () => {
  const b = build({}, (d) => (setT3(d, 'next', 'natural', 2), setT3(d, 'next', 'total', 2)));
  const h = hits(b.text, RULE);
  assert.equal(h.length, 2);
  expectHit(h[0], RULE, 'error', b.line('t3.next.natural'), ['第一项加第二项之和（4）不等于第三项加第四项之和（5）：自然人列']);
  expectHit(h[1], RULE, 'error', b.line('t3.next.total'), ['第一项加第二项之和（5）不等于第三项加第四项之和（6）：总计列']);
  assert.equal(h[0].related!.length, 4);
  const fix = fixOf(h[0], false);
  assert.match(fix.title.zh, /改为 1/);
  assert.equal(applyFix(applyFix(b.text, fix), fixOf(hits(applyFix(b.text, fix), RULE)[0], false)), build().text);
});

test('cell-pipe draft: each column on its own line', () => {
  const b = build({ layout: 'cell-pipe' }, (d) => setT3Row(d, 'carry', [2, 0, 0, 0, 0, 0, 2]));
  const h = hits(b.text, RULE);
  assert.deepEqual(
    h.map((x) => x.line),
    [b.line('t3.next.natural'), b.line('t3.next.total')],
  );
  expectHit(h[0], RULE, 'error', b.line('t3.next.natural'), ['第一项加第二项之和（5）不等于第三项加第四项之和（4）']);
});

test('results in a column with nothing received (seed 002): 四 would be negative, no fix', () => {
  const b = build({ layout: 'tab' }, (d) => (setT3Row(d, 'refused5', [0, 0, 0, 4, 0, 0, 4]), setT3Row(d, 'resultTotal', [3, 1, 0, 4, 0, 0, 8])));
  const h = hits(b.text, RULE);
  assert.equal(h.length, 2);
  expectHit(h[0], RULE, 'error', b.line('t3.next.public'), ['第一项加第二项之和（0）不等于第三项加第四项之和（4）：社会公益组织列', '须为 -4，不能为负']);
  expectHit(h[1], RULE, 'error', b.line('t3.next.total'), ['第一项加第二项之和（5）', '：总计列', '须为 -3，不能为负']);
  for (const x of h) assert.equal(x.fixes.length, 0);
});

test('negative 四 message: 第三项加第四项之和 counts 四 once (8 + 1 = 9)', () => {
  const b = build({ layout: 'tab' }, (d) => (setT3Row(d, 'refused5', [0, 0, 0, 4, 0, 0, 4]), setT3Row(d, 'resultTotal', [3, 1, 0, 4, 0, 0, 8])));
  const total = hits(b.text, RULE).find((x) => x.message.zh.includes('总计列'))!;
  expectHit(total, RULE, 'error', b.line('t3.next.total'), ['第一项加第二项之和（5）不等于第三项加第四项之和（9）']);
});

test('seed 002 exactly: 四 left empty, the finding points at the row holding the results', () => {
  const b = build({}, (d) => {
    setT3Row(d, 'refused5', [0, 0, 0, 4, 0, 0, 4]);
    setT3Row(d, 'resultTotal', [3, 1, 0, 4, 0, 0, 8]);
    setT3Row(d, 'next', ['', '', '', '', '', '', '']);
  });
  const h = hits(b.text, RULE);
  assert.equal(h.length, 2);
  const pub = h.find((x) => x.message.zh.includes('社会公益组织列'))!;
  expectHit(pub, RULE, 'error', b.line('t3.refused5'), ['第一项加第二项之和（0）不等于第三项加第四项之和（4）', '须为 -4']);
  const total = h.find((x) => x.message.zh.includes('总计列'))!;
  expectHit(total, RULE, 'error', total.line, ['第一项加第二项之和（5）不等于第三项加第四项之和（8）', '须为 -3']);
  assert.ok(['t3.open', 't3.unable1', 't3.refused5'].map((k) => b.line(k)).includes(total.line), 'on a row contributing to the column');
});

test('an empty 一 cell makes the column undecidable: no balance error', () => {
  none(build({ layout: 'markdown' }, (d) => setT3(d, 'new', 'research', '')).text, RULE);
});
