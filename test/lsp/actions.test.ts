// Code actions and the fix-all command: preferred safe quick fixes, no
// actions without fixes, source.fixAll to a fixed point, versioned applyEdit.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { LspClient } from './client';
import { applyTextEdits, editsOf, hasCjk, seed, sleep, clientPool } from './helpers';

const start = clientPool();

function actionsFor(c: LspClient, uri: string, range: any, diagnostics: any[] = [], only?: string[]) {
  return c.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } });
}

/** The "Suppress this finding" action (suppress.test.ts): offered for every finding, it is not a fix. */
const isSuppress = (a: any) => a.command?.command === 'govReport.suppress' || JSON.stringify(a.edit ?? {}).includes('gov-report-lint-disable-next-line');

const whole = (text: string) => ({ start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } });

test('a safe fix is a preferred quickfix whose edit does what it says', async () => {
  const c = await start();
  const s = seed('000');
  c.open(s.uri, s.text);
  const d = (await c.diagnostics(s.uri, 1)).find((x) => x.code === 'number-stray-unit');
  assert.ok(d, 'seed 000 line 17: 万22.1万人次');
  assert.equal(d.range.start.line, 16);
  const actions = await actionsFor(c, s.uri, d.range, [d]);
  const fix = actions.find((a) => a.kind === 'quickfix' && a.diagnostics?.some((x: any) => x.code === 'number-stray-unit'));
  assert.ok(fix);
  assert.equal(fix.isPreferred, true);
  assert.ok(hasCjk(fix.title), 'title in Chinese');
  const { edits, version } = editsOf(fix.edit, s.uri);
  assert.equal(version, 1, 'versioned edit');
  const fixed = applyTextEdits(s.text, edits);
  assert.ok(fixed.includes('累计阅读量22.1万人次'), 'stray 万 removed');
});

test('suggest-only findings get quick fixes that are not preferred; findings without fixes get none', async () => {
  const c = await start();
  const s = seed('002');
  c.open(s.uri, s.text);
  const diags = await c.diagnostics(s.uri, 1);
  const balance = diags.find((x) => x.code === 'table-balance');
  assert.ok(balance, 'seed 002 table-balance');
  const forBalance = (await actionsFor(c, s.uri, balance.range, [balance])).filter(
    (a) => !isSuppress(a) && a.diagnostics?.some((x: any) => x.code === 'table-balance'),
  );
  for (const a of forBalance) assert.equal(a.isPreferred, false, `suggest fix must not be preferred: ${a.title}`);
  const fee = diags.find((x) => x.code === 'other-matters-fee-missing');
  assert.ok(fee, 'seed 002 other-matters-fee-missing (no fix)');
  const forFee = (await actionsFor(c, s.uri, fee.range, [fee])).filter(
    (a) => !isSuppress(a) && a.diagnostics?.some((x: any) => x.code === 'other-matters-fee-missing'),
  );
  assert.deepEqual(forFee, []);
});

test('"fix all <rule> problems" fixes only that rule, to a fixed point', async () => {
  const c = await start({ locale: 'en' });
  const s = seed('000');
  c.open(s.uri, s.text);
  const diags = await c.diagnostics(s.uri, 1);
  const punct = diags.filter((x) => x.code === 'punctuation-halfwidth');
  assert.ok(punct.length >= 2, 'seed 000 has many half-width punctuation findings');
  const actions = await actionsFor(c, s.uri, punct[0].range, [punct[0]]);
  const all = actions.find((a) => a.title === 'Fix all punctuation-halfwidth problems in this file');
  assert.ok(all, actions.map((a) => a.title).join(' | '));
  const fixed = applyTextEdits(s.text, editsOf(all.edit, s.uri).edits);
  c.change(s.uri, 2, [{ text: fixed }]);
  const after2 = await c.diagnostics(s.uri, 2);
  assert.equal(after2.filter((x) => x.code === 'punctuation-halfwidth').length, 0);
  const others = (ds: any[]) =>
    ds
      .filter((x) => x.code !== 'punctuation-halfwidth')
      .map((x) => x.code)
      .sort();
  assert.deepEqual(others(after2), others(diags), 'other rules untouched');
});

