// Ordering, hostile input and settings: the server must stay correct and
// alive whatever the client throws at it.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { LspClient } from './client';
import { seed, sleep, clientPool } from './helpers';

const start = clientPool();

/** Published versions for uri must never go backwards. */
function assertMonotonic(c: LspClient, uri: string): number[] {
  const versions = c.published(uri).map((n) => n.params.version);
  for (let i = 1; i < versions.length; i++) {
    assert.ok(versions[i] >= versions[i - 1], `version ${versions[i]} published after ${versions[i - 1]}`);
  }
  return versions;
}

test('200 quick changes: the final version is checked last, never an older one published after a newer', async () => {
  const c = await start();
  const s = seed('000');
  c.open(s.uri, s.text);
  let v = 1;
  for (let i = 0; i < 200; i++) {
    v++;
    const text = i % 2 === 0 ? '２' : '';
    const end = i % 2 === 0 ? 0 : 1;
    c.change(s.uri, v, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: end } }, text }]);
  }
  const last = await c.diagnostics(s.uri, v);
  await sleep(600);
  const versions = assertMonotonic(c, s.uri);
  assert.ok(versions.length <= 10, `debounced: ${versions.length} publishes for 200 changes`);
  // The final text is the opened one: its diagnostics were either published for it or left standing unchanged.
  const checked = c.notifications.filter((n) => n.method === 'govReport/status' && n.params.uri === s.uri).map((n) => n.params.version);
  assert.equal(checked.at(-1), v, 'the final version was checked last');
  assert.deepEqual(c.published(s.uri).at(-1)!.params.diagnostics, last);
  assert.deepEqual(last, c.published(s.uri)[0].params.diagnostics);
});

test('garbage input does not kill the server', async () => {
  const c = await start();
  let junk = '';
  for (let i = 0; i < 20000; i++) junk += String.fromCharCode(Math.floor(Math.random() * 0xffff));
  junk += '\u0000\ud800\udfff\udc00x\ud83d';
  const bigLine = '一、总体情况（' + '1,2'.repeat(350000) + '\n';
  const docs: [string, string, string][] = [
    ['file:///g/random.report.txt', junk, 'gov-report'],
    ['file:///g/random.txt', junk, 'plaintext'],
    ['file:///g/bigline.report.txt', bigLine, 'gov-report'],
    ['file:///g/nul.md', '\u0000'.repeat(1000) + '政府信息公开工作年度报告\r\r\n\u2028', 'markdown'],
    ['file:///g/empty.report.txt', '', 'gov-report'],
  ];
  for (const [uri, text, lang] of docs) c.open(uri, text, lang);
  for (const [uri, text] of docs) {
    await c.request('textDocument/documentSymbol', { textDocument: { uri } }, 60000);
    await c.request('textDocument/foldingRange', { textDocument: { uri } }, 60000);
    await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } }, 60000);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: Math.min(10, text.length) } };
    await c.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }, 60000);
  }
  await c.diagnostics(docs[2][0], 1, 60000);
  const s = seed('002');
  c.open(s.uri, s.text);
  assert.ok((await c.diagnostics(s.uri, 1, 60000)).length > 0, 'still linting other documents');
  assert.equal(c.exited, null);
});

test('settings: rule off and severity override come from workspace/configuration', async () => {
  let rules: Record<string, string> = { 'punctuation-halfwidth': 'off', 'number-stray-unit': 'hint' };
  const c = await start({ configuration: (item: any) => (item.section === 'govReport' ? { rules } : null) });
  const s = seed('000');
  c.open(s.uri, s.text);
  const d1 = await c.diagnostics(s.uri, 1);
  assert.equal(d1.filter((d) => d.code === 'punctuation-halfwidth').length, 0);
  const stray = d1.find((d) => d.code === 'number-stray-unit');
  assert.ok(stray);
  assert.equal(stray.severity, 4);
  const before = c.published(s.uri).length;
  rules = {};
  c.notify('workspace/didChangeConfiguration', { settings: null });
  await c.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && c.published(s.uri).length > before);
  const d2 = c.published(s.uri).at(-1)!.params.diagnostics;
  assert.ok(d2.some((d: any) => d.code === 'punctuation-halfwidth'));
  assert.equal(d2.find((d: any) => d.code === 'number-stray-unit').severity, 1);
});

