import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, type Layout, applyFix, build, expectHit, fixOf, hits, none, one, section } from './_helpers';
import { findRepeats } from '../../../server/src/core/rules/wording/repeats';

const RULE = 'word-duplicated';
const withS1 = (line: string, layout: Layout = 'pipe') => build({ layout }, (d) => void (section(d, 1).body[3] = line));

test('valid: the base draft has no word-duplicated finding, in every layout', () => {
  for (const layout of LAYOUTS) none(build({ layout }).text, RULE);
});

test('规范审核审核发布机制: reported on the two copies; the suggestion deletes exactly the second copy', () => {
  for (const layout of LAYOUTS) {
    const b = withS1('（三）政府信息管理。二是规范审核审核发布机制，落实保密审查。', layout);
    const h = one(b.text, RULE);
    expectHit(h, RULE, 'warning', b.line('body1') + (layout === 'cell-per-line' ? 6 : 3), ['“审核”连续重复两次']);
    assert.equal(b.text.slice(h.range.start, h.range.end).replace(/<[^>]*>/g, ''), '审核审核');
    const fixed = applyFix(b.text, fixOf(h, false));
    assert.ok(fixed.includes('规范审核发布机制'), `${layout}: one 审核 left`);
    none(fixed, RULE);
  }
});

test('a phrase pasted twice (with spaces and digits inside) is one finding naming the phrase', () => {
  const phrase = '聚焦新中国成立 70 周年平潭专场新闻发布会';
  const b = withS1(`（三）政府信息管理。区领导参与对外开放新闻发布会、${phrase}${phrase}；组织19期访谈。`);
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', b.line('body1') + 3, [`“${phrase}”连续重复两次`]);
  const fixed = applyFix(b.text, fixOf(h, false));
  assert.equal(fixed.split(phrase).length - 1, 1, 'one copy left');
});

test('a clause pasted twice with its comma, and a word written three times', () => {
  const b = withS1('（三）政府信息管理。改进措施：加强业务培训，加强业务培训，提升能力；资金资金资金使用公开。');
  const h = hits(b.text, RULE);
  assert.deepEqual(
    h.map((x) => x.message.zh),
    ['“加强业务培训，”连续重复两次，应删去重复的部分', '“资金”连续重复3次，应删去重复的部分'],
  );
  const fixed = applyFix(applyFix(b.text, h[1].fixes[0]), h[0].fixes[0]);
  assert.ok(fixed.includes('改进措施：加强业务培训，提升能力；资金使用公开。'), fixed);
});

test('silent: reduplication on purpose, parallel wording, numbers, document numbers', () => {
  const lines = [
    '（三）政府信息管理。常常深入基层，层层压实责任，一一答复，做到明明白白、清清楚楚。',
    '（三）政府信息管理。遵循“先审查、后公开、谁公开、谁负责”原则，一步一步推进，会后研究研究再定。',
    '（三）政府信息管理。共公开2020年2020年度预算，文件编号1.1.1.1，依据平政办〔2021〕1号〔2021〕1号。',
    '（三）政府信息管理。抓实抓细抓落地，有人抓、有人管，看得到、看得懂，公开是常态、不公开是例外。',
    '（三）政府信息管理。做到“一是一、二是二”，推进“一窗通办、全程网办”，实现“一企一证”改革。',
  ];
  for (const line of lines) none(withS1(line).text, RULE);
});

test('silent: a repeat across two lines (a heading written again) is not this rule; table cells are never read', () => {
  const b = build({}, (d) => void (section(d, 6).body = ['本年度未收取信息处理费。', '本年度未收取信息处理费。']));
  none(b.text, RULE);
  none(build({ layout: 'tab' }).text, RULE);
});

test('findRepeats: one finding per run, primitive units only, nothing longer than the cap', () => {
  const t = '甲研究研究研究乙';
  assert.deepEqual(findRepeats(t, 0, t.length), [{ start: 1, unit: 2, copies: 3 }]);
  const run = '甲' + '字'.repeat(90) + '乙';
  assert.deepEqual(findRepeats(run, 0, run.length), [], 'a run of one character is AA… (period 1), never a 2+ unit');
  const unit = Array.from({ length: 41 }, (_, i) => String.fromCharCode(0x4e00 + i * 7)).join('');
  const big = '甲' + unit + unit + '乙';
  assert.deepEqual(findRepeats(big, 0, big.length), [], 'a 41-character unit is past the cap');
});

test('a table header a PDF extraction left as text in section 四 repeats its column words: not reported; a sentence there is', () => {
  const header = ['行政复议行政诉讼', '结果结果其他尚未', '总计总计', '维持纠正结果审结维持纠正结果审结'];
  const b = build({ layout: 'space' }, (d) => void section(d, 4).body.push(...header, '本年度行政复议资金资金未发生变化。'));
  assert.deepEqual(
    hits(b.text, RULE).map((x) => x.message.zh),
    ['“资金”连续重复两次，应删去重复的部分'],
  );
});
