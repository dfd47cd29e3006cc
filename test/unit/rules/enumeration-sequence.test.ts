import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, type Layout, applyFix, build, expectHit, fixOf, hits, none, one, section } from './_helpers';

const RULE = 'enumeration-sequence';
const in5 = (lines: string[], layout: Layout = 'pipe') => build({ layout }, (d) => void (section(d, 5).body = lines));

test('valid: the base draft has no enumeration-sequence finding, in every layout', () => {
  for (const layout of LAYOUTS) none(build({ layout }).text, RULE);
});

test('一是…；三是…；三是…: one finding at the first wrong ordinal; the suggestion renumbers the list', () => {
  for (const layout of LAYOUTS) {
    const b = in5(['存在的问题：一是公开内容不够全面；三是解读形式单一；三是互动回应不够及时。改进措施：加强培训。'], layout);
    const h = one(b.text, RULE);
    expectHit(h, RULE, 'warning', b.line('body5'), ['一是…三是…三是', '应为一是…二是…三是']);
    const fixed = applyFix(b.text, fixOf(h, false));
    assert.ok(fixed.includes('一是公开内容不够全面；二是解读形式单一；三是互动回应不够及时'), `${layout}: renumbered`);
    none(fixed, RULE);
  }
});

test('第一，…第三，and inline （一）…（三） in one paragraph are reported', () => {
  const b = in5(['改进措施：第一，加强组织领导；第三，强化督促检查。', '主要做法：（一）完善制度；（三）加强培训。']);
  const h = hits(b.text, RULE);
  assert.deepEqual(
    h.map((x) => [x.line - b.line('body5'), x.message.zh]),
    [
      [0, '列举序号不连续：第一…第三，应为第一…第二'],
      [1, '列举序号不连续：（一）…（三），应为（一）…（二）'],
    ],
  );
});

test('silent: a paragraph restarting at 一是 starts a new list; lists split over paragraphs are not judged', () => {
  none(in5(['存在的问题：一是公开不全面；二是解读单一。改进措施：一是加强培训；二是强化督查；三是完善制度。']).text, RULE);
  none(in5(['存在的问题：一是公开不全面。', '二是解读单一。', '改进措施：一是加强培训。']).text, RULE);
  none(in5(['二是加强培训；四是强化督查。']).text, RULE);
});

test('silent: words that only look like markers', () => {
  const lines = [
    '坚持第一时间登记受理，第一季度、第三季度各检查一次，在全省排名第一，全市排名第三。',
    '这是统一是非标准的要求，也是之一是否落实的关键；做到“一是一、二是二”。',
    '依据第二十条第（一）项、第（五）项公开，其中（一）予以公开3件，（三）不予公开1件。',
    '（三）政府信息管理。建立台账（一）、（三）两类目录。',
  ];
  none(in5(lines).text, RULE);
});

test('a (sub)heading opening the paragraph is the outline, not the list: "（二）改进措施：（一）…（二）" is fine', () => {
  none(in5(['（二）改进措施：（一）完善制度；（二）加强培训。']).text, RULE);
  const b = in5(['（二）改进措施：（一）完善制度；（三）加强培训；（三）强化督查。']);
  expectHit(one(b.text, RULE), RULE, 'warning', b.line('body5'), ['（一）…（三）…（三）', '应为（一）…（二）…（三）']);
});
