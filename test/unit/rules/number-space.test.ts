import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/numbers/number-space';
import { assertMeta, applyFirstFix, bilingual, findingsOf, fixWith, none, single } from './helpers-numbers-wording';

const ID = 'number-space';

test('number-space: meta', () => {
  assertMeta(rule, ID, 'numbers', 'info', 'safe');
});

test('number-space: text without spaces, and other spaces, are never reported', () => {
  for (const t of [
    '2025年3月27日，国办发〔2018〕59号', // docs/design/lessons.md 9: government style, no spaces
    '内政公办字〔2019〕10号',
    '发布日期：2022-01-24 09:20',
    '| 0 | 0 | 0 |',
    '序号 1 2 3', // no unit, not a grouped number
    'ISO9001 年', // glued to ASCII letters
    '〔2019〕28 号', // a 发文字号 (even without 机关代字) is doc-number-brackets' business
    '（一）主动公开 2019年，本局公开信息12条。', // the space ends an inline heading
    '1.政府信息管理 2019年，本局…',
    '（一）予以公开 2 1 0 0 0 0 3', // a PDF table row: spaces separate cells
    '共 5', // no unit after the number
  ])
    none(ID, t);
});

test('number-space: PDF spaces on both sides of a number go together ("申请 749 件" → "申请749件")', () => {
  const t = '本年度共收到政府信息公开申请 749 件。';
  const f = single(ID, t, '请 749 件');
  assert.equal(f.message.zh, '数字两侧不应有空格：“请 749 件”应写作“请749件”');
  assert.equal(f.fixes[0].safe, true);
  assert.equal(applyFirstFix(t, f), '本年度共收到政府信息公开申请749件。');
});

test('number-space: a space before a number with its unit right after is reported too ("申请 749件")', () => {
  const t = '本年度共收到政府信息公开申请 749件，上年结转 3件。';
  const fs = findingsOf(ID, t);
  assert.deepEqual(
    fs.map((f) => t.slice(f.range.start, f.range.end)),
    ['请 749件', '转 3件'],
  );
  assert.equal(fs[0].message.zh, '数字前不应有空格：“请 749件”应写作“请749件”');
  bilingual(fs[0]);
  assert.equal(fixWith(ID, t), '本年度共收到政府信息公开申请749件，上年结转3件。');
});

test('number-space: more than 10 in a report are one summary finding whose safe fix removes them all', () => {
  const parts = Array.from({ length: 11 }, (_, i) => `第${i + 1}项工作完成 ${i + 10} 件`);
  const t = parts.join('，') + '。';
  const fs = findingsOf(ID, t);
  assert.equal(fs.length, 1);
  const f = fs[0];
  bilingual(f);
  assert.match(f.message.zh, /^疑似 PDF 转换：11 处数字两侧空格，可一键删除/);
  assert.match(f.message.en, /Likely PDF conversion: 11 spaces around numbers/);
  assert.equal(f.related?.length, 11);
  assert.equal(f.fixes.length, 1);
  assert.equal(f.fixes[0].safe, true);
  assert.equal(f.fixes[0].edits.length, 22, 'both spaces of each number');
  const fixed = fixWith(ID, t);
  assert.doesNotMatch(fixed, / /);
  assert.match(fixed, /第1项工作完成10件，/);
});

test('number-space: ten or fewer stay separate findings', () => {
  const t = Array.from({ length: 10 }, (_, i) => `完成 ${i + 10} 件`).join('，');
  assert.equal(findingsOf(ID, t).length, 10);
});

test('number-space: seed 003 line 7 style spaces before 年/条/个/万', () => {
  const t = '2019 年，我局有 1 个政务公开平台，发布信息 118 条，关注数已突破 4 万人。';
  const fs = findingsOf(ID, t);
  assert.deepEqual(
    fs.map((f) => t.slice(f.range.start, f.range.end)),
    ['2019 年', '有 1 个', '息 118 条', '破 4 万'],
  );
  const f = fs[0];
  bilingual(f);
  assert.equal(f.message.zh, '数字与“年”之间不应有空格：“2019 年”应写作“2019年”');
  assert.equal(f.fixes[0].safe, true);
  assert.deepEqual(f.fixes[0].edits, [{ start: 4, end: 5, text: '' }]);
  assert.equal(applyFirstFix(t, f), t.replace('2019 年', '2019年'));
  assert.equal(fixWith(ID, t), '2019年，我局有1个政务公开平台，发布信息118条，关注数已突破4万人。');
});

test('number-space: dates, 余, %, 名 and several spaces', () => {
  const t = '于 2018 年 7 月上线，解答咨询 1200 余条，占 15 %，律师 129  名';
  assert.deepEqual(
    findingsOf(ID, t).map((f) => t.slice(f.range.start, f.range.end)),
    ['于 2018 年', '年 7 月', '询 1200 余', '占 15 %', '师 129  名'],
  );
  assert.equal(fixWith(ID, t), '于2018年7月上线，解答咨询1200余条，占15%，律师129名');
});

test('number-space: a space inside a number', () => {
  const t = '共接待群众 1 000 人次';
  const f = single(ID, t, '众 1 000 人次');
  assert.equal(f.fixes[0].edits.length, 3);
  assert.equal(applyFirstFix(t, f), '共接待群众1000人次');
  const g = single(ID, '共 12 345 678，较上年增加', '共 12 345 678');
  assert.match(g.message.zh, /数字中间不应有空格/);
});

test('number-space: the space after 第 goes with the number', () => {
  const t = '依据第 3 条规定';
  const f = single(ID, t, '第 3 条');
  assert.equal(applyFirstFix(t, f), '依据第3条规定');
});

test('number-space: spaces inside a 发文字号 are left to doc-number-brackets', () => {
  none(ID, '（豫政办明电〔2019〕28 号）');
  none(ID, '国办发〔2019〕 28 号');
});

test('number-space: fix-all converges and is idempotent', () => {
  assert.equal(fixWith(ID, '司法局 2019 年政府信息公开工作年度报告'), '司法局2019年政府信息公开工作年度报告');
});
