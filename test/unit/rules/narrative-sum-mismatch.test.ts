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

// ---------------------------------------------------------------- bracketed lists (issue #10)

test('"共公布政府信息N条（其中…）" whose parts add up to less: the finding covers the total from 共', () => {
  const s = '全年共公布政府信息120条（其中机构职能类信息25条，政策、规范性文件类信息68条，其他应主动公开政府信息20条），主要通过政府门户网站发布。';
  for (const layout of ['pipe', 'html'] as const) {
    const b = build({ layout }, said(s));
    const h = one(b.text, RULE);
    expectHit(h, RULE, 'warning', lineOfText(b.text, '共公布'), ['总数为 120条，但所列分项 25+68+20 = 113条']);
    if (layout === 'pipe') assert.equal(b.text.slice(h.range.start, h.range.end), '共公布政府信息120条');
  }
});

test('"N条，(其中…)" with a half-width bracket and parts adding to one more than the total', () => {
  const b = build({}, said('全年公布政府信息112条，(其中工作动态82条，规划计划类信息21条，行政许可类信息10条)对于主动公开的政府信息，主要通过网站发布。'));
  expectHit(one(b.text, RULE), RULE, 'warning', lineOfText(b.text, '112条'), ['总数为 112条', '82+21+10 = 113条']);
});

test("valid: a bracketed list that adds up, with 、 inside a part's name and a nested bracket not counted again", () => {
  for (const s of [
    '全年共公布政府信息113条（其中机构职能类信息25条，政策、规范性文件类信息68条，其他信息20条）。',
    '全年共公布政府信息113条（其中政策文件93条（含解读10条），其他信息20条）。',
  ])
    none(build({}, said(s)).text, RULE);
});

test('a part\'s own "其中" sub-list is not added to the top level (closed by ；, or open: either reading accepted)', () => {
  none(build({}, said('全年共公布政府信息100条（其中工作动态60条，其中图片新闻20条、视频10条；政策文件40条）。')).text, RULE);
  none(build({}, said('全年共公布政府信息100条（其中政策文件40条、工作动态60条，其中图片新闻20条、视频10条）。')).text, RULE);
  const b = build({}, said('全年共公布政府信息90条（其中工作动态60条，其中图片新闻20条、视频10条；政策文件40条）。'));
  expectHit(one(b.text, RULE), RULE, 'warning', lineOfText(b.text, '共公布'), ['60+40 = 100条']);
});

test('silent: a bracket that lists a subset ("含"), ends in "等", or does not close in the sentence', () => {
  for (const s of [
    '本年度共收到政府信息公开申请5件（含上年结转1件、网上申请2件）。',
    '全年共公布政府信息120条（其中工作动态25条、政策文件68条等）。',
    '全年共公布政府信息120条（其中工作动态25条、政策文件68条。',
  ])
    none(build({}, said(s)).text, RULE);
});
