// With govReport.maxProblems 0 a merged file has thousands of diagnostics.
// An edit that changes none of them must not send them all again: that is
// what made typing in such a file lag by seconds and cost gigabytes.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { LspClient } from './client';
import { bigMerged, positionAt, clientPool } from './helpers';

const start = clientPool();
const URI = 'file:///merged/nocap.txt';
const EDITS = 20;

/** Peak resident memory of a process so far, in MB. */
function peakMb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
}

const status = (c: LspClient, version: number) =>
  c.waitFor((n) => n.method === 'govReport/status' && n.params.uri === URI && n.params.version === version, 60_000, `status @${version}`);

/**
 * Opens the file, then makes EDITS edits that change no finding (a character
 * of a draft's closing note, changed and changed back), each waited for.
 */
async function editsThatChangeNothing(maxProblems: number) {
  const text = bigMerged(['000', '001', '002', '003', '004'], 20);
  const c = await start({ configuration: () => ({ maxProblems }) });
  c.open(URI, text);
  const first = await c.diagnostics(URI, 1, 60_000);
  const at = positionAt(text, text.indexOf('（本稿编号 3）') + 1);
  const range = { start: at, end: { line: at.line, character: at.character + 1 } };
  const bytesBefore = c.received.reduce((a, b) => a + b, 0);
  const largest = Math.max(...c.received);
  const t0 = performance.now();
  for (let v = 2; v <= EDITS + 1; v++) {
    c.change(URI, v, [{ range, text: v % 2 === 0 ? '草' : '本' }]);
    await status(c, v);
  }
  const ms = performance.now() - t0;
  const bytes = c.received.reduce((a, b) => a + b, 0) - bytesBefore;
  return { c, first, ms, bytes, largest, peak: peakMb(c.pid) };
}

test('no cap: diagnostics unchanged by an edit are not published again, only the status says it was checked', async () => {
  const r = await editsThatChangeNothing(0);
  assert.ok(r.first.length > 2000, `a big file: ${r.first.length} diagnostics`);
  assert.equal(r.c.published(URI).length, 1, 'published once, on open');
  assert.deepEqual(await r.c.diagnostics(URI, EDITS + 1), r.first, 'the diagnostics standing are those of the last version');
  // Twenty status notifications against one publish of thousands of diagnostics.
  assert.ok(r.bytes < r.largest / 20, `${r.bytes} bytes sent for ${EDITS} edits; the publish on open was ${r.largest}`);
});

test('no cap costs about what the default cap costs, in time and memory, for edits that change nothing', async (t) => {
  const capped = await editsThatChangeNothing(500);
  const all = await editsThatChangeNothing(0);
  t.diagnostic(
    `no cap: ${all.first.length} diagnostics, ${all.ms.toFixed(0)} ms, ${all.peak.toFixed(0)} MB; capped: ${capped.ms.toFixed(0)} ms, ${capped.peak.toFixed(0)} MB`,
  );
  assert.ok(all.first.length > 4 * capped.first.length, `${all.first.length} against ${capped.first.length} diagnostics`);
  // Ratios (with a little slack for a busy machine), not absolute times. Sending every diagnostic
  // again made each edit cost about four times what it costs capped.
  assert.ok(all.ms < 1.5 * capped.ms + 250, `${EDITS} edits: ${all.ms.toFixed(0)} ms with no cap, ${capped.ms.toFixed(0)} ms capped`);
  assert.ok(all.peak < 1.5 * capped.peak, `peak RSS ${all.peak.toFixed(0)} MB with no cap, ${capped.peak.toFixed(0)} MB capped`);
});

test('pull: an edit that changes no diagnostic is answered "unchanged"', async () => {
  const text = bigMerged(['000', '001'], 2);
  const c = await start({ pull: true, configuration: () => ({ maxProblems: 0 }) });
  c.open(URI, text);
  const r1 = await c.request('textDocument/diagnostic', { textDocument: { uri: URI } });
  assert.equal(r1.kind, 'full');
  assert.ok(r1.items.length > 0);
  const at = positionAt(text, text.indexOf('（本稿编号 2）') + 1);
  c.change(URI, 2, [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '草' }]);
  const r2 = await c.request('textDocument/diagnostic', { textDocument: { uri: URI }, previousResultId: r1.resultId });
  assert.deepEqual(r2, { kind: 'unchanged', resultId: r1.resultId });
  // A real change gets a full report under a new id.
  c.change(URI, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '１' }]);
  const r3 = await c.request('textDocument/diagnostic', { textDocument: { uri: URI }, previousResultId: r1.resultId });
  assert.equal(r3.kind, 'full');
  assert.notEqual(r3.resultId, r1.resultId);
});
