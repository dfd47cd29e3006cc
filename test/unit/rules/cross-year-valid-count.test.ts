import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, build, expectHit, hits, lineOf, none, one, setT2 } from './_helpers';
import { lastYear } from './_previous';

const RULE = 'cross-year-valid-count';

// The base draft (2021 template): 行政规范性文件 制发 2, 废止 1, 现行有效 10; 规章 0 0 0.
const consistent2021 = (d: Parameters<typeof setT2>[0]) => setT2(d, 'b1.normative', 'valid', 9);

test('valid: 现行有效 = last year’s 9 + 制发 2 − 废止 1, in every layout', () => {
  for (const layout of LAYOUTS) {
    const prev = lastYear({ year: 2020, layout }, consistent2021);
    none(build({ layout }).text, RULE, { previousYears: prev.facts });
  }
});

test('现行有效 10 against last year’s 12 + 2 − 1 = 13: a warning on the cell, naming last year’s file, value and the sum', () => {
  for (const layout of LAYOUTS) {
    const prev = lastYear({ year: 2020, layout, name: 'last.html' }, (d) => setT2(d, 'b1.normative', 'valid', 12));
    const b = build({ layout });
    const h = one(b.text, RULE, { previousYears: prev.facts });
    expectHit(h, RULE, 'warning', b.line('t2.b1.normative.valid'), ['行政规范性文件', '现行有效件数”为 10', 'last.html', '为 12', '应为 13']);
    assert.ok(h.detail!.zh.includes('12 + 2 − 1 = 13 ≠ 10'), h.detail!.zh);
    assert.equal(h.fixes.length, 0);
    const rel = h.related![0];
    assert.equal(rel.elsewhere!.name, 'last.html');
    assert.equal(rel.elsewhere!.line + 1, prev.built.line('t2.b1.normative.valid'), layout);
    assert.equal(lineOf(prev.built.text, rel.range.start), prev.built.line('t2.b1.normative.valid'));
  }
});

test('2019 template: 对外公开总数量 = last year’s + 本年新公开 (2020 linted with 2019)', () => {
  // The 2019-template base draft: 规范性文件 新制作 2, 新公开 2, 对外公开总数量 10; 规章 0 0 0.
  const ok = lastYear({ gen: '2019', year: 2019 }, (d) => setT2(d, 'b1.normative', 'totalPublic', 8));
  none(build({ gen: '2019' }).text, RULE, { previousYears: ok.facts });
  const bad = lastYear({ gen: '2019', year: 2019 }, (d) => setT2(d, 'b1.normative', 'totalPublic', 8));
  const b = build({ gen: '2019' }, (d) => setT2(d, 'b1.rules', 'totalPublic', 7));
  const h = one(b.text, RULE, { previousYears: bad.facts });
  expectHit(h, RULE, 'warning', b.line('t2.b1.rules.totalPublic'), ['规章', '对外公开总数量”为 7', '为 0', '应为 0']);
});

test('valid: never across a change of template generation (2019 template last year, 2021 this year)', () => {
  const prev = lastYear({ gen: '2019', year: 2020 }, (d) => setT2(d, 'b1.normative', 'totalPublic', 500));
  none(build({}).text, RULE, { previousYears: prev.facts });
});

test('valid: another body, another year, or nothing known', () => {
  const other = lastYear({ year: 2020 }, (d) => ((d.title = '示例县财政局2020年政府信息公开工作年度报告'), setT2(d, 'b1.normative', 'valid', 50)));
  none(build({}).text, RULE, { previousYears: other.facts });
  const same = lastYear({ year: 2021 }, (d) => setT2(d, 'b1.normative', 'valid', 50));
  none(build({}).text, RULE, { previousYears: same.facts });
  none(build({}, (d) => setT2(d, 'b1.normative', 'valid', 999)).text, RULE);
});

test('valid: an empty 制发 cell this year, or an empty 现行有效 last year, says nothing', () => {
  const prev = lastYear({ year: 2020 }, (d) => setT2(d, 'b1.normative', 'valid', 40));
  none(build({}, (d) => setT2(d, 'b1.normative', 'issued', '')).text, RULE, { previousYears: prev.facts });
  const blank = lastYear({ year: 2020 }, (d) => setT2(d, 'b1.normative', 'valid', ''));
  none(build({}).text, RULE, { previousYears: blank.facts });
});

test('a file of merged reports: the earlier year in the same file is compared', () => {
  const prev = build({ year: 2020 }, (d) => setT2(d, 'b1.normative', 'valid', 30));
  const cur = build({});
  const merged = `${prev.text}\n\n${cur.text}`;
  const found = hits(merged, RULE);
  assert.equal(found.length, 1);
  assert.ok(found[0].range.start > prev.text.length);
  assert.ok(found[0].message.zh.includes('本文件中的2020年报告'));
  none(`${build({ year: 2020 }, consistent2021).text}\n\n${cur.text}`, RULE);
});