test('source.fixAll.govReport returns one edit; afterwards no safe fix remains', async () => {
  const c = await start();
  const s = seed('000');
  c.open(s.uri, s.text);
  await c.diagnostics(s.uri, 1);
  const actions = await actionsFor(c, s.uri, whole(s.text), [], ['source.fixAll']);
  assert.equal(actions.length, 1);
  assert.equal(actions[0].kind, 'source.fixAll.govReport');
  const { edits, version } = editsOf(actions[0].edit, s.uri);
  assert.equal(version, 1);
  assert.equal(edits.length, 1, 'one minimal edit keeps undo and cursor sane');
  const fixed = applyTextEdits(s.text, edits);
  assert.notEqual(fixed, s.text);
  c.change(s.uri, 2, [{ range: edits[0].range, text: edits[0].newText }]);
  const diags = await c.diagnostics(s.uri, 2);
  assert.deepEqual(await actionsFor(c, s.uri, whole(fixed), [], ['source.fixAll']), [], 'idempotent');
  for (const d of diags) {
    const qs = await actionsFor(c, s.uri, d.range, [d], ['quickfix']);
    assert.ok(!qs.some((a) => a.isPreferred), `no safe fix should remain: ${d.code} ${d.message}`);
  }
  // Lightbulb requests (no "only") never carry the source action: it is computed on demand.
  const plain = await actionsFor(c, s.uri, whole(fixed));
  assert.ok(!plain.some((a) => a.kind === 'source.fixAll.govReport'));
});

test('govReport.fixAll applies a versioned edit through workspace/applyEdit and reports the count', async () => {
  const c = await start();
  const s = seed('000');
  c.open(s.uri, s.text);
  await c.diagnostics(s.uri, 1);
  const result = await c.request('workspace/executeCommand', { command: 'govReport.fixAll', arguments: [s.uri] });
  const apply = c.serverRequests.find((r) => r.method === 'workspace/applyEdit');
  assert.ok(apply, 'server asked the client to apply the edit');
  const { edits, version } = editsOf(apply.params.edit, s.uri);
  assert.equal(version, 1);
  assert.ok(edits.length === 1);
  assert.ok(result.applied > 0 && result.changed);
  const msg = await c.waitFor((n) => n.method === 'window/showMessage');
  assert.ok(msg.params.message.includes(String(result.applied)) && hasCjk(msg.params.message));
});

test('govReport.fixAll recomputes when the document changed before the edit landed', async () => {
  const s = seed('000');
  let calls = 0;
  let client: LspClient | undefined;
  const c = await start({
    applyEdit: async (params: any) => {
      calls++;
      if (calls > 1) return { applied: true };
      // The user typed meanwhile: the editor refuses the edit made for version 1.
      client!.change(s.uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
      await sleep(50);
      return { applied: false, failureReason: `version mismatch ${params.edit.documentChanges[0].textDocument.version}` };
    },
  });
  client = c;
  c.open(s.uri, s.text);
  await c.diagnostics(s.uri, 1);
  const result = await c.request('workspace/executeCommand', { command: 'govReport.fixAll', arguments: [s.uri] });
  const versions = c.serverRequests.filter((r) => r.method === 'workspace/applyEdit').map((r) => editsOf(r.params.edit, s.uri).version);
  assert.deepEqual(versions, [1, 2]);
  assert.equal(result.changed, true);
});

test('govReport.fixAll on a clean document says so and edits nothing', async () => {
  const c = await start({ locale: 'en' });
  const uri = 'file:///clean.report.txt';
  c.open(uri, '这是一段没有问题的文字。\n');
  await c.diagnostics(uri, 1);
  const result = await c.request('workspace/executeCommand', { command: 'govReport.fixAll', arguments: [uri] });
  assert.deepEqual(result, { applied: 0, changed: false });
  assert.equal(c.serverRequests.filter((r) => r.method === 'workspace/applyEdit').length, 0);
  const msg = await c.waitFor((n) => n.method === 'window/showMessage');
  assert.match(msg.params.message, /No auto-fixable problems/);
});

test('with resolve support the "fix all <rule>" edit is computed lazily by codeAction/resolve', async () => {
  const c = await start({ resolveSupport: true });
  assert.equal(c.initializeResult.capabilities.codeActionProvider.resolveProvider, true);
  const s = seed('000');
  c.open(s.uri, s.text);
  const punct = (await c.diagnostics(s.uri, 1)).filter((x) => x.code === 'punctuation-halfwidth');
  const actions = await actionsFor(c, s.uri, punct[0].range, [punct[0]]);
  const all = actions.find((a) => /^修复所有 punctuation-halfwidth 问题/.test(a.title));
  assert.ok(all, actions.map((a) => a.title).join(' | '));
  assert.equal(all.edit, undefined, 'not computed for the lightbulb');
  const resolved = await c.request('codeAction/resolve', all);
  const fixed = applyTextEdits(s.text, editsOf(resolved.edit, s.uri).edits);
  assert.ok(!/[\u4e00-\u9fff],[\u4e00-\u9fff]/.test(fixed), 'no half-width comma left between Chinese characters');
});
