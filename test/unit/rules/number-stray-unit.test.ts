import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/numbers/number-stray-unit';
import { assertMeta, applyFirstFix, bilingual, fixWith, none, single } from './helpers-numbers-wording';

const ID = 'number-stray-unit';

test('number-stray-unit: meta', () => {
  assertMeta(rule, ID, 'numbers', 'error', 'safe');
});

test('number-stray-unit: valid numbers are not reported', () => {
  for (const t of [
    '累计阅读量22.1万人次',
    '推送量454.8万次',
    '共3万亿元',
    '达3.45亿元',
    '万众一心，2021年',
    '上万人参加',
    '1万～2万人',
    '1万22万', // two numbers run together: not a stray unit (deleting would change the value)
  ])
    none(ID, t);
});

test('number-stray-unit: seed 000 line 17 "万22.1万人次"', () => {
  const t = '2021年累计阅读量万22.1万人次。';
  const f = single(ID, t, '万22.1万');
  bilingual(f);
  assert.equal(f.message.zh, '单位“万”重复：“万22.1万”应写作“22.1万”');
  assert.equal(f.message.en, 'Doubled unit 万: write "22.1万", not "万22.1万"');
  assert.deepEqual(f.fixes[0].title, { zh: '改为“22.1万”', en: 'Change to "22.1万"' });
  assert.equal(f.fixes[0].safe, true);
  const at = t.indexOf('万');
  assert.deepEqual(f.fixes[0].edits, [{ start: at, end: at + 1, text: '' }]);
  assert.equal(applyFirstFix(t, f), '2021年累计阅读量22.1万人次。');
});

test('number-stray-unit: doubled after the digits', () => {
  const t = '共发布5亿亿条';
  const f = single(ID, t, '5亿亿');
  assert.deepEqual(f.fixes[0].edits, [{ start: 5, end: 6, text: '' }]);
  assert.equal(applyFirstFix(t, f), '共发布5亿条');
});

test('number-stray-unit: a different unit before the digits is reported without a safe fix', () => {
  const t = '投入亿22.1万元';
  const f = single(ID, t, '亿22.1万');
  assert.equal(f.fixes.length, 1);
  assert.equal(f.fixes[0].safe, false);
});

test('number-stray-unit: fix-all converges and is idempotent', () => {
  assert.equal(fixWith(ID, '阅读量万22.1万人次，关注5万万人'), '阅读量22.1万人次，关注5万人');
});
