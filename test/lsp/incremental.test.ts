// A file of merged drafts: the server parses and lints each report on its own
// and reuses the unchanged ones across versions. Whatever it reused, it must
// answer exactly what a fresh lint of the new text gives, and every feature
// must find the report under the cursor.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { LspClient } from './client';
import { applyTextEdits, editsOf, mergedSeeds, positionAt, seed, clientPool, type Pos } from './helpers';

const pool = clientPool();
// Five merged seeds have more findings than the default cap; these tests compare everything.
const start = (opts: Parameters<typeof pool>[0] = {}) => pool({ configuration: () => ({ maxProblems: 0 }), ...opts });
const ORDER = ['000', '002', '001', '003', '004'];
const URI = 'file:///merged/汇总.report.txt';
const SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 } as const;
const FILE = 1;

/** What a server that never saw an earlier version publishes for this text. */
async function fresh(text: string): Promise<any[]> {
  const c = await start();
  c.open(URI, text);
  return c.diagnostics(URI, 1, 30000);
}

/** Replace [from, to) of the text, as an editor's incremental didChange would. */
function edit(c: LspClient, text: string, version: number, from: number, to: number, insert: string): string {
  c.change(URI, version, [{ range: { start: positionAt(text, from), end: positionAt(text, to) }, text: insert }]);
  return text.slice(0, from) + insert + text.slice(to);
}

const shiftPos = (p: Pos, lines: number) => ({ line: p.line + lines, character: p.character });

/** The core lint of the whole text, placed in lines by the test's own position arithmetic. */
function fromCore(text: string) {
  return lint(text, { template: 'auto', rules: {}, force: true }).findings.map((f) => ({
    code: f.rule,
    severity: SEVERITY[f.severity],
    message: f.message.zh,
    range: { start: positionAt(text, f.range.start), end: positionAt(text, f.range.end) },
  }));
}

const project = (diags: any[]) => diags.map((d) => ({ code: d.code, severity: d.severity, message: d.message, range: d.range }));

test('a merged file is linted per report: diagnostics are those of the core lint of the whole text (LF and CRLF)', async () => {
  const { text: lf } = mergedSeeds(ORDER);
  for (const text of [lf, lf.replace(/\n/g, '\r\n')]) {
    const core = lint(text, { force: true });
    assert.equal(core.parts.length, ORDER.length, 'the core sees five reports');
    const c = await start();
    c.open(URI, text);
    const diags = await c.diagnostics(URI, 1);
    assert.deepEqual(project(diags), fromCore(text));
    const status = await c.waitFor((n) => n.method === 'govReport/status' && n.params.uri === URI);
    assert.equal(status.params.count, core.findings.length);
    assert.equal(status.params.year, core.parts[0].report?.year, 'the status names the first report');
  }
});

test('after edits in one report, moved reports and a changed split, diagnostics equal a fresh lint', async () => {
  const { text: original, starts } = mergedSeeds(ORDER);
  const c = await start();
  c.open(URI, original);
  const v1 = await c.diagnostics(URI, 1);
  let text = original;

  // 1. A digit typed inside report 2: nothing moves.
  const inReport2 = text.indexOf('\n', starts[1] + 200) + 1;
  text = edit(c, text, 2, inReport2, inReport2, '共１２件，');
  const v2 = await c.diagnostics(URI, 2);
  assert.deepEqual(v2, await fresh(text));
  const line = positionAt(text, inReport2).line;
  assert.ok(
    v2.some((d) => d.code === 'number-fullwidth-digit' && d.range.start.line === line),
    'the edit is seen',
  );
  const outside = (ds: any[]) =>
    ds.filter((d) => d.range.start.line < positionAt(text, starts[1]).line || d.range.start.line >= positionAt(text, starts[2]).line);
  assert.deepEqual(outside(v2), outside(v1), 'the other reports keep their diagnostics');

  // 1b. A digit of a table total in report 1 changed: same length, so only the text tells the versions apart.
  const total = text.search(/[(（]七[)）]总计/);
  const digit = total + text.slice(total).search(/\d/);
  text = edit(c, text, 3, digit, digit + 1, String((Number(text[digit]) + 1) % 10));
  const v2b = await c.diagnostics(URI, 3);
  assert.deepEqual(v2b, await fresh(text));
  assert.notDeepEqual(v2b, v2, 'the changed total changes the findings');

  // 2. A line inserted at the top: every later report moves down one line.
  text = edit(c, text, 4, 0, 0, '草稿，请勿外传\n');
  const v3 = await c.diagnostics(URI, 4);
  assert.deepEqual(v3, await fresh(text));
  assert.deepEqual(project(v3), fromCore(text));

  // 3. Report 4 replaced by a copy of report 1: two reports with the same text.
  const r4 = text.indexOf(seed('003').text);
  assert.ok(r4 > 0);
  text = edit(c, text, 5, r4, r4 + seed('003').text.length, seed('000').text);
  const v4 = await c.diagnostics(URI, 5);
  assert.deepEqual(v4, await fresh(text));

  // 4. Report 2's first section heading deleted: the split changes around it.
  const heading = text.indexOf('一、总体情况', text.indexOf(seed('002').text.slice(0, 20)));
  assert.ok(heading > 0);
  text = edit(c, text, 6, heading, heading + '一、总体情况'.length, '');
  const v5 = await c.diagnostics(URI, 6);
  assert.deepEqual(v5, await fresh(text));
  assert.deepEqual(project(v5), fromCore(text));

  // 5. Everything deleted but one report, then typed back: the single-report path again.
  const only = seed('002').text;
  text = edit(c, text, 7, 0, text.length, only);
  assert.deepEqual(await c.diagnostics(URI, 7), await fresh(text));
});

