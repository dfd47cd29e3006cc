import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/numbers/number-fraction-count';
import { assertMeta, bilingual, none, single } from './helpers-numbers-wording';

const ID = 'number-fraction-count';

test('number-fraction-count: meta', () => {
  assertMeta(rule, ID, 'numbers', 'warning', 'none');
});

test('number-fraction-count: valid counts are not reported', () => {
  for (const t of [
    '推送量454.8万次',
    '阅读量22.1万人次',
    '共发送743期信息',
    '收费金额0.46万元',
    '同比增长1.5个百分点',
    '办理时限缩短2.5个工作日',
    '平均每月发布信息5.5条',
    '人均办理2.3件',
    '依据第3.2条规定',
    '版本1.2.3次', // not a plain decimal
    '采购总金额3474675.89',
  ])
    none(ID, t);
});

test('number-fraction-count: seed 000 line 29 "累计阅读量129.3次"', () => {
  const t = '涵盖聚焦热点等方面内容，累计阅读量129.3次。';
  const f = single(ID, t, '129.3次');
  bilingual(f);
  assert.match(f.message.zh, /129\.3次/);
  assert.match(f.message.zh, /129\.3万次/);
  assert.deepEqual(f.fixes, []);
});

test('number-fraction-count: other units, 人次, and a space before the unit', () => {
  single(ID, '共收到0.5件申请', '0.5件');
  single(ID, '接待群众12.5人次', '12.5人次');
  single(ID, '发布信息 3.5 条', '3.5 条');
});
