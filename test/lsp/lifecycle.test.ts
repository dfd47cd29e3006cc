// The protocol's rules for the life of a connection (nothing before
// initialize, nothing after shutdown) and for document versions, which are
// the client's to number: a counter that restarts or repeats must not stop
// diagnostics or serve those of an older text.

import { test, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { LspClient } from './client';
import { seed, clientPool } from './helpers';

const start = clientPool();
const spawned: LspClient[] = [];
after(async () => Promise.all(spawned.map((c) => c.stop())));

function spawn(): LspClient {
  const c = LspClient.spawn();
  spawned.push(c);
  return c;
}

const SERVER_NOT_INITIALIZED = -32002;
const INVALID_REQUEST = -32600;
const atTop = (text: string) => [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text }];
const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code?: number; message: string }) => e,
  );

test('before initialize: requests are refused with ServerNotInitialized, notifications dropped', async () => {
  const c = spawn();
  const s = seed('000');
  for (const [method, params] of [
    ['textDocument/hover', { textDocument: { uri: s.uri }, position: { line: 0, character: 0 } }],
    ['textDocument/documentSymbol', { textDocument: { uri: s.uri } }],
    ['workspace/executeCommand', { command: 'govReport.fixAll', arguments: [s.uri] }],
    ['no/suchMethod', {}],
    ['shutdown', null],
  ] as const) {
    const err = await errorOf(c.request(method, params));
    assert.equal(err?.code, SERVER_NOT_INITIALIZED, `${method}: ${err?.message}`);
  }
  c.open(s.uri, s.text);
  await c.initialize();
  // The didOpen was dropped, so the server does not know the document.
  assert.deepEqual(await c.request('textDocument/documentSymbol', { textDocument: { uri: s.uri } }), []);
  const dropped = await c.waitFor((n) => n.method === 'window/logMessage' && /didOpen/.test(n.params.message));
  assert.match(dropped.params.message, /before initialize/);
  // Opened now, it is served as usual.
  c.open(s.uri, s.text);
  assert.ok((await c.diagnostics(s.uri, 1)).length > 0);
  assert.ok((await c.request<any[]>('textDocument/documentSymbol', { textDocument: { uri: s.uri } })).length > 0);
});

test('exit before initialize ends the server (code 1, no shutdown came first)', async () => {
  const c = spawn();
  c.notify('exit', null);
  assert.equal(await c.whenExited(), 1);
});

test('a second initialize is refused; after shutdown requests are refused and exit ends the server with 0', async () => {
  const c = await start();
  const again = await errorOf(c.request('initialize', { processId: null, rootUri: null, capabilities: {} }));
  assert.equal(again?.code, INVALID_REQUEST);
  const s = seed('000');
  c.open(s.uri, s.text);
  await c.diagnostics(s.uri, 1);
  assert.equal(await c.request('shutdown', null), null);
  const late = await errorOf(c.request('textDocument/documentSymbol', { textDocument: { uri: s.uri } }));
  assert.equal(late?.code, INVALID_REQUEST);
  c.notify('exit', null);
  assert.equal(await c.whenExited(), 0);
});

test('a version lower than before (a client that restarted its counter) is the current one', async () => {
  const c = await start();
  const s = seed('000');
  c.open(s.uri, s.text, 'gov-report', 10);
  await c.diagnostics(s.uri, 10);
  c.change(s.uri, 1, atTop('１'));
  const v1 = await c.diagnostics(s.uri, 1);
  assert.equal(v1.find((d) => d.code === 'number-fullwidth-digit' && d.range.start.line === 0)?.range.end.character, 1);
  c.change(s.uri, 2, atTop('２'));
  const v2 = await c.diagnostics(s.uri, 2);
  assert.equal(v2.find((d) => d.code === 'number-fullwidth-digit' && d.range.start.line === 0)?.range.end.character, 2);
});

test("the same version number twice: the second text is checked, not the first one's results served again", async () => {
  const c = await start();
  const s = seed('000');
  c.open(s.uri, s.text);
  await c.diagnostics(s.uri, 1);
  c.change(s.uri, 2, atTop('１'));
  await c.diagnostics(s.uri, 2);
  c.change(s.uri, 2, atTop('２３'));
  const fullwidth = (n: { params: { diagnostics: any[] } }) =>
    n.params.diagnostics.find((d) => d.code === 'number-fullwidth-digit' && d.range.start.line === 0)?.range.end.character;
  const n = await c.waitFor((x) => x.method === 'textDocument/publishDiagnostics' && x.params.uri === s.uri && fullwidth(x) === 3);
  assert.equal(n.params.version, 2);
});

test('a handler that fails answers with an error and logs why; the server lives on', async () => {
  const c = await start();
  const s = seed('000');
  c.open(s.uri, s.text);
  await c.diagnostics(s.uri, 1);
  const err = await errorOf(c.request('textDocument/hover', { textDocument: { uri: s.uri }, position: null }));
  assert.equal(err?.code, -32603, 'InternalError');
  assert.match(err!.message, /textDocument\/hover failed/);
  assert.ok(c.logMessages(/textDocument\/hover failed: TypeError/).length > 0, 'the stack is in the log');
  const unknown = await errorOf(c.request('no/suchMethod', {}));
  assert.equal(unknown?.code, -32601, 'MethodNotFound once initialized');
  // A notification no client should send: logged by the connection, nothing else happens.
  c.notify('textDocument/didChange', { textDocument: { uri: s.uri, version: 2 } });
  c.change(s.uri, 3, atTop('１'));
  assert.ok((await c.diagnostics(s.uri, 3)).some((d) => d.code === 'number-fullwidth-digit' && d.range.start.line === 0));
  assert.equal(c.exited, null);
});
