import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, build, expectHit, lineOf, none, one, section } from './_helpers';

const RULE = 'section-duplicate';

test('valid: each section once, in every layout and both generations (table 三 labels 一、…四、 do not count)', () => {
  for (const layout of LAYOUTS) for (const gen of ['2021', '2019'] as const) none(build({ layout, gen }).text, RULE);
});

test('五 repeated at the end: reported on the second one, related to the first', () => {
  const b = build({}, (d) => d.sections.push({ ...section(d, 5) }));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'error', b.line('h5#2'), ['第五部分“存在的主要问题及改进情况”重复出现']);
  assert.equal(h.fixes.length, 0);
  assert.equal(lineOf(b.text, h.related![0].range.start), b.line('h5'));
  none(b.text, 'section-order');
});

test('一 repeated right after itself (cell-pipe draft)', () => {
  const b = build({ layout: 'cell-pipe' }, (d) => d.sections.splice(1, 0, { ...section(d, 1), body: ['补充说明。'] }));
  expectHit(one(b.text, RULE), RULE, 'error', b.line('h1#2'), ['第一部分“总体情况”重复出现']);
});

test('a variant wording of the same section is still a duplicate', () => {
  const b = build({ layout: 'tab' }, (d) =>
    d.sections.push({ ...section(d, 2), heading: '二、行政机关主动公开政府信息情况', table: null, body: ['见上表。'] }),
  );
  expectHit(one(b.text, RULE), RULE, 'error', b.line('h2#2'), ['第二部分“主动公开政府信息情况”重复出现']);
});
