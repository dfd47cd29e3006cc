import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/numbers/number-mixed-chinese';
import { assertMeta, applyFirstFix, bilingual, findingsOf, none, single } from './helpers-numbers-wording';

const ID = 'number-mixed-chinese';

test('number-mixed-chinese: meta', () => {
  assertMeta(rule, ID, 'numbers', 'warning', 'suggest');
});

test('number-mixed-chinese: valid text is not reported', () => {
  for (const t of [
    '全年22.1万人次，3.45亿元',
    '“十四五”规划',
    '2021年十四五开局',
    '千方百计服务群众',
    '百分之八十',
    '每千克5元',
    '重5千克，长3千米，功率2千瓦',
    '共3万亿元',
  ])
    none(ID, t);
});

test('number-mixed-chinese: "3千5百万" → suggest "3500万"', () => {
  const t = '投入资金3千5百万元';
  const f = single(ID, t, '3千5百万');
  bilingual(f);
  assert.equal(f.message.zh, '阿拉伯数字与汉字数字混用：“3千5百万”，建议写作“3500万”');
  assert.equal(f.fixes.length, 1);
  assert.equal(f.fixes[0].safe, false);
  assert.deepEqual(f.fixes[0].title, { zh: '改为“3500万”', en: 'Change to "3500万"' });
  assert.equal(applyFirstFix(t, f), '投入资金3500万元');
});

test('number-mixed-chinese: conversions', () => {
  const cases: Array<[string, string, string]> = [
    ['共4千人', '4千', '共4000人'],
    ['约2百余人', '2百', '约200余人'],
    ['达1万2千件', '1万2千', '达1.2万件'],
    ['达1亿2千万元', '1亿2千万', '达1.2亿元'],
    ['约1.5千人', '1.5千', '约1500人'],
    ['约3千5人', '3千5', '约3500人'],
    ['共5千亿元', '5千亿', '共5000亿元'],
  ];
  for (const [t, sub, fixed] of cases) {
    const f = single(ID, t, sub);
    assert.equal(applyFirstFix(t, f), fixed, t);
  }
});

test('number-mixed-chinese: no fix when the value cannot be written safely', () => {
  const f = single(ID, '约3十几人', '3十');
  assert.deepEqual(f.fixes, []);
});

test('number-mixed-chinese: suggest fixes are never applied by fix-all', () => {
  assert.ok(findingsOf(ID, '共4千人').every((f) => f.fixes.every((x) => !x.safe)));
});
