import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, build, expectHit, none, one } from './_helpers';

const RULE = 'title-missing';

test('valid: 〈机关〉〈年份〉年政府信息公开工作年度报告 in every layout and both generations', () => {
  for (const layout of LAYOUTS) for (const gen of ['2021', '2019'] as const) none(build({ layout, gen }).text, RULE);
});

test('valid: 年度 in the title and page chrome before it (as in seeds 000, 002)', () => {
  none(build({}, (d) => void (d.title = '示例市司法局2021年度政府信息公开工作年度报告')).text, RULE);
  none(build({}, (d) => (d.intro.unshift(d.title!), (d.title = '来源：示例市司法局 发布时间：2022-01-26 16:48'))).text, RULE);
});

test('no title at all (file starts with the body, as in seed 001): reported on the first line', () => {
  const b = build({}, (d) => void (d.title = null));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', 1, ['缺少标题']);
  assert.equal(h.fixes.length, 0);
  assert.equal(b.line('intro'), 1);
});

test('no title, HTML draft: reported on the first paragraph', () => {
  const b = build({ layout: 'html' }, (d) => void (d.title = null));
  expectHit(one(b.text, RULE), RULE, 'warning', b.line('intro'), ['缺少标题']);
});

test('title without the year', () => {
  const b = build({ layout: 'cell-per-line' }, (d) => void (d.title = '示例市司法局政府信息公开工作年度报告'));
  expectHit(one(b.text, RULE), RULE, 'warning', b.line('title'), ['标题缺少年份', '示例市司法局政府信息公开工作年度报告']);
});

test('title without the body', () => {
  const b = build({ layout: 'markdown' }, (d) => void (d.title = '2021年政府信息公开工作年度报告'));
  expectHit(one(b.text, RULE), RULE, 'warning', b.line('title'), ['标题缺少机关名称', '2021年政府信息公开工作年度报告']);
});
