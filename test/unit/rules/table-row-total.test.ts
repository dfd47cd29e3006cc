import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, applyFix, build, expectHit, fixOf, hits, lineOf, none, one, setT3 } from './_helpers';
import { fixAll } from '../../../server/src/core/fix/fixAll';

const RULE = 'table-row-total';

test('valid: every 总计 is the sum of the six applicant columns, in every layout and both generations', () => {
  for (const layout of LAYOUTS) for (const gen of ['2021', '2019'] as const) none(build({ layout, gen }).text, RULE);
});

test('一、本年新收 总计 5 while the applicants add up to 4: error on the 总计 cell, suggested fix', () => {
  const b = build({}, (d) => setT3(d, 'new', 'total', 5));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'error', b.line('t3.new.total'), ['总计（5）不等于各类申请人之和（4）', '“一、本年新收政府信息公开申请数量”行']);
  assert.equal(b.text.slice(h.range.start, h.range.end), '5');
  assert.equal(h.related!.length, 7, 'every cell of the equation');
  assert.ok(h.detail && h.detail.zh.includes('≠'));
  const fix = fixOf(h, false);
  assert.match(fix.title.zh, /总计改为 4/);
  assert.equal(applyFix(b.text, fix), build().text);
});

test('cell-per-line draft: the finding is on the 总计 cell’s own line', () => {
  const b = build({ layout: 'cell-per-line' }, (d) => setT3(d, 'open', 'total', 2));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'error', b.line('t3.open.total'), ['总计（2）不等于各类申请人之和（3）', '“（一）予以公开”行']);
  assert.deepEqual([...new Set(h.related!.map((r) => lineOf(b.text, r.range.start)))].length, 7);
});

test('HTML draft: a sub-row of （四）无法提供', () => {
  const b = build({ layout: 'html' }, (d) => setT3(d, 'unable2', 'legal', 2));
  expectHit(one(b.text, RULE), RULE, 'error', b.line('t3.unable2.total'), ['总计（0）不等于各类申请人之和（2）', '2.没有现成信息需要另行制作']);
});

test('an empty part with the known parts below the total is undecidable: no arithmetic error', () => {
  none(build({}, (d) => setT3(d, 'new', 'business', '')).text, RULE);
});

test('an empty part makes the row undecidable, even when the known parts exceed the total (issue 9: an empty cell is not 0)', () => {
  const b = build({ layout: 'tab' }, (d) => (setT3(d, 'new', 'business', ''), setT3(d, 'new', 'natural', 6)));
  none(b.text, RULE);
  // The empty cell itself is reported; writing 0 into it would add this error, so fix-all leaves it.
  assert.ok(hits(b.text, 'table-cell-empty').some((h) => h.message.zh.includes('商业企业')));
  const fixed = fixAll(b.text).text;
  none(fixed, RULE);
});
