'use strict';
// Team and CI workflows in the editor, as a person sees them: a rule turned off in the team's
// .gov-report-lint.jsonc leaves the Problems panel (and a mistake in that file shows on it), the
// "Suppress this finding" quick fix removes a finding (an entry in the suppressions file beside a
// .txt draft, a comment above the line in a .md draft), and "Check All Drafts in Workspace" shows
// its progress and fills the Problems panel with the findings of drafts nobody opened.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const {
  SHOTS,
  NOTES_TXT,
  startSession,
  openFile,
  waitForActivation,
  waitForFileProblems,
  applyQuickFix,
  readProblems,
  setProblemsFilter,
  parkMouse,
  columnOf,
  lineOf,
  summarize,
  hasCode,
  dragPartEdge,
  log,
} = require('./helpers');

const CHECK = 'Gov Report: Check All Drafts in Workspace';
const SUPPRESSIONS = 'gov-report-lint-suppressions.json';

/** Drafts nobody opens: enough of them that the check's progress is on screen for a while. */
const DRAFTS = {};
for (let i = 0; i < 40; i++) {
  const seed = ['000', '001', '002', '003', '004'][i % 5];
  DRAFTS[`reports/d${String(i).padStart(2, '0')}-${seed}.${i % 4 === 3 ? 'md' : 'txt'}`] = { seed };
}

let s;
before(
  async () => {
    s = await startSession({
      files: {
        'config/seed-002.txt': { seed: '002' },
        'suppress/seed-002.txt': { seed: '002' },
        'suppress/seed-000.md': { seed: '000' },
        ...DRAFTS,
        'reports/notes.txt': NOTES_TXT,
      },
      settings: { 'editor.wordWrap': 'on' },
    });
  },
  { timeout: 180000 },
);
after(async () => {
  if (s) await s.stop();
});

const has = (ps, code, line) => ps.some((p) => hasCode(p, code) && (line === undefined || p.line === line));

test('a rule turned off in .gov-report-lint.jsonc leaves the Problems panel; a mistake in the file is shown on it', { timeout: 150000 }, () =>
  s.guard('team-config', async () => {
    await openFile(s.wb, 'config/seed-002.txt');
    await waitForActivation(s);
    await waitForFileProblems(s.wb, 'seed-002.txt', (ps) => has(ps, 'punctuation-halfwidth') && has(ps, 'table-balance'), {
      timeout: 90000,
      what: 'punctuation-halfwidth and table-balance',
    });
    // as a `git pull` brings it: written on disk, not typed in the editor
    fs.writeFileSync(s.file('config/.gov-report-lint.jsonc'), '{\n  "rules": {\n    "punctuation-halfwidth": "off",\n    "tabel-balance": "off"\n  }\n}\n');
    const ps = await waitForFileProblems(s.wb, 'config/seed-002.txt', (list) => !has(list, 'punctuation-halfwidth') && has(list, 'table-balance'), {
      timeout: 60000,
      what: 'punctuation-halfwidth gone, table-balance kept',
    });
    assert.ok(has(ps, 'table-cell-empty', 58), summarize(ps));
    const onConfig = await waitForFileProblems(
      s.wb,
      '.gov-report-lint.jsonc',
      (list) => list.some((p) => /tabel-balance/.test(p.message) && p.source === 'gov-report-lint'),
      {
        timeout: 30000,
        what: 'the unknown rule id reported on the config file',
      },
    );
    const problem = onConfig.find((p) => p.source === 'gov-report-lint');
    assert.equal(problem.line, 4, summarize(onConfig));
    assert.equal(problem.severity, 'error');
  }),
);

test('"Suppress this finding" on a .txt draft records it in the suppressions file, and the finding leaves the Problems panel', { timeout: 150000 }, () =>
  s.guard('team-suppress-txt', async () => {
    await openFile(s.wb, 'suppress/seed-002.txt');
    await waitForFileProblems(s.wb, 'suppress/seed-002.txt', (ps) => has(ps, 'other-matters-fee-missing', 70) && has(ps, 'table-balance'), {
      timeout: 90000,
      what: 'other-matters-fee-missing on line 70',
    });
    const { applied } = await applyQuickFix(s.wb, 70, 3, (t) => /^Suppress this other-matters-fee-missing|屏蔽此问题.*other-matters-fee-missing/.test(t));
    log(`applied "${applied}"`);
    await waitForFileProblems(s.wb, 'suppress/seed-002.txt', (ps) => !has(ps, 'other-matters-fee-missing') && has(ps, 'table-balance'), {
      timeout: 60000,
      what: 'other-matters-fee-missing gone, table-balance kept',
    });
    // saved beside the draft, so the CLI suppresses it too
    const saved = JSON.parse(fs.readFileSync(s.file(`suppress/${SUPPRESSIONS}`), 'utf8'));
    assert.deepEqual(
      saved.suppressions.map((e) => [e.rule, e.file, e.anchor]),
      [['other-matters-fee-missing', 'seed-002.txt', '六、其他需要报告的事项']],
    );
    assert.equal(lineOf(fs.readFileSync(s.file('suppress/seed-002.txt'), 'utf8'), 70), '六、其他需要报告的事项', 'the draft itself is untouched');
  }),
);

