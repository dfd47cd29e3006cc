import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, applyFix, build, expectHit, fixOf, lintAll, none, one, section, tableOf } from './_helpers';

const RULE = 'table-missing';

test('valid: tables 二, 三, 四 found in every layout and both generations', () => {
  for (const layout of LAYOUTS) for (const gen of ['2021', '2019'] as const) none(build({ layout, gen }).text, RULE);
});

test('section 三 without its table: reported on the heading; the suggested template parses as table 三', () => {
  const b = build({}, (d) => void (section(d, 3).table = null));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'error', b.line('h3'), ['本部分缺少表三：收到和处理政府信息公开申请情况']);
  const fixed = applyFix(b.text, fixOf(h, false));
  none(fixed, RULE);
  const t3 = tableOf(lintAll(fixed).result.report, 't3');
  assert.equal(t3.aligned, true);
  assert.equal(t3.section, 3);
  assert.equal(t3.generation, '2021');
});

test('section 二 without its table in a 2020 report: the template is the 2019 one', () => {
  const b = build({ gen: '2019', layout: 'cell-per-line' }, (d) => void (section(d, 2).table = null));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'error', b.line('h2'), ['表二']);
  const fixed = applyFix(b.text, fixOf(h, false));
  assert.ok(fixed.includes('本年新制作数量'));
  none(fixed, RULE);
  assert.equal(tableOf(lintAll(fixed).result.report, 't2').section, 2);
});

test('section 四 with prose only (HTML draft)', () => {
  const b = build({ layout: 'html' }, (d) => void (section(d, 4).table = null));
  expectHit(one(b.text, RULE), RULE, 'error', b.line('h4'), ['表四']);
});

test('no finding for a section that is itself missing (that is section-missing)', () => {
  none(build({}, (d) => void (d.sections = d.sections.filter((s) => s.id !== 3))).text, RULE);
});

test('table 四 labels elsewhere in the report (lost line breaks): the finding says the table was not delimited, and inserts no template', () => {
  for (const gen of ['2021', '2019'] as const) {
    const b = build({ gen }, (d) => {
      section(d, 4).table = null;
      section(d, 3).body = ['行政复议结果维持结果纠正其他结果尚未审结总计行政诉讼未经复议直接起诉复议后起诉100010000000000'];
    });
    const h = one(b.text, RULE);
    expectHit(h, RULE, 'error', b.line('h4'), ['本部分未找到表四', '文中有该表的行列标签，但未能确定表格的范围']);
    assert.match(h.message.en, /labels are in the report, but the table could not be delimited/);
    assert.equal(h.fixes.length, 0);
  }
});
