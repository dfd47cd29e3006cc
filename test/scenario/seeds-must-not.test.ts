// Every "must NOT report" item of the seeds' README.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SEEDS, lintSeed, ARITHMETIC } from './seeds';

const all = Object.values(SEEDS);

test('table 三 row labels are never top-level sections', () => {
  for (const name of all) {
    const s = lintSeed(name);
    for (const sec of s.result.report.sections) {
      assert.doesNotMatch(sec.heading.title, /本年新收|上年结转|本年度办理结果|结转下年度/, `${name}: ${sec.heading.text}`);
    }
    assert.deepEqual(
      s.of('section-duplicate').map((f) => f.message.zh),
      [],
      name,
    );
    assert.deepEqual(
      s.of('section-order').map((f) => f.message.zh),
      [],
      name,
    );
  }
});

test('no section-missing for seeds 000–003; all six sections found', () => {
  for (const name of all.slice(0, 4)) {
    const s = lintSeed(name);
    assert.deepEqual(
      s.of('section-missing').map((f) => f.message.zh),
      [],
      name,
    );
    assert.deepEqual(
      s.result.report.sections.map((x) => x.id),
      [1, 2, 3, 4, 5, 6],
      name,
    );
  }
});

test('no table-template-outdated on any seed; generations detected', () => {
  const expected: Record<string, string> = { s000: '2021', s001: '2019', s002: '2021', s003: '2019', s004: '2019' };
  for (const [key, name] of Object.entries(SEEDS)) {
    const s = lintSeed(name);
    assert.deepEqual(s.of('table-template-outdated'), [], name);
    assert.equal(s.result.report.generation, expected[key], name);
  }
});

test('no arithmetic errors for 000, 001, 003', () => {
  for (const name of [SEEDS.s000, SEEDS.s001, SEEDS.s003]) {
    const s = lintSeed(name);
    for (const r of ARITHMETIC) assert.deepEqual(s.lines(r), [], `${name} ${r}`);
  }
});

test('correct document numbers are not reported', () => {
  const s0 = lintSeed(SEEDS.s000);
  const s4 = lintSeed(SEEDS.s004);
  for (const [s, needle] of [
    [s0, '国办函〔2020〕109号'],
    [s4, '内政公办字〔2019〕10号'],
    [s0, '国办发〔2021〕12号'],
  ] as const) {
    const at = s.text.indexOf(needle);
    assert.ok(at >= 0);
    const hits = s.of('doc-number-brackets').filter((f) => f.range.start < at + needle.length && f.range.end > at);
    assert.deepEqual(hits, [], needle);
  }
});

test('times, ISO dates, decimals and negative numbers are not half-width punctuation', () => {
  const cases: [string, string][] = [
    [SEEDS.s002, '09:20'],
    [SEEDS.s002, '2022-01-24'],
    [SEEDS.s001, '3474675.89'],
    [SEEDS.s001, '-3'],
    [SEEDS.s000, '16:48'],
  ];
  for (const [name, needle] of cases) {
    const s = lintSeed(name);
    const at = s.text.indexOf(needle);
    assert.ok(at >= 0, needle);
    const hits = s.of('punctuation-halfwidth').filter((f) => f.range.start < at + needle.length && f.range.end > at);
    assert.deepEqual(
      hits.map((f) => f.message.zh),
      [],
      `${name}: ${needle}`,
    );
  }
});
