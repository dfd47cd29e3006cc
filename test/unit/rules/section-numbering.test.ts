import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, applyFix, build, expectFixAllClears, expectHit, fixOf, moveSection, none, one, section } from './_helpers';

const RULE = 'section-numbering';

test('valid: 一、…六、 in every layout', () => {
  for (const layout of LAYOUTS) none(build({ layout }).text, RULE);
});

test('wrong ordinal (四、 on the fifth section): safe fix renumbers, fix-all converges', () => {
  const b = build({}, (d) => void (section(d, 5).heading = '四、存在的主要问题及改进情况'));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', b.line('h5'), ['序号“四、”应为“五、”']);
  const fixed = applyFix(b.text, fixOf(h, true));
  assert.equal(fixed, build().text);
  assert.equal(expectFixAllClears(b.text, RULE), build().text);
});

test('mixed style 五． (cell-per-line draft) becomes 五、', () => {
  const b = build({ layout: 'cell-per-line' }, (d) => void (section(d, 5).heading = '五．存在的主要问题及改进情况'));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', b.line('h5'), ['序号“五．”应为“五、”']);
  assert.equal(applyFix(b.text, fixOf(h, true)), build({ layout: 'cell-per-line' }).text);
});

test('one unnumbered heading among numbered ones gets its ordinal (HTML draft)', () => {
  const b = build({ layout: 'html' }, (d) => void (section(d, 5).heading = '存在的主要问题及改进情况'));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', b.line('h5'), ['标题缺少序号，应为“五、”']);
  assert.equal(applyFix(b.text, fixOf(h, true)), build({ layout: 'html' }).text);
  expectFixAllClears(b.text, RULE);
});

test('out-of-order sections are left to section-order (no renumbering that would hide it)', () => {
  none(build({}, (d) => moveSection(d, 5, 3)).text, RULE);
});
