import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, build, expectHit, hits, none, one, section } from './_helpers';

const RULE = 'narrative-year-mismatch';

test('valid: the base draft has no narrative-year-mismatch finding, in every layout and both templates', () => {
  for (const layout of LAYOUTS) none(build({ layout }).text, RULE);
  none(build({ gen: '2019' }).text, RULE);
});

test('统计期限 ending in another year: the end year is reported (the start year is report-year-mismatch’s)', () => {
  for (const layout of LAYOUTS) {
    const b = build({ layout }, (d) => void (d.intro = ['本报告中所列数据的统计期限自2021年1月1日起至2020年12月31日止。']));
    expectHit(one(b.text, RULE), RULE, 'warning', b.line('intro'), ['截止年份', '应为2021年，写成了2020年']);
  }
});

test('统计期限 of last year in a report whose title gives the year: report-year-mismatch reports it, not this rule twice', () => {
  const b = build({}, (d) => void (d.intro = ['本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。']));
  const h = hits(b.text, RULE);
  assert.deepEqual(
    h.map((x) => x.message.zh),
    ['统计期限的截止年份（报告年度2021年）应为2021年，写成了2020年'],
  );
  assert.equal(hits(b.text, 'report-year-mismatch').length, 1);
});

test('a second statistics sentence later in the report with another year is reported on both years', () => {
  const b = build({}, (d) => void section(d, 6).body.push('本报告统计期限自2020年1月1日起至2020年12月31日止。'));
  assert.deepEqual(
    hits(b.text, RULE).map((x) => x.message.zh.slice(0, 9)),
    ['统计期限的起始年份', '统计期限的截止年份'],
  );
});

test('本年度（2020年） in a 2021 report, and 明年（2021年） where 2022 is meant', () => {
  const b = build({}, (d) => void (section(d, 1).body[0] = '本年度（2020年），本局认真贯彻落实《条例》，明年（2021年）将继续推进。'));
  assert.deepEqual(
    hits(b.text, RULE).map((x) => x.message.zh),
    ['“本年度”（报告年度2021年）应为2021年，写成了2020年', '“明年”（报告年度2021年）应为2022年，写成了2021年'],
  );
});

test('a plan for next year written with the report year in section 五 ("2021年，我局将继续…" in a 2021 report)', () => {
  for (const layout of LAYOUTS) {
    const b = build({ layout }, (d) => void (section(d, 5).body = ['存在的问题：政策解读形式较为单一。', '2021年，我局将继续丰富解读形式，加强培训。']));
    const h = one(b.text, RULE);
    expectHit(h, RULE, 'warning', b.line('body5') + (layout === 'cell-per-line' ? 2 : 1), ['改进计划', '应为2022年，写成了2021年']);
  }
});

test('silent: past years in review prose, the next year in the plan, 将 meaning 把, plans outside 五/六', () => {
  const lines = [
    '存在的问题：2020年以来政策解读形式较为单一，2021年将巡查通报情况列入绩效考核，但仍有不足。',
    '2022年，我局将采取以下措施加以改进：一是丰富解读形式；二是加强培训。',
    '较2021年将进一步提升，与2020年相比有所改进。',
  ];
  none(build({}, (d) => void (section(d, 5).body = lines)).text, RULE);
  none(build({}, (d) => void (section(d, 1).body[0] = '2021年，本局将继续深化政务公开，认真贯彻落实《条例》。')).text, RULE);
  none(build({}, (d) => void (section(d, 1).body[0] = '2021年（本年度），本局上年度（2020年）的经验得到推广。')).text, RULE);
});
