// A client that never answers the server's own requests (simulated: the test
// client receives them and stays silent) must not stall the server. Outline,
// folding and hover never wait for settings at all; validation waits at most
// the configured timeout; fixAll reports that the editor did not answer.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { positionAt, seed, clientPool } from './helpers';

const start = clientPool();
/** Longer than any test: a feature that waited for the client would never answer. */
const FOREVER = { requestTimeoutMs: 3_600_000 };
const SHORT = { requestTimeoutMs: 50 };

test('outline, folding and hover answer while workspace/configuration is never answered', async () => {
  const c = await start({ configuration: () => ({}), neverAnswer: ['workspace/configuration'], initializationOptions: FOREVER });
  const s = seed('000');
  c.open(s.uri, s.text);
  const symbols = await c.request<any[]>('textDocument/documentSymbol', { textDocument: { uri: s.uri } });
  assert.ok(symbols.length > 0, 'outline with the default settings');
  const folds = await c.request<any[]>('textDocument/foldingRange', { textDocument: { uri: s.uri } });
  assert.ok(folds.length > 0);
  const label = s.text.search(/[(（]七[)）]总计/);
  const digit = label + s.text.slice(label + 5).search(/\d/) + 5;
  const h = await c.request<any>('textDocument/hover', { textDocument: { uri: s.uri }, position: positionAt(s.text, digit) });
  assert.match(h.contents.value, /总计/);
  assert.ok(
    c.serverRequests.some((r) => r.method === 'workspace/configuration'),
    'the server did ask',
  );
});

test('validation goes ahead with default settings when workspace/configuration times out, and says so', async () => {
  const c = await start({ configuration: () => ({}), neverAnswer: ['workspace/configuration'], initializationOptions: SHORT });
  const s = seed('000');
  c.open(s.uri, s.text);
  const d = await c.diagnostics(s.uri, 1);
  assert.ok(
    d.some((x) => x.code === 'punctuation-halfwidth'),
    'default settings: every rule on',
  );
  const logged = await c.waitFor((n) => n.method === 'window/logMessage' && /workspace\/configuration/.test(n.params.message));
  assert.match(logged.params.message, /50 ms/);
  const shown = await c.waitFor((n) => n.method === 'window/showMessage' && n.params.type === 2);
  assert.match(shown.params.message, /50 毫秒/);
});

test('an answer that comes after the timeout is applied: the document is checked again with it', async () => {
  let answer!: (v: unknown) => void;
  const late = new Promise((resolve) => (answer = resolve));
  const c = await start({ configuration: () => late, initializationOptions: SHORT });
  const s = seed('000');
  c.open(s.uri, s.text);
  const first = await c.diagnostics(s.uri, 1);
  assert.ok(
    first.some((x) => x.code === 'punctuation-halfwidth'),
    'checked with the defaults meanwhile',
  );
  answer({ rules: { 'punctuation-halfwidth': 'off' } });
  const again = await c.waitFor(
    (n) =>
      n.method === 'textDocument/publishDiagnostics' && n.params.uri === s.uri && !n.params.diagnostics.some((x: any) => x.code === 'punctuation-halfwidth'),
  );
  assert.equal(again.params.version, 1);
  assert.ok(again.params.diagnostics.length > 0);
});

test('fixAll reports a clear failure when workspace/applyEdit is never answered', async () => {
  const c = await start({ neverAnswer: ['workspace/applyEdit'], initializationOptions: SHORT });
  const s = seed('000');
  c.open(s.uri, s.text);
  await c.diagnostics(s.uri, 1);
  const r = await c.request('workspace/executeCommand', { command: 'govReport.fixAll', arguments: [s.uri] });
  assert.deepEqual(r, { applied: 0, changed: false, failure: 'timeout' });
  assert.ok(
    c.serverRequests.some((x) => x.method === 'workspace/applyEdit'),
    'the edit was sent',
  );
  const shown = await c.waitFor((n) => n.method === 'window/showMessage' && n.params.type === 2);
  assert.match(shown.params.message, /未答复修复请求/);
  const logged = await c.waitFor((n) => n.method === 'window/logMessage' && /applyEdit/.test(n.params.message));
  assert.match(logged.params.message, /not answered within 50 ms/);
  // The server is not stuck behind the unanswered request.
  assert.ok(Array.isArray(await c.request('textDocument/documentSymbol', { textDocument: { uri: s.uri } })));
});
