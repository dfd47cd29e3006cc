import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/wording/doc-number-brackets';
import { assertMeta, applyFirstFix, bilingual, fixWith, none, single } from './helpers-numbers-wording';

const ID = 'doc-number-brackets';

test('doc-number-brackets: meta', () => {
  assertMeta(rule, ID, 'wording', 'warning', 'safe');
});

test('doc-number-brackets: correct numbers and other brackets are not reported', () => {
  for (const t of [
    '按照国办函〔2020〕109号规定',
    '《通知》(内政公办字〔2019〕10号)要求',
    '国办发〔2021〕12号',
    '申请公开“内信联发〔2017〕2号”1条',
    '国办公开办函〔2019〕60号',
    '《中华人民共和国政府信息公开条例》(2019年修订)',
    '(以下简称《政府信息公开条例》)',
    '第二十条第(一)项',
    '（2019）年度报告',
    '荆门市(2019)',
  ])
    none(ID, t);
});

test('doc-number-brackets: wrong brackets → safe fix replacing just the two brackets', () => {
  const cases: Array<[string, string, string]> = [
    ['依据国办发[2019]28号', '[2019]28号', '依据国办发〔2019〕28号'],
    ['依据国办发【2019】28号', '【2019】28号', '依据国办发〔2019〕28号'],
    ['依据国办发(2019)28号', '(2019)28号', '依据国办发〔2019〕28号'],
    ['依据国办发（2019）28号', '（2019）28号', '依据国办发〔2019〕28号'],
    ['依据国办发［2019］28号', '［2019］28号', '依据国办发〔2019〕28号'],
    ['依据国办发﹝2019﹞28号', '﹝2019﹞28号', '依据国办发〔2019〕28号'],
    ['依据国办发〔2019]28号', '〔2019]28号', '依据国办发〔2019〕28号'],
  ];
  for (const [t, sub, fixed] of cases) {
    const f = single(ID, t, sub);
    bilingual(f);
    assert.match(f.message.zh, /六角括号/);
    assert.equal(f.fixes[0].safe, true);
    assert.ok(
      f.fixes[0].edits.every((e) => e.end - e.start === 1 && (e.text === '〔' || e.text === '〕')),
      t,
    );
    assert.equal(applyFirstFix(t, f), fixed);
  }
});

test('doc-number-brackets: seed 003 line 7 "〔2019〕28 号" → remove the space', () => {
  const t = '《通知》（豫政办明电〔2019〕28 号）要求';
  const f = single(ID, t, '〔2019〕28 号');
  assert.equal(f.message.zh, '发文字号“〔2019〕28 号”不规范：发文字号中不应有空格');
  assert.deepEqual(f.fixes[0].title, { zh: '改为“〔2019〕28号”', en: 'Change to "〔2019〕28号"' });
  const at = t.indexOf(' ');
  assert.deepEqual(f.fixes[0].edits, [{ start: at, end: at + 1, text: '' }]);
  assert.equal(applyFirstFix(t, f), '《通知》（豫政办明电〔2019〕28号）要求');
});

test('doc-number-brackets: two-digit year, 第, leading zero → reported without a fix', () => {
  for (const [t, sub, why] of [
    ['国办发〔19〕28号', '〔19〕28号', /四位/],
    ['国办发〔2019〕第28号', '〔2019〕第28号', /第/],
    ['国办发〔2019〕09号', '〔2019〕09号', /虚位/],
  ] as const) {
    const f = single(ID, t, sub);
    assert.match(f.message.zh, why);
    assert.deepEqual(f.fixes, [], t);
  }
});

test('doc-number-brackets: several problems in one finding; the safe part is still fixed', () => {
  const t = '国办发[19] 28号';
  const f = single(ID, t, '[19] 28号');
  assert.match(f.message.zh, /六角括号.*空格.*四位/);
  assert.equal(applyFirstFix(t, f), '国办发〔19〕28号');
});

test('doc-number-brackets: fix-all converges and is idempotent', () => {
  assert.equal(fixWith(ID, '依据国办发(2019)28 号和豫政办〔2020〕 3号'), '依据国办发〔2019〕28号和豫政办〔2020〕3号');
});
