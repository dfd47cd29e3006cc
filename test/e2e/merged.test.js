'use strict';
// A file of merged departmental drafts, as a reviewer opens it: each draft is its own report in
// the Outline, and the Problems panel holds each draft's findings, not "every section five times".
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const {
  SEEDS,
  SHOTS,
  startSession,
  openFile,
  waitForActivation,
  waitForFileProblems,
  flattenOutline,
  summarize,
  hasCode,
  showOutlineLarge,
} = require('./helpers');

const ORDER = ['002_fd806472b05b3a75.txt', '000_0131eef5f6c80757.txt', '001_1091e914623cb50c.txt'];
const merged = ORDER.map((n) => {
  const t = fs.readFileSync(path.join(SEEDS, n), 'utf8');
  return t.endsWith('\n') ? t : `${t}\n`;
}).join('');
/** 1-based line where the third draft (seed 001, which has no title) starts. */
const thirdLine = merged.slice(0, merged.lastIndexOf('一、总体情况')).split('\n').length;

let s;
before(
  async () => {
    s = await startSession({ files: { '汇总-merged.txt': merged } });
  },
  { timeout: 180000 },
);
after(async () => {
  if (s) await s.stop();
});

test('merged drafts: one Outline node per report, each draft checked on its own', { timeout: 150000 }, () =>
  s.guard('merged', async () => {
    await openFile(s.wb, '汇总-merged.txt');
    await waitForActivation(s);
    const ps = await waitForFileProblems(s.wb, '汇总-merged.txt', (list) => list.some((p) => hasCode(p, 'title-missing')), {
      timeout: 90000,
      what: 'title-missing for the third draft',
    });
    const missing = ps.filter((p) => hasCode(p, 'title-missing'));
    assert.equal(missing.length, 1, `only the third draft lacks a title:\n${summarize(missing)}`);
    assert.ok(Math.abs(missing[0].line - thirdLine) <= 1, `title-missing at the third draft (line ${thirdLine}):\n${summarize(missing)}`);
    assert.ok(!ps.some((p) => hasCode(p, 'section-duplicate')), `the drafts' sections are not duplicates of each other:\n${summarize(ps)}`);
    assert.ok(ps.filter((p) => hasCode(p, 'table-balance')).length >= 1, `each draft keeps its arithmetic checks:\n${summarize(ps)}`);

    let flat = [];
    await s.wb
      .waitFor(
        async () => {
          const tree = await s.wb.outline({ minItems: 3 });
          flat = flattenOutline(tree);
          return flat.filter((f) => f.depth === 0).length === 3;
        },
        { timeout: 60000, interval: 1000, what: 'three reports at the top of the Outline' },
      )
      .catch((e) => {
        e.message += `\nOutline shows:\n${flat.map((f) => `${'  '.repeat(f.depth)}${f.label}`).join('\n')}`;
        throw e;
      });
    const dump = flat.map((f) => `${'  '.repeat(f.depth)}${f.label}`).join('\n');
    const roots = flat.filter((f) => f.depth === 0);
    assert.match(roots[0].label, /阿拉善盟阿右旗民政局/, dump);
    assert.match(roots[1].label, /兴安盟司法局/, dump);
    assert.match(roots[2].label, /报告 3|Report 3/, `the untitled draft is named by its number:\n${dump}`);
    for (const r of roots)
      assert.ok(
        r.node.children.some((c) => /总体情况/.test(c.label)),
        `${r.label} has its sections:\n${dump}`,
      );
    // The picture: the three reports folded, so each shows as one line of the Outline.
    await showOutlineLarge(s.wb);
    for (let i = 0; i < 3; i++) {
      await s.wb.press('ArrowLeft');
      await s.wb.press('ArrowDown');
    }
    await s.wb.press('Home');
    await s.wb.page.waitForTimeout(300);
    await s.wb.screenshot(path.join(SHOTS, 'merged-outline.png'));
  }),
);
