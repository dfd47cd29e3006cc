import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, build, expectHit, none, one, section } from './_helpers';

const RULE = 'section-empty';

test('valid: the base draft (section 五 of one sentence, 29 汉字) has no finding, in every layout', () => {
  for (const layout of LAYOUTS) none(build({ layout }).text, RULE);
});

test('section 五 that says only 无。 is reported on its heading, in every layout', () => {
  for (const layout of LAYOUTS) {
    const b = build({ layout }, (d) => void (section(d, 5).body = ['无。']));
    const h = one(b.text, RULE);
    expectHit(h, RULE, 'warning', b.line('h5'), ['五', '只写了“无”', '存在的主要问题和具体改进措施']);
    assert.equal(h.fixes.length, 0, 'no fix');
  }
});

test('section 五 with its two sub-headings each answered 无 (15 汉字, ordinals included) is too short', () => {
  const b = build({}, (d) => void (section(d, 5).body = ['（一）存在的主要问题：无。', '（二）改进情况：无。']));
  expectHit(one(b.text, RULE), RULE, 'warning', b.line('h5'), ['仅15个汉字']);
});

test('section 五 with an empty body (next heading right after it) is reported as empty', () => {
  const b = build({ layout: 'html' }, (d) => void (section(d, 5).body = []));
  expectHit(one(b.text, RULE), RULE, 'warning', b.line('h5'), ['内容为空']);
});

test('暂无 in section 一 is reported; a short real section 五 (one problem, one measure) is not', () => {
  const b = build({}, (d) => void (section(d, 1).body = ['暂无。']));
  expectHit(one(b.text, RULE), RULE, 'warning', b.line('h1'), ['一', '暂无']);
  none(build({}, (d) => void (section(d, 5).body = ['存在问题：公开内容不够全面。改进措施：加强业务培训和督促检查。'])).text, RULE);
});

test('section 六 that says 无 or 无其他需要报告的事项 is an answer; a blank 六 before the signature is not judged', () => {
  none(build({ gen: '2019' }, (d) => void (section(d, 6).body = ['无。'])).text, RULE);
  none(build({}, (d) => void (section(d, 6).body = ['　 　无其他需要报告的事项'])).text, RULE);
  none(build({}, (d) => void (section(d, 6).body = [])).text, RULE);
});

test('a blank section 六 at the end of the draft (no signature) is reported as empty', () => {
  const b = build({}, (d) => {
    section(d, 6).body = [];
    d.tail = [];
  });
  expectHit(one(b.text, RULE), RULE, 'warning', b.line('h6'), ['六', '内容为空']);
});

test('numbers, markup and punctuation do not count: "1. 2. 3。" is still empty of words', () => {
  const b = build({ layout: 'html' }, (d) => void (section(d, 5).body = ['1.', '2.（）——', '3。']));
  expectHit(one(b.text, RULE), RULE, 'warning', b.line('h5'), ['内容为空']);
});

test('sections 二, 三 and 四 hold tables: never judged by this rule', () => {
  none(build({}, (d) => void (section(d, 4).body = [])).text, RULE);
});
