import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/wording/punctuation-halfwidth';
import { assertMeta, applyFirstFix, bilingual, findingsOf, fixWith, none, rangeOf, single } from './helpers-numbers-wording';

const ID = 'punctuation-halfwidth';

test('punctuation-halfwidth: meta', () => {
  assertMeta(rule, ID, 'wording', 'info', 'safe');
});

test('punctuation-halfwidth: exceptions are never reported', () => {
  for (const t of [
    '发布日期：2022-01-24 09:20',
    '采购总金额3474675.89元',
    '采购总金额3,474,675.89元',
    '本年增减-3项',
    '详见http://www.gov.cn/zhengce/a.html?id=1,2;b=3查看',
    '详见www.gov.cn/list(1).html查看',
    'abc,def@gov.cn',
    '联系邮箱gkb@xam.gov.cn。',
    'Note: see the annex (PDF).',
    '时间16:48至17:30',
    '![图](a.png)和[链接](http://x.cn)',
    '国办发(2019)28号', // doc-number-brackets' business
    '&nbsp;政府信息',
  ])
    none(ID, t);
});

test('punctuation-halfwidth: single marks in Chinese text → full width, one finding each', () => {
  const t = '来源:盟司法局 发布时间:2022-01-26 16:48';
  const fs = findingsOf(ID, t);
  assert.deepEqual(
    fs.map((f) => f.range),
    [rangeOf(t, ':', 0), rangeOf(t, ':', 1)],
  );
  bilingual(fs[0]);
  assert.equal(fs[0].message.zh, '中文语境中应使用全角标点：半角“:”应改为“：”');
  assert.deepEqual(fs[0].fixes[0].title, { zh: '改为全角“：”', en: 'Change to full-width "："' });
  assert.equal(fs[0].fixes[0].safe, true);
  assert.equal(applyFirstFix(t, fs[0]), '来源：盟司法局 发布时间:2022-01-26 16:48');
});

test('punctuation-halfwidth: each mark of the set', () => {
  for (const [t, fixed] of [
    ['2021年,兴安盟', '2021年，兴安盟'],
    ['如下; 一是', '如下； 一是'],
    ['是否公开?', '是否公开？'],
    ['成效显著!', '成效显著！'],
    ['57507次,信息发布', '57507次，信息发布'],
    ['“12348”,热线', '“12348”，热线'],
  ]) {
    assert.equal(findingsOf(ID, t).length, 1, t);
    assert.equal(fixWith(ID, t), fixed);
  }
});

test('punctuation-halfwidth: a matched pair is ONE finding whose fix edits both brackets', () => {
  const t = '依据《条例》(以下简称《政府信息公开条例》)第五十条';
  const f = single(ID, t, '(以下简称《政府信息公开条例》)');
  assert.equal(f.fixes[0].edits.length, 2);
  assert.deepEqual(
    f.fixes[0].edits.map((e) => e.text),
    ['（', '）'],
  );
  assert.equal(applyFirstFix(t, f), '依据《条例》（以下简称《政府信息公开条例》）第五十条');
});

test('punctuation-halfwidth: table labels and Markdown cells', () => {
  single(ID, '第二十条第(一)项 | |||', '(一)');
  single(ID, '| | (二) 部分公开 |', '(二)');
  single(ID, '(本列数据的勾稽关系为：第一项加第二项之和)', '(本列数据的勾稽关系为：第一项加第二项之和)');
});

test('punctuation-halfwidth: nested pairs and an unmatched bracket', () => {
  const t = '条例(草案(征求意见稿))';
  const fs = findingsOf(ID, t);
  assert.equal(fs.length, 2);
  assert.equal(fixWith(ID, t), '条例（草案（征求意见稿））');
  const u = '1)主动公开';
  single(ID, u, ')');
  assert.equal(fixWith(ID, u), '1）主动公开');
});

test('punctuation-halfwidth: pairs do not span lines', () => {
  const t = '说明(见下\n附件)';
  assert.equal(findingsOf(ID, t).length, 2);
});

test('punctuation-halfwidth: fix-all converges and is idempotent', () => {
  const t = '一是(一)主动公开:共发布信息286条,其中5条;二是?';
  assert.equal(fixWith(ID, t), '一是（一）主动公开：共发布信息286条，其中5条；二是？');
});
