import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, build, expectHit, hits, none, one, section, type Draft } from './_helpers';

const RULE = 'overview-topic-missing';
const drop = (needle: string) => (d: Draft) => {
  const s = section(d, 1);
  s.body = s.body.filter((l) => !l.includes(needle));
};

test('valid: all five topics, in every layout', () => {
  for (const layout of LAYOUTS) none(build({ layout }).text, RULE);
});

test('valid: the topics may be inline in one paragraph (as in seed 003)', () => {
  none(build({}, (d) => void (section(d, 1).body = [section(d, 1).body.join('')])).text, RULE);
});

test('政府信息管理 missing: reported on the 总体情况 heading', () => {
  const b = build({}, drop('政府信息管理'));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', b.line('h1'), ['“总体情况”未涉及“政府信息管理”']);
  assert.equal(h.fixes.length, 0);
});

test('平台建设 missing (cell-per-line draft)', () => {
  const b = build({ layout: 'cell-per-line' }, drop('平台建设'));
  expectHit(one(b.text, RULE), RULE, 'warning', b.line('h1'), ['“政府信息公开平台建设”']);
});

test('an overview with no topic at all: one finding per topic', () => {
  const b = build({ layout: 'html' }, (d) => void (section(d, 1).body = ['2021年，本局工作平稳有序。']));
  const h = hits(b.text, RULE);
  assert.equal(h.length, 5);
  for (const x of h) expectHit(x, RULE, 'warning', b.line('h1'));
  assert.deepEqual(
    h.map((x) => x.message.zh.match(/未涉及“(.+)”/)![1]).sort(),
    ['主动公开', '依申请公开', '政府信息公开平台建设', '政府信息管理', '监督保障'].sort(),
  );
});

test('not required before 2021: a 2020 report with a thin overview', () => {
  none(build({ gen: '2019' }, drop('政府信息管理')).text, RULE);
});
