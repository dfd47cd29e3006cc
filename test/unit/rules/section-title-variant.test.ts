import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, applyFix, build, expectHit, fixOf, hits, none, one, section } from './_helpers';

const RULE = 'section-title-variant';

test('valid: canonical titles in every layout', () => {
  for (const layout of LAYOUTS) none(build({ layout }).text, RULE);
});

test('二、行政机关主动公开政府信息情况: info, suggested canonical wording', () => {
  const b = build({}, (d) => void (section(d, 2).heading = '二、行政机关主动公开政府信息情况'));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'info', b.line('h2'), ['“行政机关主动公开政府信息情况”', '模板为“主动公开政府信息情况”']);
  const fixed = applyFix(b.text, fixOf(h, false));
  assert.equal(fixed, build().text);
  none(fixed, RULE);
});

test('the statute wording of 四 and the long wording of 五 (as in seed 001), cell-pipe draft', () => {
  const b = build({ layout: 'cell-pipe' }, (d) => {
    section(d, 4).heading = '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况';
    section(d, 5).heading = '五、政府信息公开工作存在的问题及改进情况';
  });
  const h = hits(b.text, RULE);
  assert.equal(h.length, 2);
  expectHit(h[0], RULE, 'info', b.line('h4'), ['因政府信息公开工作被申请行政复议、提起行政诉讼情况', '政府信息公开行政复议、行政诉讼情况']);
  expectHit(h[1], RULE, 'info', b.line('h5'), ['政府信息公开工作存在的问题及改进情况', '存在的主要问题及改进情况']);
  none(b.text, 'section-missing');
});

test('一、概述 (HTML draft) is 总体情况 in other words', () => {
  const b = build({ layout: 'html' }, (d) => void (section(d, 1).heading = '一、概述'));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'info', b.line('h1'), ['“概述”', '“总体情况”']);
  assert.equal(applyFix(b.text, fixOf(h, false)), build({ layout: 'html' }).text);
});
