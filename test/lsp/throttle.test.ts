// Leading + trailing throttle: the first change after a quiet period is
// validated at once (no debounce wait), changes inside the window are
// coalesced into one validation at its end. Asserted by order of events, not
// by clock thresholds.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { seed, sleep, clientPool } from './helpers';

const start = clientPool();
/** Longer than any throttle window (THROTTLE_DEFAULTS.maxMs). */
const QUIET_MS = 1100;
const atTop = (text: string) => [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text }];

test('push: a change after a quiet period is published before the next change is even read', async () => {
  const c = await start();
  const s = seed('000');
  c.open(s.uri, s.text);
  await c.diagnostics(s.uri, 1);
  await sleep(QUIET_MS);
  // Two changes written back to back: the old debounce published only the second.
  c.change(s.uri, 2, atTop('１'));
  c.change(s.uri, 3, atTop('２'));
  const v3 = await c.diagnostics(s.uri, 3);
  const versions = c.published(s.uri).map((n) => n.params.version);
  assert.deepEqual(versions, [1, 2, 3], 'leading validation of 2, trailing validation of 3');
  const v2 = c.published(s.uri)[1].params.diagnostics;
  assert.equal(v2.find((d: any) => d.code === 'number-fullwidth-digit' && d.range.start.line === 0)?.range.end.character, 1);
  assert.equal(v3.find((d: any) => d.code === 'number-fullwidth-digit' && d.range.start.line === 0)?.range.end.character, 2);
});

test('push: a burst of changes is coalesced into one trailing validation of the last version', async () => {
  const c = await start();
  const s = seed('000');
  c.open(s.uri, s.text);
  await c.diagnostics(s.uri, 1);
  await sleep(QUIET_MS);
  for (let v = 2; v <= 60; v++) c.change(s.uri, v, atTop(v % 2 === 0 ? '１' : ''));
  await c.diagnostics(s.uri, 60);
  await sleep(300);
  const versions = c.published(s.uri).map((n) => n.params.version);
  assert.equal(versions[1], 2, 'the first change of the burst is validated at once');
  assert.equal(versions.at(-1), 60);
  assert.ok(versions.length <= 6, `coalesced: ${versions.join(',')}`);
});

test('pull: the first edit after a pause is answered at once; a pull overtaken inside the window is cancelled', async () => {
  const c = await start({ pull: true });
  const s = seed('000');
  c.open(s.uri, s.text);
  const r1 = await c.request('textDocument/diagnostic', { textDocument: { uri: s.uri } });
  await sleep(QUIET_MS);
  // Edit 3 is written right behind the pull of 2: the pull is answered before 3 is read.
  c.change(s.uri, 2, atTop('１'));
  const p2 = c.request('textDocument/diagnostic', { textDocument: { uri: s.uri }, previousResultId: r1.resultId });
  c.change(s.uri, 3, atTop('１'));
  const r2 = await p2;
  assert.equal(r2.kind, 'full');
  assert.equal(r2.items.find((d: any) => d.code === 'number-fullwidth-digit' && d.range.start.line === 0)?.range.end.character, 1, 'version 2');
  // Inside the window opened by that answer: this pull waits, and edit 4 overtakes it.
  const p3 = c.request('textDocument/diagnostic', { textDocument: { uri: s.uri }, previousResultId: r2.resultId });
  c.change(s.uri, 4, atTop('１'));
  await assert.rejects(p3, (e: any) => e.code === -32802, 'ServerCancelled, so the client re-pulls');
  const r4 = await c.request('textDocument/diagnostic', { textDocument: { uri: s.uri }, previousResultId: r2.resultId });
  assert.equal(r4.kind, 'full');
  assert.equal(r4.items.find((d: any) => d.code === 'number-fullwidth-digit' && d.range.start.line === 0)?.range.end.character, 3, 'version 4');
});
