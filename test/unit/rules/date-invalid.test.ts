import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/numbers/date-invalid';
import { assertMeta, bilingual, none, single } from './helpers-numbers-wording';

const ID = 'date-invalid';

test('date-invalid: meta', () => {
  assertMeta(rule, ID, 'numbers', 'error', 'none');
});

test('date-invalid: real dates are not reported', () => {
  for (const t of [
    '统计期限为2021年1月1日起至2021年12月31日止',
    '2020年2月29日',
    '自2019年3月13日兴安司法行政公众号首次推送',
    '2月29日',
    '于2020年6月22日—2020年7月21日',
    '发布时间:2022-01-26 16:48',
    '2019.3.13',
    '2019 年 7 月 1 日',
    '3月5号',
    '第13个月',
    '13月', // a bare month number is not a date
  ])
    none(ID, t);
});

test('date-invalid: impossible dates are reported without a fix', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['于2021年13月1日印发', '2021年13月1日', /月份应为1至12/],
    ['于2021年2月30日印发', '2021年2月30日', /2021年2月只有28天/],
    ['于2019年2月29日印发', '2019年2月29日', /2019年2月只有28天/],
    ['于2月30日印发', '2月30日', /2月最多29天/],
    ['于4月31日印发', '4月31日', /4月最多30天/],
    ['于2021年0月', '2021年0月', /月份/],
    ['于2021年6月0日', '2021年6月0日', /日应从1开始/],
    ['日期2022-13-01', '2022-13-01', /月份/],
    ['日期2022/02/30', '2022/02/30', /28天/],
    ['日期2021.4.31', '2021.4.31', /30天/],
    ['2021 年 13 月 1 日', '2021 年 13 月 1 日', /月份/],
  ];
  for (const [t, sub, why] of cases) {
    const f = single(ID, t, sub);
    bilingual(f);
    assert.match(f.message.zh, why, t);
    assert.deepEqual(f.fixes, []);
  }
});
