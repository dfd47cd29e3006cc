'use strict';
// The Problems panel, as a person sees it: seed drafts get their findings with rule codes,
// an ordinary text file gets none.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const {
  SHOTS,
  NOTES_TXT,
  startSession,
  openFile,
  waitForActivation,
  readProblems,
  problemsToTop,
  dragPartEdge,
  waitForFileProblems,
  summarize,
  hasCode,
} = require('./helpers');

let s;
before(
  async () => {
    s = await startSession({
      files: { 'seed-000.txt': { seed: '000' }, 'seed-002.txt': { seed: '002' }, 'notes.txt': NOTES_TXT },
    });
  },
  { timeout: 180000 },
);
after(async () => {
  if (s) await s.stop();
});

const has = (ps, code, line) => ps.some((p) => hasCode(p, code) && (line === undefined || p.line === line));

test('the extension activates when a draft is opened', { timeout: 90000 }, () =>
  s.guard('activation', async () => {
    // notes.txt first: the server has it well before the seeds' findings show up
    await openFile(s.wb, 'notes.txt');
    await openFile(s.wb, 'seed-002.txt');
    await waitForActivation(s);
    const notes = await s.wb.notifications();
    assert.ok(
      !notes.some((n) => /gov.?report|activat|激活/i.test(n) && /fail|error|失败|错误/i.test(n)),
      `activation error notification: ${JSON.stringify(notes)}`,
    );
  }),
);

test('seed 002: table-balance, table-cell-empty on lines 58 and 59, other-matters-fee-missing', { timeout: 120000 }, () =>
  s.guard('problems-002', async () => {
    await openFile(s.wb, 'seed-002.txt');
    const ps = await waitForFileProblems(
      s.wb,
      'seed-002.txt',
      (list) => has(list, 'table-balance') && has(list, 'table-cell-empty', 58) && has(list, 'table-cell-empty', 59) && has(list, 'other-matters-fee-missing'),
      { timeout: 90000, what: 'the four expected findings' },
    );
    const balance = ps.find((p) => hasCode(p, 'table-balance'));
    assert.equal(balance.severity, 'error', summarize([balance]));
    assert.ok(
      ps.every((p) => !p.source || p.source === 'gov-report-lint'),
      `sources: ${summarize(ps)}`,
    );
    // nothing a correct linter must not say about this seed
    for (const bad of ['section-missing', 'table-template-outdated']) {
      assert.ok(!has(ps, bad), `${bad} must not be reported for seed 002:\n${summarize(ps)}`);
    }
    // the squiggles are in the editor too: put line 58 in view and look
    await s.wb.gotoLine(58, 1);
    await s.wb.waitFor(async () => (await s.wb.squiggles()).some((q) => q.line === 58), { timeout: 15000, what: 'a squiggle on line 58' });
    await dragPartEdge(s.wb, '.part.panel', 'top', { dy: -200 }); // a taller Problems panel
    await readProblems(s.wb, 'seed-002.txt');
    await s.wb.gotoLine(58, 1); // keep line 58 and its squiggle in view above the panel
    await problemsToTop(s.wb); // the error and the warnings come first
    await s.wb.screenshot(path.join(SHOTS, 'problems.png'));
  }),
);

test('seed 000: number-stray-unit on line 17, number-fraction-count on line 29', { timeout: 120000 }, () =>
  s.guard('problems-000', async () => {
    await openFile(s.wb, 'seed-000.txt');
    const ps = await waitForFileProblems(s.wb, 'seed-000.txt', (list) => has(list, 'number-stray-unit', 17) && has(list, 'number-fraction-count', 29), {
      timeout: 90000,
      what: 'number-stray-unit:17 and number-fraction-count:29',
    });
    assert.ok(has(ps, 'punctuation-halfwidth'), `punctuation-halfwidth expected:\n${summarize(ps)}`);
    const arithmetic = ps.filter((p) => /^table-(balance|sum|total)/.test(p.code || ''));
    assert.deepEqual(arithmetic, [], `seed 000's tables balance:\n${summarize(arithmetic)}`);
    assert.ok(!has(ps, 'section-missing') && !has(ps, 'table-template-outdated'), summarize(ps));
  }),
);

test('a plain .txt that is not a report gets no diagnostics', { timeout: 60000 }, () =>
  s.guard('not-a-report', async () => {
    // the seeds opened after notes.txt have their findings by now; give notes.txt a few more
    // polls in case its (wrong) diagnostics were late, then look at the panel and the editor
    for (let i = 0; i < 6; i++) {
      const ps = await readProblems(s.wb, 'notes.txt');
      assert.deepEqual(ps, [], `notes.txt must get no diagnostics:\n${summarize(ps)}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    // the same panel, filtered the same way, does list a report's findings
    assert.ok((await readProblems(s.wb, 'seed-000.txt')).length > 0, 'seed-000.txt has findings');
    await openFile(s.wb, 'notes.txt');
    assert.deepEqual(await s.wb.squiggles(), [], 'no squiggles in notes.txt');
  }),
);
