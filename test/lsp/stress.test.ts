// 10,000 random small edits over stdio: no crash, answers afterwards, bounded
// memory, and never a stale publish after a newer one.

import { test, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { LspClient } from './client';
import { positionAt, seed, sleep } from './helpers';

const clients: LspClient[] = [];
after(async () => Promise.all(clients.map((c) => c.stop())));

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
}

const POOL = ['，', '。', ',', '(', ')', '１', '2', '万', '年', ' ', '\n', '总计', '一、', '（七）', '〔2019〕', '|', 'a', '\r\n', ''];

test('10,000 random edits: no crash, no stale diagnostics, bounded memory', { timeout: 60000 }, async (t) => {
  const c = await LspClient.start();
  clients.push(c);
  const s = seed('000');
  let text = s.text;
  c.open(s.uri, text);
  await c.diagnostics(s.uri, 1);
  const t0 = Date.now();
  let seedRand = 42;
  const rand = (n: number) => {
    seedRand = (seedRand * 1103515245 + 12345) & 0x7fffffff;
    return seedRand % n;
  };
  let version = 1;
  let peak = 0;
  for (let batch = 0; batch < 20; batch++) {
    for (let i = 0; i < 500; i++) {
      const start = rand(text.length + 1);
      const end = Math.min(text.length, start + rand(4));
      const insert = POOL[rand(POOL.length)];
      version++;
      c.change(s.uri, version, [{ range: { start: positionAt(text, start), end: positionAt(text, end) }, text: insert }]);
      text = text.slice(0, start) + insert + text.slice(end);
    }
    // Let the server breathe briefly so some validations interleave with edits.
    await sleep(batch % 5 === 0 ? 300 : 5);
    peak = Math.max(peak, rssMb(c.pid));
  }
  const symbols = await c.request('textDocument/documentSymbol', { textDocument: { uri: s.uri } });
  assert.ok(Array.isArray(symbols), 'server still answers');
  const last = await c.diagnostics(s.uri, version, 20000);
  await sleep(400);
  const versions = c.published(s.uri).map((n) => n.params.version);
  for (let i = 1; i < versions.length; i++) assert.ok(versions[i] >= versions[i - 1], `stale publish ${versions[i]} after ${versions[i - 1]}`);
  assert.equal(versions.at(-1), version);
  peak = Math.max(peak, rssMb(c.pid));
  assert.ok(peak < 300, `server RSS ${peak.toFixed(0)} MB`);
  t.diagnostic(`peak RSS ${peak.toFixed(0)} MB, ${versions.length} publishes for ${version} versions, ${Date.now() - t0} ms`);
  // Incremental sync kept the server's text in step with ours: every range lies inside it.
  const end = positionAt(text, text.length);
  for (const d of last) assert.ok(d.range.end.line <= end.line, `range beyond the text: ${JSON.stringify(d.range)}`);
  assert.equal(c.exited, null);
  assert.ok(Date.now() - t0 < 60000);
});
