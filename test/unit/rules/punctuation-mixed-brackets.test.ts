import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/wording/punctuation-mixed-brackets';
import { assertMeta, applyFirstFix, bilingual, findingsOf, fixWith, none, single } from './helpers-numbers-wording';

const ID = 'punctuation-mixed-brackets';

test('punctuation-mixed-brackets: meta', () => {
  assertMeta(rule, ID, 'wording', 'warning', 'safe');
});

test('punctuation-mixed-brackets: consistent pairs are not reported', () => {
  for (const t of [
    '（一）主动公开',
    '(一)主动公开', // half-width pair: punctuation-halfwidth's business
    '| (本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和) |',
    '[附件]和［附件］',
    '国办发(2019〕28号', // 发文字号: doc-number-brackets' business
    '说明（见下\n附件)', // not a pair: different lines
  ])
    none(ID, t);
});

test('punctuation-mixed-brackets: mixed pairs → full width, editing only the odd bracket', () => {
  const t = '规章（2019)';
  const f = single(ID, t, '（2019)');
  bilingual(f);
  assert.equal(f.message.zh, '括号全角半角混用：“（2019)”应统一为全角“（2019）”');
  assert.equal(f.fixes[0].safe, true);
  assert.deepEqual(f.fixes[0].edits, [{ start: t.length - 1, end: t.length, text: '）' }]);
  assert.equal(applyFirstFix(t, f), '规章（2019）');
  assert.equal(fixWith(ID, '(一）主动公开'), '（一）主动公开');
  assert.equal(fixWith(ID, '附件［一]'), '附件［一］');
});

test('punctuation-mixed-brackets: pure ASCII content outside Chinese text → half width', () => {
  const t = 'download (PDF）';
  const f = single(ID, t, '(PDF）');
  assert.match(f.message.zh, /半角/);
  assert.equal(applyFirstFix(t, f), 'download (PDF)');
});

test('punctuation-mixed-brackets: pure ASCII content inside Chinese text → full width (never fights punctuation-halfwidth)', () => {
  assert.equal(fixWith(ID, '附件(PDF）下载'), '附件（PDF）下载');
  assert.equal(fixWith([ID, 'punctuation-halfwidth'], '附件(PDF）下载，(一）'), '附件（PDF）下载，（一）');
});

test('punctuation-mixed-brackets: nested mixed pairs each get a finding', () => {
  const t = '（见(附件）)';
  assert.equal(findingsOf(ID, t).length, 2);
  assert.equal(fixWith(ID, t), '（见（附件））');
});
