import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, build, expectHit, lineOfText, none, one, section, type Draft } from './_helpers';

const RULE = 'narrative-sum-mismatch';
const said = (s: string) => (d: Draft) => void (section(d, 1).body[1] = `（一）主动公开。${s}`);

test('valid: "共12条，其中…2条、…10条" adds up, in every layout and both generations', () => {
  for (const layout of LAYOUTS) for (const gen of ['2021', '2019'] as const) none(build({ layout, gen }).text, RULE);
});

test('valid: a list that reaches the total and then names a subset', () => {
  none(build({}, said('本年度主动公开政府信息共12条，其中规范性文件2条、工作动态10条，其中图解2条。')).text, RULE);
});

test('valid: different units are not summed', () => {
  none(build({}, said('本年度共发布信息12条，其中规范性文件2件、工作动态3篇。')).text, RULE);
});

test('"共12条，其中…2条、…9条": warning on the total, the parts listed', () => {
  const b = build({}, said('本年度主动公开政府信息共12条，其中规范性文件2条、工作动态9条。'));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', lineOfText(b.text, '共12条'), ['总数为 12条，但所列分项 2+9 = 11条']);
  assert.equal(b.text.slice(h.range.start, h.range.end), '共12条');
  assert.equal(h.fixes.length, 0);
});

test('"共…11条,分别为…" with six parts adding to 10 (seed 004, cell-per-line draft)', () => {
  const b = build(
    { layout: 'cell-per-line' },
    said('共收到和处理信息公开申请共11条，分别为行政权力清单3条、财政预决算3条、实施意见1条、工作规则1条、机构设置1条、领导分工1条。'),
  );
  expectHit(one(b.text, RULE), RULE, 'warning', lineOfText(b.text, '共11条'), ['总数为 11条', '3+3+1+1+1+1 = 10条']);
});

test('the same defect in an HTML draft', () => {
  const b = build({ layout: 'html' }, said('本年度主动公开政府信息共12条，其中规范性文件2条、工作动态9条。'));
  expectHit(one(b.text, RULE), RULE, 'warning', lineOfText(b.text, '共12条'), ['总数为 12条，但所列分项 2+9 = 11条']);
});
