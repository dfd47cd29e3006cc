import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, build, expectHit, hits, lineOf, none, setT3Row } from './_helpers';
import { lastYear } from './_previous';

const RULE = 'cross-year-carryover';

test('valid: 上年结转 equals last year’s 结转下年度 in every column, in every layout', () => {
  for (const layout of LAYOUTS) {
    const prev = lastYear({ year: 2020, layout });
    assert.equal(prev.facts.length, 1, layout);
    none(build({ layout }).text, RULE, { previousYears: prev.facts });
  }
});

test('上年结转 1 against last year’s 结转下年度 3: a warning per differing column, naming last year’s file and value, related to its cell', () => {
  for (const layout of LAYOUTS) {
    const prev = lastYear({ year: 2020, name: '2020年报.txt', layout }, (d) => setT3Row(d, 'next', [3, 0, 0, 0, 0, 0, 3]));
    const b = build({ layout });
    const found = hits(b.text, RULE, { previousYears: prev.facts });
    assert.deepEqual(
      found.map((h) => h.line),
      [b.line('t3.carry.natural'), b.line('t3.carry.total')].sort((x, y) => x - y),
      layout,
    );
    const natural = found.find((h) => h.message.zh.includes('自然人'))!;
    expectHit(natural, RULE, 'warning', b.line('t3.carry.natural'), ['上年结转', '自然人列为 1', '2020年报.txt', '为 3']);
    assert.equal(natural.fixes.length, 0);
    const rel = natural.related![0];
    assert.equal(rel.elsewhere!.uri, 'file:///drafts/2020年报.txt');
    assert.equal(rel.elsewhere!.line + 1, prev.built.line('t3.next.natural'), layout);
    assert.equal(lineOf(prev.built.text, rel.range.start), prev.built.line('t3.next.natural'), 'last year’s own offsets, not shifted');
  }
});

test('2019 template: compared with last year’s 2019-template report too', () => {
  const prev = lastYear({ gen: '2019', year: 2019 }, (d) => setT3Row(d, 'next', [0, 0, 0, 0, 0, 0, 0]));
  const b = build({ gen: '2019' });
  assert.equal(hits(b.text, RULE, { previousYears: prev.facts }).length, 2);
});

test('valid: no comparison across a change of template generation (last year on the 2019 template)', () => {
  const prev = lastYear({ gen: '2019', year: 2020 }, (d) => setT3Row(d, 'next', [5, 0, 0, 0, 0, 0, 5]));
  assert.equal(prev.facts[0].generation, '2019');
  none(build({}).text, RULE, { previousYears: prev.facts });
});

test('valid: another body’s report, or the report of two years ago, is not last year’s', () => {
  const other = lastYear({ year: 2020 }, (d) => ((d.title = '示例县财政局2020年政府信息公开工作年度报告'), setT3Row(d, 'next', [5, 0, 0, 0, 0, 0, 5])));
  none(build({}).text, RULE, { previousYears: other.facts });
  const older = lastYear({ year: 2019 }, (d) => setT3Row(d, 'next', [5, 0, 0, 0, 0, 0, 5]));
  none(build({}).text, RULE, { previousYears: older.facts });
});

test('valid: no previous report known at all', () => {
  none(build({}, (d) => setT3Row(d, 'carry', [7, 0, 0, 0, 0, 0, 7])).text, RULE);
});

test('valid: two copies of last year that disagree (which one was published is open)', () => {
  const a = lastYear({ year: 2020, name: 'a.txt' }, (d) => setT3Row(d, 'next', [5, 0, 0, 0, 0, 0, 5]));
  const b = lastYear({ year: 2020, name: 'b.txt' });
  none(build({}).text, RULE, { previousYears: [...a.facts, ...b.facts] });
});

test('valid: empty carry-over cells are not read as 0', () => {
  const prev = lastYear({ year: 2020 }, (d) => setT3Row(d, 'next', [5, 0, 0, 0, 0, 0, 5]));
  none(build({}, (d) => setT3Row(d, 'carry', ['', '', '', '', '', '', ''])).text, RULE, { previousYears: prev.facts });
});

test('a file of merged reports: the 2020 report in the same file is the 2021 report’s previous year (either order)', () => {
  const prev = build({ year: 2020 }, (d) => setT3Row(d, 'next', [4, 0, 0, 0, 0, 0, 4]));
  const cur = build({});
  for (const [first, second] of [
    [prev, cur],
    [cur, prev],
  ]) {
    const merged = `${first.text}\n\n${second.text}`;
    const found = hits(merged, RULE);
    assert.equal(found.length, 2, 'natural and total of the 2021 report');
    const curStart = first === cur ? 0 : prev.text.length + 2;
    for (const h of found) {
      assert.ok(h.range.start >= curStart && h.range.start < curStart + cur.text.length, 'on the 2021 report');
      assert.ok(h.message.zh.includes('本文件中的2020年报告'), h.message.zh);
      const el = h.related![0].elsewhere!;
      assert.equal(el.uri, '', 'the same document');
      const prevStart = first === prev ? 0 : cur.text.length + 2;
      assert.equal(
        lineOf(merged, h.related![0].range.start),
        lineOf(merged, prevStart) +
          prev.line('t3.next.natural') -
          1 +
          (h.message.zh.includes('总计') ? prev.line('t3.next.total') - prev.line('t3.next.natural') : 0),
      );
      assert.equal(el.line + 1, lineOf(merged, h.related![0].range.start), 'position and offset agree');
    }
  }
});