test('outline: one node per report, named by its title, with its own outline under it', async () => {
  const { text, starts } = mergedSeeds(ORDER);
  const core = lint(text, { force: true });
  const c = await start();
  c.open(URI, text);
  const symbols = await c.request<any[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
  assert.equal(symbols.length, ORDER.length);
  const names = core.parts.map((p, i) => p.report?.title?.text.replace(/\s+/g, ' ').trim() ?? `报告 ${i + 1}`);
  assert.deepEqual(
    symbols.map((s) => s.name),
    names,
  );
  assert.ok(names.includes('报告 3') && names.includes('报告 5'), 'seeds 001 and 004 have no title line');
  for (const [i, s] of symbols.entries()) {
    assert.equal(s.kind, FILE);
    assert.equal(s.range.start.line, positionAt(text, core.parts[i].range.start).line, `report ${i + 1} starts where the core splits`);
    if (i > 0) assert.ok(s.range.start.line >= symbols[i - 1].range.end.line, 'reports do not overlap');
  }
  // Each report's children are the outline of that draft alone, moved to where it lies.
  const alone = await start();
  for (const [i, prefix] of ORDER.entries()) {
    const s = seed(prefix);
    alone.open(s.uri, s.text);
    const own = await alone.request<any[]>('textDocument/documentSymbol', { textDocument: { uri: s.uri } });
    const lines = positionAt(text, starts[i]).line;
    // Compared by start: the last section of a draft ends with the draft, which in the merge includes the separator line.
    const moved = (n: any): any => ({ name: n.name, kind: n.kind, start: shiftPos(n.range.start, lines), children: (n.children ?? []).map(moved) });
    const placed = (n: any): any => ({ name: n.name, kind: n.kind, start: n.range.start, children: (n.children ?? []).map(placed) });
    assert.ok(own.length >= 3, `seed ${prefix} has an outline`);
    assert.deepEqual(symbols[i].children.map(placed), own.map(moved), `outline of report ${i + 1}`);
    for (const child of symbols[i].children) {
      assert.ok(child.range.start.line >= symbols[i].range.start.line && child.range.end.line <= symbols[i].range.end.line, 'inside its report');
    }
  }
  const en = await start({ locale: 'en' });
  en.open(URI, text);
  const enSymbols = await en.request<any[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
  assert.equal(enSymbols[2].name, 'Report 3');
  const folds = await c.request<any[]>('textDocument/foldingRange', { textDocument: { uri: URI } });
  for (const s of symbols)
    assert.ok(
      folds.some((f) => f.startLine === s.range.start.line && f.endLine > f.startLine),
      `fold for ${s.name}`,
    );
});

test('hover in the second report explains its own table cell', async () => {
  const { text, starts } = mergedSeeds(['002', '000', '001']);
  const s = seed('000');
  const label = s.text.search(/[(（]七[)）]总计/);
  assert.ok(label >= 0, 'seed 000 has a （七）总计 row');
  const digit = label + s.text.slice(label + 5).search(/\d/) + 5;
  const alone = await start();
  alone.open(s.uri, s.text);
  const own = await alone.request('textDocument/hover', { textDocument: { uri: s.uri }, position: positionAt(s.text, digit) });
  assert.ok(own, 'hover on the standalone draft');
  const c = await start();
  c.open(URI, text);
  const h = await c.request('textDocument/hover', { textDocument: { uri: URI }, position: positionAt(text, starts[1] + digit) });
  assert.ok(h, 'hover in the merged file');
  assert.match(h.contents.value, /总计/);
  assert.equal(h.contents.value, own.contents.value);
  const lines = positionAt(text, starts[1]).line;
  assert.deepEqual(h.range, { start: shiftPos(own.range.start, lines), end: shiftPos(own.range.end, lines) });
});

test('a quick fix in a later report edits that report, exactly as in the draft alone', async () => {
  // Seed 000, with its stray 万 (a safe fix), as the fourth report.
  const order = ['002', '001', '003', '000', '004'];
  const { text, starts } = mergedSeeds(order);
  const c = await start();
  c.open(URI, text);
  const lines = positionAt(text, starts[3]).line;
  const d = (await c.diagnostics(URI, 1)).find((x) => x.code === 'number-stray-unit' && x.range.start.line >= lines);
  assert.ok(d, 'the stray 万 of seed 000, now in report 4');
  const actions = await c.request<any[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d] } });
  const fix = actions.find((a) => a.isPreferred && a.diagnostics?.some((x: any) => x.code === 'number-stray-unit'));
  assert.ok(fix);
  const fixed = applyTextEdits(text, editsOf(fix.edit, URI).edits);
  const s = seed('000');
  const fixedSeed = s.text.replace('阅读量万22.1万人次', '阅读量22.1万人次');
  assert.notEqual(fixedSeed, s.text);
  assert.equal(fixed, text.slice(0, starts[3]) + fixedSeed + text.slice(starts[3] + s.text.length));
});
