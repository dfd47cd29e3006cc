import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/numbers/number-grouping';
import { assertMeta, applyFirstFix, bilingual, fixWith, none, single } from './helpers-numbers-wording';

const ID = 'number-grouping';

test('number-grouping: meta', () => {
  assertMeta(rule, ID, 'numbers', 'warning', 'safe');
});

test('number-grouping: correct or non-grouping commas are not reported', () => {
  for (const t of [
    '采购总金额3,474,675.89元',
    '共1,234件',
    '门户网站总访问量:57507次,信息发布:286条', // punctuation, not grouping
    '第1,2,3项', // a list of single digits
    '2019,2020年', // a list of years
    '分别为12，3家', // full-width comma between numbers: punctuation
    '3474675.89',
    '访问 http://www.gov.cn/list?id=1,234 查看',
    '2019.3.13',
  ])
    none(ID, t);
});

test('number-grouping: full-width comma in 3-digit positions → safe fix dropping separators', () => {
  const t = '采购总金额3，474，675元';
  const f = single(ID, t, '3，474，675');
  bilingual(f);
  assert.equal(f.message.zh, '数字分节使用了全角逗号：“3，474，675”应写作“3474675”');
  assert.equal(f.fixes[0].safe, true);
  assert.deepEqual(f.fixes[0].title, { zh: '改为“3474675”', en: 'Change to "3474675"' });
  const s = t.indexOf('，');
  assert.deepEqual(f.fixes[0].edits, [
    { start: s, end: s + 1, text: '' },
    { start: s + 4, end: s + 5, text: '' },
  ]);
  assert.equal(applyFirstFix(t, f), '采购总金额3474675元');
});

test('number-grouping: half-width commas mixed with a full-width one in correct positions', () => {
  const t = '共3,474，675.89元';
  const f = single(ID, t, '3,474，675.89');
  assert.equal(applyFirstFix(t, f), '共3474675.89元');
});

test('number-grouping: malformed grouping is reported without a fix', () => {
  for (const [t, sub] of [
    ['共12,34件', '12,34'],
    ['共1,0000件', '1,0000'],
    ['共1,23,456元', '1,23,456'],
    ['共1，0000件', '1，0000'],
  ] as const) {
    const f = single(ID, t, sub);
    assert.deepEqual(f.fixes, [], t);
  }
});

test('number-grouping: a separator in the decimal part', () => {
  const f = single(ID, '圆周率3.141,59', '3.141,59');
  assert.match(f.message.zh, /小数部分/);
  assert.deepEqual(f.fixes, []);
});

test('number-grouping: fix-all converges and is idempotent', () => {
  assert.equal(fixWith(ID, '共3，474，675元，另12,34件'), '共3474675元，另12,34件');
});
