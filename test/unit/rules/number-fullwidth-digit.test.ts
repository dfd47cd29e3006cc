import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/numbers/number-fullwidth-digit';
import { assertMeta, applyFirstFix, bilingual, findingsOf, fixWith, none, single } from './helpers-numbers-wording';

const ID = 'number-fullwidth-digit';

test('number-fullwidth-digit: meta', () => {
  assertMeta(rule, ID, 'numbers', 'warning', 'safe');
});

test('number-fullwidth-digit: valid text is not reported', () => {
  for (const t of ['2021年共收到12件申请。', '累计3474675.89元', '1．属于国家秘密', '第（一）项', '阅读量22.1万人次']) none(ID, t);
});

test('number-fullwidth-digit: full-width digits are reported with a safe fix', () => {
  const t = '全年共办理２０２１件。';
  const f = single(ID, t, '２０２１');
  bilingual(f);
  assert.match(f.message.zh, /２０２１.*2021/);
  assert.equal(f.fixes.length, 1);
  assert.equal(f.fixes[0].safe, true);
  assert.deepEqual(f.fixes[0].title, { zh: '改为半角“2021”', en: 'Change to half-width "2021"' });
  assert.equal(applyFirstFix(t, f), '全年共办理2021件。');
});

test('number-fullwidth-digit: a full-width point between digits, and mixed widths', () => {
  const t = '金额12．5万元，另有3２件';
  const fs = findingsOf(ID, t);
  assert.equal(fs.length, 2);
  assert.deepEqual(fs[0].range, { start: 4, end: 5 });
  assert.deepEqual(fs[0].fixes[0].edits, [{ start: 4, end: 5, text: '.' }]);
  assert.deepEqual(fs[1].range, { start: 12, end: 13 });
  assert.deepEqual(fs[1].fixes[0].edits, [{ start: 12, end: 13, text: '2' }]);
});

test('number-fullwidth-digit: separators are left to number-grouping', () => {
  const t = '共１，０００人';
  const f = single(ID, t, '１，０００');
  assert.deepEqual(f.fixes[0].edits, [
    { start: 1, end: 2, text: '1' },
    { start: 3, end: 6, text: '000' },
  ]);
});

test('number-fullwidth-digit: applies in tables too', () => {
  const t = '| 行政许可 | ６８ | 0 |';
  single(ID, t, '６８');
});

test('number-fullwidth-digit: fix-all converges and is idempotent', () => {
  assert.equal(fixWith(ID, '２０２１年３月，共１２．５万人次'), '2021年3月，共12.5万人次');
});
