'use strict';
// Across years, as a reviewer meets it: last year's report sits elsewhere in the workspace (never opened),
// this year's draft is opened, and the Problems panel shows where the draft's 上年结转 breaks
// last year's 结转下年度 — naming last year's file, with related information at its cell.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { SEEDS, SEED, startSession, openFile, waitForActivation, waitForFileProblems, summarize, hasCode } = require('./helpers');

// Seed 000 is 兴安盟司法局's 2021 report (2021 template): its 结转下年度 row is all 0 (lines 519–531,
// one cell per line) and its 上年结转 row is lines 141–153. This year's draft is the same report
// for 2022 whose 上年结转 says 2 requests of natural persons (and 2 in total) were carried in.
const SEED_000 = fs.readFileSync(path.join(SEEDS, SEED['000']), 'utf8');
const CARRY_IN = { natural: 141, total: 153 };
const CARRY_OUT = { natural: 519, total: 531 };
function thisYear() {
  const lines = SEED_000.split('\n');
  assert.match(lines[0], /^兴安盟司法局2021年政府信息公开工作年度报告/);
  lines[0] = lines[0].replace('2021年', '2022年');
  for (const n of Object.values(CARRY_IN)) {
    assert.equal(lines[n - 1].trim(), '0', `seed 000 line ${n} is a 上年结转 cell`);
    lines[n - 1] = '2';
  }
  for (const n of Object.values(CARRY_OUT)) assert.equal(lines[n - 1].trim(), '0', `seed 000 line ${n} is a 结转下年度 cell`);
  return lines.join('\n');
}

// In different folders: the server looks through the workspace, not only the draft's folder.
const LAST_NAME = 'report-2021.txt';
const LAST = 'archive/2021/' + LAST_NAME;
const DRAFT = 'drafts/draft-2022.txt';

let s;
before(
  async () => {
    s = await startSession({ files: { [LAST]: SEED_000, [DRAFT]: thisYear() } });
  },
  { timeout: 180000 },
);
after(async () => {
  if (s) await s.stop();
});

test('a draft shows cross-year-carryover against last year’s report in the workspace, related to its cell', { timeout: 150000 }, () =>
  s.guard('cross-year', async () => {
    await openFile(s.wb, DRAFT);
    await waitForActivation(s);
    const ps = await waitForFileProblems(s.wb, DRAFT, (list) => list.filter((p) => hasCode(p, 'cross-year-carryover')).length === 2, {
      timeout: 90000,
      what: 'cross-year-carryover in the natural-person and total columns',
    });
    const found = ps.filter((p) => hasCode(p, 'cross-year-carryover')).sort((a, b) => a.line - b.line);
    assert.deepEqual(
      found.map((p) => p.line),
      [CARRY_IN.natural, CARRY_IN.total],
      summarize(found),
    );
    for (const [k, p] of found.entries()) {
      assert.equal(p.severity, 'warning', summarize([p]));
      assert.ok(p.message.includes(LAST_NAME), `the message names last year's file:\n${summarize([p])}`);
      assert.match(p.message, /\b2\b.*\b0\b/, `this year's 2 and last year's 0 (in the UI's language):\n${summarize([p])}`);
      assert.equal(p.related.length, 1, `one related location:\n${JSON.stringify(p.related)}`);
      const rel = p.related[0];
      assert.equal(rel.file, LAST_NAME, JSON.stringify(rel));
      assert.equal(rel.line, k === 0 ? CARRY_OUT.natural : CARRY_OUT.total, JSON.stringify(rel));
    }
    // Last year's report was never opened: it is read from disk, and is not itself reported on.
    assert.ok(!ps.some((p) => p.file === LAST_NAME), summarize(ps));
  }),
);
