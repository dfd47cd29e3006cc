'use strict';
// Fixes, as a person applies them: a quick fix picked from Ctrl+., and the fix-all command from
// the Command Palette (safe fixes only). Checked on the document text the editor holds.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const {
  SHOTS,
  startSession,
  openFile,
  waitForActivation,
  waitForFileProblems,
  applyQuickFix,
  problemsToTop,
  NOT_A_FIX,
  columnOf,
  seedLine,
  lineOf,
  summarize,
  hasCode,
} = require('./helpers');

const FIX_ALL = 'Gov Report: Fix All Auto-Fixable Problems';

let s;
before(
  async () => {
    s = await startSession({
      files: {
        'seed-000.txt': { seed: '000' },
        'seed-002.txt': { seed: '002' },
        'fixall-000.txt': { seed: '000' },
        'fixall-002.txt': { seed: '002' },
      },
      // long prose lines wrap, so the flagged text and the Quick Fix menu are both in the picture
      settings: { 'editor.wordWrap': 'on' },
    });
  },
  { timeout: 180000 },
);
after(async () => {
  if (s) await s.stop();
});

const has = (ps, code, line) => ps.some((p) => hasCode(p, code) && (line === undefined || p.line === line));
const numbersIn = (line) => (line.match(/\d+/g) || []).map(Number);

test('quick fix on seed 000 line 17: "万22.1万人次" becomes "22.1万人次"', { timeout: 120000 }, () =>
  s.guard('quickfix-000', async () => {
    await openFile(s.wb, 'seed-000.txt');
    await waitForActivation(s);
    await waitForFileProblems(s.wb, 'seed-000.txt', (ps) => has(ps, 'number-stray-unit', 17), { timeout: 90000, what: 'number-stray-unit on line 17' });
    const col = columnOf('000', 17, '万22.1万人次') + 1; // inside the flagged text
    await problemsToTop(s.wb); // the panel in the picture starts with this file's warnings
    const { applied } = await applyQuickFix(s.wb, 17, col, (t) => !NOT_A_FIX.test(t), { screenshot: path.join(SHOTS, 'quickfix.png') });
    const text = await s.wb.editorText();
    const line = lineOf(text, 17);
    assert.ok(line.includes('累计阅读量22.1万人次'), `after "${applied}", line 17 reads:\n${line}`);
    assert.ok(!line.includes('万22.1万'), line);
    // the rest of the line is untouched
    assert.equal(line, seedLine('000', 17).replace('万22.1万人次', '22.1万人次'));
    await waitForFileProblems(s.wb, 'seed-000.txt', (ps) => !has(ps, 'number-stray-unit', 17) && has(ps, 'number-fraction-count', 29), {
      timeout: 30000,
      what: 'number-stray-unit gone after the fix',
    });
  }),
);

test('quick fix on seed 002 line 58: the empty （七）总计 row gets the computed sums', { timeout: 120000 }, () =>
  s.guard('quickfix-002', async () => {
    await openFile(s.wb, 'seed-002.txt');
    await waitForFileProblems(s.wb, 'seed-002.txt', (ps) => has(ps, 'table-cell-empty', 58), { timeout: 90000, what: 'table-cell-empty on line 58' });
    const { applied, available } = await applyQuickFix(
      s.wb,
      58,
      2,
      (t) => !NOT_A_FIX.test(t) && /0 0 0 4 0 0 4|0, 0, 0, 4|计算|合计|总计|sum|total|comput|fill|填|写入|write/i.test(t),
    );
    const line = lineOf(await s.wb.editorText(), 58);
    assert.match(line, /^\s*[(（]七[)）]\s*总计/, `line 58 keeps its label: ${line}`);
    assert.deepEqual(
      numbersIn(line.replace(/^\s*[(（]七[)）]\s*总计/, '')),
      [0, 0, 0, 4, 0, 0, 4],
      `after "${applied}" (offered: ${JSON.stringify(available)}), line 58 reads:\n${line}`,
    );
    await waitForFileProblems(s.wb, 'seed-002.txt', (ps) => !has(ps, 'table-cell-empty', 58) && has(ps, 'table-balance'), {
      timeout: 30000,
      what: 'table-cell-empty:58 gone, table-balance still there',
    });
  }),
);

test(`"${FIX_ALL}" from the Command Palette applies the safe fixes and leaves the others`, { timeout: 150000 }, () =>
  s.guard('fixall', async () => {
    // seed 002: the empty total row is filled (safe); the imbalance needs a person (not safe)
    await openFile(s.wb, 'fixall-002.txt');
    await waitForFileProblems(s.wb, 'fixall-002.txt', (ps) => has(ps, 'table-cell-empty', 58) && has(ps, 'table-balance'), {
      timeout: 90000,
      what: 'table-cell-empty:58 and table-balance',
    });
    await s.wb.focusEditor();
    await s.wb.runCommand(FIX_ALL);
    const text002 = await s.wb.waitFor(
      async () => {
        const t = await s.wb.editorText();
        return numbersIn(lineOf(t, 58)).length >= 7 ? t : null;
      },
      { timeout: 30000, what: 'fix-all to fill line 58' },
    );
    assert.deepEqual(numbersIn(lineOf(text002, 58).replace(/^\s*[(（]七[)）]\s*总计/, '')), [0, 0, 0, 4, 0, 0, 4], lineOf(text002, 58));
    assert.equal(lineOf(text002, 43), seedLine('002', 43), 'fix-all must not touch the unbalanced row');
    const after002 = await waitForFileProblems(s.wb, 'fixall-002.txt', (ps) => !has(ps, 'table-cell-empty', 58) && has(ps, 'table-balance'), {
      timeout: 30000,
      what: 'table-balance left after fix-all',
    });
    assert.ok(has(after002, 'other-matters-fee-missing'), `other-matters-fee-missing has no safe fix:\n${summarize(after002)}`);

    // seed 000: every half-width punctuation mark is converted; the fractional count stays
    await openFile(s.wb, 'fixall-000.txt');
    const before000 = await waitForFileProblems(s.wb, 'fixall-000.txt', (ps) => has(ps, 'punctuation-halfwidth') && has(ps, 'number-fraction-count', 29), {
      timeout: 90000,
      what: 'punctuation-halfwidth and number-fraction-count',
    });
    await s.wb.focusEditor();
    await s.wb.runCommand(FIX_ALL);
    const after000 = await waitForFileProblems(s.wb, 'fixall-000.txt', (ps) => !has(ps, 'punctuation-halfwidth') && has(ps, 'number-fraction-count', 29), {
      timeout: 60000,
      what: 'no punctuation-halfwidth left, number-fraction-count kept',
    });
    const text000 = await s.wb.editorText();
    assert.ok(lineOf(text000, 13).includes('2021年，兴安盟司法局'), `line 13: ${lineOf(text000, 13)}`);
    assert.ok(lineOf(text000, 3).includes('2022-01-26 16:48'), `dates and times stay: ${lineOf(text000, 3)}`);
    assert.ok(after000.length < before000.length, `${before000.length} findings before, ${after000.length} after`);
  }),
);
