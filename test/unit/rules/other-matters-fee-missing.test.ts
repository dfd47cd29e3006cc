import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, build, expectHit, none, one, section } from './_helpers';

const RULE = 'other-matters-fee-missing';

test('valid: 本年度未收取信息处理费, in every layout', () => {
  for (const layout of LAYOUTS) none(build({ layout }).text, RULE);
});

test('valid: fees stated in other words', () => {
  none(build({}, (d) => void (section(d, 6).body = ['依据国办函〔2020〕109号，本年度收取信息处理费0元。'])).text, RULE);
});

test('2021 report whose 六 says only 无。: reported on the heading', () => {
  const b = build({}, (d) => void (section(d, 6).body = ['无。']));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', b.line('h6'), ['未说明信息处理费收取情况', '国办函〔2020〕109号']);
  assert.equal(h.fixes.length, 0);
});

test('seed 002 wording (cell-pipe draft): 无其他需要报告的事项 is not a fee statement', () => {
  const b = build({ layout: 'cell-pipe' }, (d) => void (section(d, 6).body = ['2021年我单位无其他需要报告的事项。']));
  expectHit(one(b.text, RULE), RULE, 'warning', b.line('h6'), ['信息处理费']);
});

test('not required for a 2020 report (无。 is acceptable there)', () => {
  none(build({ gen: '2019' }, (d) => void (section(d, 6).body = ['无。'])).text, RULE);
});

test('no section 六 at all is section-missing, not this rule', () => {
  none(build({}, (d) => void (d.sections = d.sections.filter((s) => s.id !== 6))).text, RULE);
});
