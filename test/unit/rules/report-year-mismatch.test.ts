import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, build, expectHit, lineOf, none, one, render, baseDraft } from './_helpers';

const RULE = 'report-year-mismatch';

test('valid: 2021 report with 2021 tables, 2020 report with 2019 tables, in every layout', () => {
  for (const layout of LAYOUTS) {
    none(build({ layout }).text, RULE);
    none(build({ layout, gen: '2019' }).text, RULE);
  }
});

test('valid: a 2021 report in the 2019 layout is table-template-outdated, not this rule', () => {
  none(build({ gen: '2019', year: 2021 }).text, RULE);
});

test('title 2021, statistics period 2020: reported on the period year, related to the title', () => {
  const b = build({}, (d) => void (d.intro = ['本报告由示例市司法局编制，统计期限为2020年1月1日起至2020年12月31日止。']));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'error', b.line('intro'), ['统计期限的年份（2020）与标题年份（2021）不一致']);
  assert.equal(b.text.slice(h.range.start, h.range.end), '2020');
  assert.equal(lineOf(b.text, h.related![0].range.start), b.line('title'));
  assert.equal(h.fixes.length, 0);
});

test('same mismatch in an HTML draft points into the right paragraph', () => {
  const b = build({ layout: 'html' }, (d) => void (d.title = '示例市司法局2022年政府信息公开工作年度报告'));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'error', b.line('intro'), ['统计期限的年份（2021）与标题年份（2022）']);
  assert.equal(b.text.slice(h.range.start, h.range.end), '2021');
});

test('a 2020 report in the 2021 table layout: reported at the first 2021 table', () => {
  for (const layout of ['pipe', 'cell-per-line'] as const) {
    const b = render(baseDraft('2021', 2020), layout);
    expectHit(one(b.text, RULE), RULE, 'error', b.line('t2'), ['2020年度报告使用了2021版表格']);
  }
});