test('invalid settings warn once and fall back to defaults', async () => {
  const c = await start({ configuration: () => ({ run: 'sometimes', rules: { 'no-such-rule': 'error', 'title-missing': 'loud' } }) });
  const s = seed('004');
  c.open(s.uri, s.text);
  const d = await c.diagnostics(s.uri, 1);
  assert.ok(d.length > 0, 'still lints');
  c.notify('workspace/didChangeConfiguration', { settings: null });
  await sleep(400);
  const warnings = c.notifications.filter((n) => n.method === 'window/showMessage' && n.params.type === 2);
  assert.equal(warnings.length, 3, warnings.map((w) => w.params.message).join('\n'));
  assert.ok(warnings.some((w) => w.params.message.includes('no-such-rule')));
  assert.ok(warnings.some((w) => w.params.message.includes('govReport.run')));
});

test('run: onSave lints on open and save, not while typing; enable: false clears', async () => {
  let settings: any = { run: 'onSave' };
  const c = await start({ configuration: () => settings });
  const s = seed('000');
  c.open(s.uri, s.text);
  await c.diagnostics(s.uri, 1);
  c.change(s.uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '１' }]);
  await sleep(700);
  assert.equal(c.published(s.uri).filter((n) => n.params.version === 2).length, 0, 'no lint while typing');
  c.notify('textDocument/didSave', { textDocument: { uri: s.uri } });
  assert.ok((await c.diagnostics(s.uri, 2)).length > 0);
  settings = { enable: false };
  const before = c.published(s.uri).length;
  c.notify('workspace/didChangeConfiguration', { settings: null });
  await c.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && c.published(s.uri).length > before);
  assert.deepEqual(c.published(s.uri).at(-1)!.params.diagnostics, []);
  // The status notification follows the diagnostics: the client's item shows "disabled".
  await c.waitFor((n) => n.method === 'govReport/status' && n.params.uri === s.uri && n.params.enabled === false);
});

test('status notification reports year, template and count', async () => {
  const c = await start();
  const s = seed('000');
  c.open(s.uri, s.text);
  const diags = await c.diagnostics(s.uri, 1);
  const st = await c.waitFor((n) => n.method === 'govReport/status' && n.params.uri === s.uri);
  assert.equal(st.params.version, 1);
  assert.equal(st.params.count, diags.length);
  assert.equal(st.params.isReport, true);
  assert.equal(st.params.year, 2021);
  assert.equal(st.params.template, '2021');
});

test('closing a document clears its diagnostics', async () => {
  const c = await start();
  const s = seed('000');
  c.open(s.uri, s.text);
  await c.diagnostics(s.uri, 1);
  c.notify('textDocument/didClose', { textDocument: { uri: s.uri } });
  const n = await c.waitFor((x) => x.method === 'textDocument/publishDiagnostics' && x.params.uri === s.uri && x.params.version === undefined);
  assert.deepEqual(n.params.diagnostics, []);
});

test('a thousand unknown rule ids: one warning naming a few and the count, the list in the log; once per settings', async () => {
  let rules: Record<string, string> = { 'title-missing': 'off' };
  for (let i = 0; i < 1000; i++) rules[`no-such-rule-${i}`] = 'error';
  const c = await start({ configuration: () => ({ rules }) });
  const docs = ['000', '001', '002'].map((p) => seed(p));
  for (const s of docs) c.open(s.uri, s.text);
  for (const s of docs) await c.diagnostics(s.uri, 1);
  c.notify('workspace/didChangeConfiguration', { settings: null });
  const probe = seed('004');
  c.open(probe.uri, probe.text);
  await c.diagnostics(probe.uri, 1);
  const warnings = () => c.notifications.filter((n) => n.method === 'window/showMessage');
  assert.equal(
    warnings().length,
    1,
    warnings()
      .map((w) => w.params.message)
      .join('\n'),
  );
  const message: string = warnings()[0].params.message;
  assert.match(message, /1000 个不存在的规则/);
  assert.match(message, /no-such-rule-0、no-such-rule-1、/);
  assert.ok(message.length < 300, `a short message: ${message.length} characters`);
  const logged = c.notifications.filter((n) => n.method === 'window/logMessage' && /no-such-rule-99\b/.test(n.params.message));
  assert.equal(logged.length, 1, 'the ids are listed in the log, once');
  assert.match(logged[0].params.message, /\(1000\)/);
  // Different settings with other unknown ids: warned about again, once.
  rules = { 'another-unknown': 'off' };
  c.notify('workspace/didChangeConfiguration', { settings: null });
  await c.waitFor((n) => n.method === 'window/showMessage' && /another-unknown/.test(n.params.message));
  const probe2 = seed('003');
  c.open(probe2.uri, probe2.text);
  await c.diagnostics(probe2.uri, 1);
  assert.equal(warnings().length, 2);
});
