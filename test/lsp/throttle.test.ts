// Leading + trailing throttle: the first change after a quiet period is
// validated at once (no debounce wait), changes inside the window are
// coalesced into one validation at its end. Asserted by order of events, not
// by clock thresholds.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { seed, sleep, clientPool } from './helpers';
import { Throttle } from '../../server/src/lsp/throttle';

const start = clientPool();
/** Longer than any throttle window (THROTTLE_DEFAULTS.maxMs). */
const QUIET_MS = 1100;
/** Seed 000 opened and validated, then left alone longer than any throttle window. */
async function openQuiet(c: Awaited<ReturnType<typeof start>>) {
  const s = seed('000');
  c.open(s.uri, s.text);
  await c.diagnostics(s.uri, 1);
  await sleep(QUIET_MS);
  return s;
}

const atTop = (text: string) => [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text }];

test('push: a change after a quiet period is validated on its own; one inside the window after it', async () => {
  const c = await start();
  const s = await openQuiet(c);
  // No later change comes to end a debounce: version 2 must be published all the same.
  c.change(s.uri, 2, atTop('１'));
  const v2 = await c.diagnostics(s.uri, 2);
  c.change(s.uri, 3, atTop('２'));
  const v3 = await c.diagnostics(s.uri, 3);
  assert.deepEqual(
    c.published(s.uri).map((n) => n.params.version),
    [1, 2, 3],
  );
  assert.equal(v2.find((d: any) => d.code === 'number-fullwidth-digit' && d.range.start.line === 0)?.range.end.character, 1);
  assert.equal(v3.find((d: any) => d.code === 'number-fullwidth-digit' && d.range.start.line === 0)?.range.end.character, 2);
});

test('throttle window: zero after a quiet period, then twice the last validation cost within its bounds', async () => {
  let now = 0;
  const t = new Throttle({ minMs: 25, maxMs: 1000, ratio: 2 }, () => now);
  assert.equal(t.delay('a'), 0, 'never validated: at once');
  await t.time('a', () => {
    now += 10;
  });
  now = 5;
  assert.equal(t.delay('a'), 20, 'a 10 ms validation opens the 25 ms minimum window');
  now = 30;
  assert.equal(t.delay('a'), 0, 'quiet again');
  await t.time('a', () => {
    now += 300;
  });
  assert.equal(t.delay('a'), 300, 'a 300 ms validation: a 600 ms window, 300 ms of it left');
  await t.time('a', () => {
    now += 5000;
  });
  assert.equal(t.delay('a'), 0, 'window capped at 1 s, already over');
  assert.equal(t.delay('b'), 0, 'per document');
  t.forget('a');
  assert.equal(t.delay('a'), 0);
});

test('push: a burst of changes is coalesced into one trailing validation of the last version', async () => {
  const c = await start();
  const s = await openQuiet(c);
  for (let v = 2; v <= 60; v++) c.change(s.uri, v, atTop(v % 2 === 0 ? '１' : ''));
  await c.diagnostics(s.uri, 60);
  await sleep(300);
  const versions = c.published(s.uri).map((n) => n.params.version);
  assert.ok(
    versions.every((v, k) => k === 0 || v > versions[k - 1]),
    `in order: ${versions.join(',')}`,
  );
  assert.equal(versions.at(-1), 60);
  assert.ok(versions.length <= 6, `coalesced: ${versions.join(',')}`);
});

test('pull: the first edit after a pause is answered at once; a pull is never answered for an older version', async () => {
  const c = await start({ pull: true });
  const s = seed('000');
  c.open(s.uri, s.text);
  const r1 = await c.request('textDocument/diagnostic', { textDocument: { uri: s.uri } });
  await sleep(QUIET_MS);
  c.change(s.uri, 2, atTop('１'));
  const r2 = await c.request('textDocument/diagnostic', { textDocument: { uri: s.uri }, previousResultId: r1.resultId });
  assert.equal(r2.kind, 'full');
  const digits = (r: any) => r.items.find((d: any) => d.code === 'number-fullwidth-digit' && d.range.start.line === 0)?.range.end.character;
  assert.equal(digits(r2), 1, 'version 2');
  // A pull with an edit right behind it: either answered for version 3 before the edit is read,
  // or cancelled (ServerCancelled, so the client re-pulls) — never answered with stale results.
  c.change(s.uri, 3, atTop('１'));
  const p3 = c.request('textDocument/diagnostic', { textDocument: { uri: s.uri }, previousResultId: r2.resultId });
  c.change(s.uri, 4, atTop('１'));
  const r3 = await p3.then(
    (r: any) => r,
    (e: any) => e,
  );
  if (r3 instanceof Error || r3.code !== undefined) assert.equal(r3.code, -32802, 'cancelled as ServerCancelled');
  else assert.ok([2, 3].includes(digits(r3)), `answered for version 3 (or 4), got ${digits(r3)}`);
  const r4 = await c.request('textDocument/diagnostic', { textDocument: { uri: s.uri }, previousResultId: r2.resultId });
  assert.equal(r4.kind, 'full');
  assert.equal(digits(r4), 3, 'version 4');
});
