'use strict';
// The Outline view shows the report's structure; hovering a total shows the sum behind it.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const { SHOTS, startSession, openFile, waitForActivation, waitForFileProblems, hoverText, flattenOutline, seedLine, showOutlineLarge } = require('./helpers');

const SECTIONS = [
  '总体情况',
  '主动公开政府信息情况',
  '收到和处理政府信息公开申请情况',
  '政府信息公开行政复议',
  '存在的主要问题及改进情况',
  '其他需要报告的事项',
];

let s;
before(
  async () => {
    s = await startSession({ files: { 'seed-000.txt': { seed: '000' }, 'seed-002.txt': { seed: '002' } } });
  },
  { timeout: 180000 },
);
after(async () => {
  if (s) await s.stop();
});

test('Outline: the six sections of seed 000 with their sub-sections and tables', { timeout: 120000 }, () =>
  s.guard('outline', async () => {
    await openFile(s.wb, 'seed-000.txt');
    await waitForActivation(s);
    // the language server has the document once its findings are shown
    await waitForFileProblems(s.wb, 'seed-000.txt', (ps) => ps.length > 0, { timeout: 90000 });
    await openFile(s.wb, 'seed-000.txt');
    let tree;
    let flat;
    await s.wb
      .waitFor(
        async () => {
          tree = await s.wb.outline({ minItems: 6 });
          flat = flattenOutline(tree);
          return SECTIONS.every((t) => flat.some((f) => f.label.includes(t)));
        },
        { timeout: 60000, interval: 1000, what: 'the six sections in the Outline' },
      )
      .catch((e) => {
        e.message += `\nOutline shows:\n${(flat || []).map((f) => `${'  '.repeat(f.depth)}${f.label} (${f.kind})`).join('\n')}`;
        throw e;
      });
    const dump = flat.map((f) => `${'  '.repeat(f.depth)}${f.label} (${f.kind})`).join('\n');
    const sections = SECTIONS.map((t) => flat.find((f) => f.label.includes(t)));
    // all six at one level, in document order, none of them a table-三 row label
    assert.equal(new Set(sections.map((x) => x.depth)).size, 1, `six sections at one level:\n${dump}`);
    const siblings = flat.filter((f) => f.depth === sections[0].depth).map((f) => f.label);
    const order = sections.map((x) => siblings.indexOf(x.label));
    assert.ok(
      order.every((v, i) => i === 0 || v > order[i - 1]),
      `sections in document order:\n${dump}`,
    );
    assert.ok(!siblings.some((l) => /本年新收|结转下年度/.test(l)), `table rows are not sections:\n${dump}`);
    // 一、总体情况 has its sub-sections (（一）主动公开情况 … （五）监督保障情况)
    const overall = sections[0].node;
    assert.ok(overall.children.length >= 4, `总体情况 sub-sections:\n${dump}`);
    assert.ok(
      overall.children.some((c) => c.label.includes('主动公开情况')),
      dump,
    );
    assert.ok(
      overall.children.some((c) => c.label.includes('监督保障情况')),
      dump,
    );
    // sections 二, 三, 四 each hold a table
    for (const i of [1, 2, 3]) {
      assert.ok(sections[i].node.children.length >= 1, `${sections[i].label} has its table:\n${dump}`);
    }
    // for the picture: fold the file list away, widen the side bar, show the Outline from the top
    await showOutlineLarge(s.wb);
    await s.wb.screenshot(path.join(SHOTS, 'outline.png'));
  }),
);

test('Hover on seed 000 （七）总计 row, 总计 column: the equation behind the total', { timeout: 120000 }, () =>
  s.guard('hover', async () => {
    await openFile(s.wb, 'seed-000.txt');
    // one cell per line: 501 is the row label （七）总计, 503..515 its seven cells; 515 is the 总计 column
    assert.match(seedLine('000', 501), /^[(（]七[)）]总计$/);
    assert.equal(seedLine('000', 515), '1');
    const text = await hoverText(s.wb, 515, 1, { want: /=/, screenshot: path.join(SHOTS, 'hover.png') });
    // the UI is in English here; labels may come in either language
    assert.match(text, /=/, text);
    assert.match(text, /总计|Total/, `the hover names the row/column (总计): ${text}`);
    assert.match(text, /自然人|Natural person/, `the hover names the summed columns: ${text}`);
    assert.match(text, /法人|Businesses|Research|Legal service|Others|其他/, `the hover names the summed columns: ${text}`);
  }),
);
