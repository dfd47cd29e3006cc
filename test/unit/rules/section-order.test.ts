import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, build, expectHit, moveSection, none, one } from './_helpers';

const RULE = 'section-order';

test('valid: sections in template order, in every layout', () => {
  for (const layout of LAYOUTS) none(build({ layout }).text, RULE);
});

test('五 before 四: reported on 四, no fix, and section-numbering stays quiet', () => {
  const b = build({}, (d) => moveSection(d, 5, 3));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'error', b.line('h4'), ['第四部分“政府信息公开行政复议、行政诉讼情况”应位于第五部分“存在的主要问题及改进情况”之前']);
  assert.equal(h.fixes.length, 0);
  none(b.text, 'section-numbering');
});

test('二 before 一 (cell-per-line draft): reported on 一', () => {
  const b = build({ layout: 'cell-per-line' }, (d) => moveSection(d, 2, 0));
  expectHit(one(b.text, RULE), RULE, 'error', b.line('h1'), ['第一部分“总体情况”应位于第二部分“主动公开政府信息情况”之前']);
});

test('六 before 五 in an HTML draft: reported on 五', () => {
  const b = build({ layout: 'html' }, (d) => moveSection(d, 6, 4));
  expectHit(one(b.text, RULE), RULE, 'error', b.line('h5'), ['第五部分', '第六部分']);
});

test('a duplicated section is not also an ordering error', () => {
  const b = build({}, (d) => d.sections.push({ ...d.sections[1], table: null }));
  none(b.text, RULE);
});
