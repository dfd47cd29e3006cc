import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, applyFix, build, dropSection, expectHit, fixOf, hits, lineOfText, lintAll, none, one, section, tableOf } from './_helpers';

const RULE = 'section-missing';

test('valid: six sections in every layout and both generations; table 三 row labels (一、本年新收… 四、结转下年度…) are not sections', () => {
  for (const layout of LAYOUTS) for (const gen of ['2021', '2019'] as const) none(build({ layout, gen }).text, RULE);
});

test('missing 六 is reported where it belongs: before the closing signature', () => {
  const b = build({}, (d) => dropSection(d, 6));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'error', b.line('tail'), ['缺少第六部分', '其他需要报告的事项']);
  const fixed = applyFix(b.text, fixOf(h, false));
  assert.ok(fixed.includes('本年度发生政府信息公开行政复议1件'), 'nothing else removed');
  assert.match(fixed, /加强培训。\n六、其他需要报告的事项\n示例市司法局\n/);
  none(fixed, RULE);
});

test('missing 三 (cell-per-line draft): reported at 四 and the suggested fix inserts the heading and an empty 2021 table 三', () => {
  const b = build({ layout: 'cell-per-line' }, (d) => dropSection(d, 3));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'error', b.line('h4'), ['缺少第三部分“收到和处理政府信息公开申请情况”']);
  const fixed = applyFix(b.text, fixOf(h, false));
  assert.ok(fixed.indexOf('三、收到和处理政府信息公开申请情况') < fixed.indexOf('四、政府信息公开行政复议、行政诉讼情况'));
  none(fixed, RULE);
  none(fixed, 'table-missing');
  const { report } = lintAll(fixed).result;
  const t3 = tableOf(report, 't3');
  assert.equal(t3.aligned, true);
  assert.equal(t3.generation, '2021');
  assert.equal(t3.section, 3);
});

test('missing 二 in a 2020 report: the inserted table uses the 2019 labels', () => {
  const b = build({ gen: '2019' }, (d) => dropSection(d, 2));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'error', b.line('h3'), ['缺少第二部分“主动公开政府信息情况”']);
  const fixed = applyFix(b.text, fixOf(h, false));
  assert.ok(fixed.includes('本年新制作数量') && fixed.includes('政府集中采购'));
  none(fixed, RULE);
  assert.equal(tableOf(lintAll(fixed).result.report, 't2').generation, '2019');
});

test('missing 一 is reported at the first section present', () => {
  const b = build({ layout: 'html' }, (d) => dropSection(d, 1));
  expectHit(one(b.text, RULE), RULE, 'error', b.line('h2'), ['缺少第一部分“总体情况”']);
});

test('two sections missing: one finding each', () => {
  const b = build({ layout: 'markdown' }, (d) => (dropSection(d, 4), dropSection(d, 5)));
  const h = hits(b.text, RULE);
  assert.deepEqual(
    h.map((x) => x.message.zh),
    ['缺少第四部分“政府信息公开行政复议、行政诉讼情况”', '缺少第五部分“存在的主要问题及改进情况”'],
  );
  for (const x of h) expectHit(x, RULE, 'error', b.line('h6'));
});

test('五 whose heading a PDF extraction lost, its content under "（一）2024 年…" after 四: the heading is what is missing, and the fix puts it there', () => {
  for (const layout of LAYOUTS) {
    const b = build({ layout }, (d) => {
      dropSection(d, 5);
      section(d, 4).body.push(
        '（一）2024 年工作中存在问题的改进情况',
        '一是进一步提升政策公开质效。',
        '（二）2025 年工作中存在的主要问题',
        '一是政策信息分散于多个平台。',
      );
    });
    const h = one(b.text, RULE);
    expectHit(h, RULE, 'error', lineOfText(b.text, '（一）2024 年工作中'), [
      '第五部分“存在的主要问题及改进情况”缺少标题',
      '（一）2024 年工作中存在问题的改进情况',
    ]);
    const fixed = applyFix(b.text, fixOf(h, false));
    none(fixed, RULE);
    assert.ok(fixed.indexOf('五、') < fixed.indexOf('（一）2024 年工作中'), `${layout}: the heading goes before the content`);
  }
});

test('a sub-heading about problems inside 一 is no lost 五: 五 is plainly missing', () => {
  const b = build({}, (d) => {
    dropSection(d, 5);
    section(d, 1).body.push('（六）存在的主要问题。政策解读形式较为单一。');
  });
  expectHit(one(b.text, RULE), RULE, 'error', b.line('h6'), ['缺少第五部分']);
});