test('"Suppress this finding" on a .md draft inserts a comment above the line, and the finding leaves the Problems panel', { timeout: 150000 }, () =>
  s.guard('team-suppress-md', async () => {
    await openFile(s.wb, 'suppress/seed-000.md');
    await waitForFileProblems(s.wb, 'suppress/seed-000.md', (ps) => has(ps, 'number-stray-unit', 17), { timeout: 90000, what: 'number-stray-unit on line 17' });
    const col = columnOf('000', 17, '万22.1万人次') + 1;
    await applyQuickFix(s.wb, 17, col, (t) => /^Suppress number-stray-unit here|屏蔽此问题.*number-stray-unit/.test(t));
    const text = await s.wb.editorText();
    assert.match(lineOf(text, 17), /^\s*<!-- gov-report-lint-disable-next-line number-stray-unit -->$/);
    assert.ok(lineOf(text, 18).includes('万22.1万人次'), 'the flagged text is kept');
    const ps = await waitForFileProblems(
      s.wb,
      'suppress/seed-000.md',
      (list) => !has(list, 'number-stray-unit', 18) && has(list, 'number-fraction-count', 30),
      {
        timeout: 60000,
        what: 'number-stray-unit gone',
      },
    );
    assert.ok(!has(ps, 'suppression-unused'), summarize(ps));
    await s.wb.save();
  }),
);

test(`"${CHECK}" shows "n / m" progress and fills the Problems panel with the findings of closed drafts`, { timeout: 240000 }, () =>
  s.guard('team-workspace', async () => {
    assert.deepEqual(await readProblems(s.wb, 'reports/d02-002.txt'), [], 'a closed draft is not linted until asked');
    // for the picture: no editors, a tall Problems panel showing the drafts nobody opened
    await s.wb.runCommand('View: Close All Editors');
    await setProblemsFilter(s.wb, '**/reports/**');
    await dragPartEdge(s.wb, '.part.panel', 'top', { dy: -250 });
    await parkMouse(s.wb);
    await s.wb.clearNotifications();
    await s.wb.runCommand(CHECK);
    const progress = await s.wb.waitFor(
      async () => (await s.wb.notifications()).find((m) => /checking all drafts|正在检查/i.test(m) && /\b([1-9]\d*) \/ \d+/.test(m)),
      { timeout: 60000, interval: 100, what: 'the progress notification with "n / m"' },
    );
    // a picture with the progress still running and a few drafts' findings in the panel already
    const inPicture = await s.wb
      .waitFor(
        async () => {
          const now = (await s.wb.notifications()).find((m) => /(\d+) \/ \d+/.test(m));
          return now && Number(/(\d+) \/ \d+/.exec(now)[1]) >= 8 ? now : null;
        },
        { timeout: 20000, interval: 100, what: 'the check past its eighth draft' },
      )
      .catch(() => progress);
    await s.wb.screenshot(path.join(SHOTS, 'workspace-check.png'));
    log(`in the picture: ${inPicture}`);
    const [, done, total] = /(\d+) \/ (\d+)/.exec(progress);
    log(`progress seen: ${progress}`);
    assert.equal(Number(total), Object.keys(DRAFTS).length + 4, 'every draft of the workspace (notes.txt and the drafts opened above included)');
    assert.ok(Number(done) < Number(total), progress);
    // done, or nearly: one of the last drafts of the walk has its findings (the summary toast may have come and gone)
    await waitForFileProblems(s.wb, 'reports/d39-004.md', (ps) => ps.length > 0, { timeout: 180000, what: 'the last draft checked' });
    const closed = await waitForFileProblems(s.wb, 'reports/d02-002.txt', (ps) => has(ps, 'table-balance', 43) && has(ps, 'other-matters-fee-missing'), {
      timeout: 30000,
      what: "a closed draft's findings",
    });
    assert.ok(
      closed.every((p) => p.source === 'gov-report-lint'),
      summarize(closed),
    );
    assert.ok((await readProblems(s.wb, 'reports/d03-003.md')).length > 0, 'a closed Markdown draft too');
    assert.deepEqual(await readProblems(s.wb, 'reports/notes.txt'), [], 'a file that is not a report gets nothing');
  }),
);
