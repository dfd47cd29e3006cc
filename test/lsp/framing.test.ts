// A client that frames a message wrongly over stdio: the server says so in
// its log (and on stderr) and reads on; where the bytes allow, it recovers the
// message itself. Each test sends the bad message, then a good request, and
// checks both.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { LspClient } from './client';
import { ResyncingMessageReader } from '../../server/src/lsp/framing';
import { seed, clientPool } from './helpers';

const start = clientPool();

function didOpen(uri: string, text: string) {
  return { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'gov-report', version: 1, text } } };
}

const framingLog = (c: LspClient, pattern: RegExp) =>
  c.waitFor((n) => n.method === 'window/logMessage' && /^framing: /.test(n.params.message) && pattern.test(n.params.message), 15000, `log ${pattern}`);

/** The document was received: the server has its outline. */
async function assertOpen(c: LspClient, uri: string) {
  const symbols = await c.request<any[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.ok(symbols.length > 0, `${uri} is open on the server`);
}

test('Content-Length too large: the message ends at the next header; both are read', async () => {
  const c = await start();
  const s = seed('000');
  c.writeFramed(didOpen(s.uri, s.text), (n) => `Content-Length: ${n + 40}\r\n\r\n`);
  await assertOpen(c, s.uri);
  const logged = await framingLog(c, /larger than the message/);
  assert.match(logged.params.message, /recovered/);
  assert.match(c.stderr, /framing: Content-Length \d+ is larger than the message/);
});

test('Content-Length too small: the body is read on to the end of its JSON object', async () => {
  const c = await start();
  const s = seed('000');
  c.writeFramed(didOpen(s.uri, s.text), (n) => `Content-Length: ${n - 25}\r\n\r\n`);
  // Nothing follows: recovered from its own bytes, and validated.
  assert.ok((await c.diagnostics(s.uri, 1)).length > 0);
  await framingLog(c, /not a JSON message/);
  await framingLog(c, /recovered the message/);
  const t = seed('001');
  c.writeFramed(didOpen(t.uri, t.text), (n) => `Content-Length: ${n - 1}\r\n\r\n`);
  await assertOpen(c, t.uri);
});

test('malformed or missing Content-Length, junk before a header, no header at all: logged, resynchronised', async () => {
  const c = await start();
  const docs = ['000', '001', '002', '003', '004'].map((p) => seed(p));
  c.writeFramed(didOpen(docs[0].uri, docs[0].text), () => 'Content-Length: twelve\r\n\r\n');
  c.writeFramed(didOpen(docs[1].uri, docs[1].text), () => 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n');
  c.writeRaw('garbage {"half a message":');
  c.writeFramed(didOpen(docs[2].uri, docs[2].text), (n) => `xyz}Content-Length: ${n}\r\n\r\n`);
  c.writeFramed(didOpen(docs[3].uri, docs[3].text), (n) => `Content-Length: ${n}\r\nthis is no header\r\n\r\n`);
  // No header at all: the JSON is the message.
  c.writeFramed(didOpen(docs[4].uri, docs[4].text), () => '');
  for (const d of docs) await assertOpen(c, d.uri);
  await framingLog(c, /Content-Length "twelve" is not a byte count/);
  await framingLog(c, /header without Content-Length/);
  await framingLog(c, /bytes that are not a message header \("garbage/);
  await framingLog(c, /dropped 30 bytes that are not a JSON message/);
  await framingLog(c, /malformed header line "this is no header"/);
  await framingLog(c, /bytes that are not a message header \("{/);
  assert.equal(c.logMessages(/^framing: .*recovered/).length, 4, 'the four messages without a good header were recovered');
  assert.equal(c.exited, null);
});

test('Content-Length too large with nothing after it: the wait is logged, and the next message ends it', async () => {
  const c = await start({ env: { GOV_REPORT_LINT_PARTIAL_MESSAGE_MS: '50' } });
  const s = seed('000');
  c.writeFramed(didOpen(s.uri, s.text), (n) => `Content-Length: ${n + 1000}\r\n\r\n`);
  const waited = await framingLog(c, /waited 50 ms for the rest of a message/);
  assert.match(waited.params.message, /got \d+ of the \d+ bytes/);
  await assertOpen(c, s.uri);
});

/** Feeds the reader the bytes in chunks cut by `cut`; resolves with the messages and log lines. */
async function readAll(bytes: Buffer, cut: (i: number) => number) {
  const stream = new PassThrough();
  const logs: string[] = [];
  const messages: unknown[] = [];
  const reader = new ResyncingMessageReader(stream, { log: (m) => logs.push(m), partialMessageMs: 0 });
  reader.listen((m) => messages.push(m));
  for (let i = 0, k = 0; i < bytes.length; k++) {
    const n = Math.max(1, cut(k));
    stream.write(bytes.subarray(i, i + n));
    i += n;
    await new Promise((r) => setImmediate(r));
  }
  return { messages, logs };
}

function framed(msg: unknown, pretty = false): Buffer {
  const body = Buffer.from(pretty ? JSON.stringify(msg, null, 2).replace(/\n/g, '\r\n\r\n') : JSON.stringify(msg), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n`), body]);
}

test('reader: good traffic in any chunking is read as sent, with nothing logged', async () => {
  const messages = [
    { jsonrpc: '2.0', id: 1, method: 'x', params: { text: 'Content-Length: 12\r\n\r\n{"not":"a header"}' } },
    { jsonrpc: '2.0', method: 'y', params: { text: '政府信息公开'.repeat(500), nested: [{ a: '}' }, '{', '\\"'] } },
    { jsonrpc: '2.0', id: 2, result: null },
  ];
  const bytes = Buffer.concat([framed(messages[0]), framed(messages[1], true), framed(messages[2])]);
  let seedRand = 7;
  const rand = () => (seedRand = (seedRand * 1103515245 + 12345) & 0x7fffffff);
  for (const cut of [() => 1, () => 3, () => 1 + (rand() % 700), () => bytes.length]) {
    const r = await readAll(bytes, cut);
    assert.deepEqual(r.messages, messages);
    assert.deepEqual(r.logs, []);
  }
});

test('reader: bad framing is recovered the same way whatever the chunking', async () => {
  const a = { jsonrpc: '2.0', method: 'a', params: { t: '公开'.repeat(100) } };
  const b = { jsonrpc: '2.0', method: 'b', params: {} };
  const c = { jsonrpc: '2.0', method: 'c', params: { s: '}{' } };
  const body = (m: unknown) => Buffer.from(JSON.stringify(m), 'utf8');
  const bytes = Buffer.concat([
    Buffer.from(`Content-Length: ${body(a).length + 9}\r\n\r\n`),
    body(a),
    Buffer.from(`Content-Length: ${body(b).length - 3}\r\n\r\n`),
    body(b),
    Buffer.from('\r\n{noise'),
    framed(c),
  ]);
  for (const cut of [() => 1, () => 5, () => bytes.length]) {
    const r = await readAll(bytes, cut);
    assert.deepEqual(r.messages, [a, b, c], r.logs.join('\n'));
    assert.ok(r.logs.some((l) => /larger than the message/.test(l)));
    assert.ok(r.logs.some((l) => /not a JSON message; reading on/.test(l)));
    assert.ok(
      r.logs.some((l) => /dropped 6 bytes/.test(l)),
      r.logs.join('\n'),
    );
  }
});
