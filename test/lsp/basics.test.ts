// Lifecycle and diagnostics: capabilities, seeds in both languages,
// detection of non-reports, incremental sync, pull mode.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { hasCjk, seed, seedFiles, clientPool } from './helpers';

const start = clientPool();

test('initialize announces the capabilities of the contract', async () => {
  const c = await start();
  const caps = c.initializeResult.capabilities;
  assert.equal(caps.textDocumentSync.change, 2, 'incremental sync');
  assert.ok(caps.textDocumentSync.openClose);
  assert.deepEqual(caps.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.govReport']);
  assert.deepEqual(caps.executeCommandProvider.commands, ['govReport.fixAll', 'govReport.suppress', 'govReport.checkWorkspace']);
  assert.ok(caps.documentSymbolProvider);
  assert.ok(caps.foldingRangeProvider);
  assert.ok(caps.hoverProvider);
  assert.equal(caps.diagnosticProvider, undefined, 'push mode when the client cannot pull');
});

test('every seed gets diagnostics with code, documentation link and source; Chinese by default', async () => {
  const c = await start();
  for (const f of seedFiles()) {
    const s = seed(f.slice(0, 3));
    // plaintext on purpose: the server must recognise the drafts by content.
    c.open(s.uri, s.text, 'plaintext');
    const diags = await c.diagnostics(s.uri, 1);
    assert.ok(diags.length > 0, `${f}: expected findings`);
    for (const d of diags) {
      assert.equal(d.source, 'gov-report-lint');
      assert.equal(typeof d.code, 'string');
      assert.ok([1, 2, 3, 4].includes(d.severity));
      if (d.code !== 'internal-error' && d.code !== 'lint-limits') {
        assert.match(d.codeDescription?.href ?? '', new RegExp(`/docs/rules/${d.code}\\.md$`));
      }
      assert.ok(hasCjk(d.message), `${f}: Chinese message expected: ${d.message}`);
      assert.notEqual(d.code, 'internal-error', `${f}: ${d.message}`);
    }
  }
});

test('locale "en" gives English messages', async () => {
  const zh = await start();
  const en = await start({ locale: 'en' });
  const s = seed('000');
  zh.open(s.uri, s.text);
  en.open(s.uri, s.text);
  const [dz, de] = await Promise.all([zh.diagnostics(s.uri, 1), en.diagnostics(s.uri, 1)]);
  assert.equal(de.length, dz.length);
  assert.ok(de.length > 0);
  for (let i = 0; i < de.length; i++) {
    assert.equal(de[i].code, dz[i].code);
    assert.match(de[i].message, /[A-Za-z]{3,}/, de[i].message);
    assert.notEqual(de[i].message, dz[i].message);
  }
});

const SEED_EXPECT: Record<string, { must: string[]; mustNot: string[] }> = {
  '000': {
    must: ['number-stray-unit', 'number-fraction-count', 'punctuation-halfwidth'],
    mustNot: ['section-missing', 'table-balance', 'table-template-outdated'],
  },
  '001': { must: ['title-missing', 'table-money-unit', 'section-title-variant'], mustNot: ['section-missing', 'table-balance', 'table-template-outdated'] },
  '002': { must: ['table-balance', 'table-cell-empty', 'other-matters-fee-missing'], mustNot: ['section-missing', 'table-template-outdated'] },
  '003': { must: ['table-cell-count', 'number-space', 'table-money-unit'], mustNot: ['section-missing', 'table-balance', 'table-template-outdated'] },
  '004': { must: ['section-missing', 'title-missing', 'table-cell-not-number', 'table-cell-empty', 'table-row-missing'], mustNot: ['table-template-outdated'] },
};

test('seed expectations arrive through the server (EXPECTATIONS.md)', async () => {
  const c = await start();
  const problems: string[] = [];
  for (const [prefix, exp] of Object.entries(SEED_EXPECT)) {
    const s = seed(prefix);
    c.open(s.uri, s.text, 'plaintext');
    const codes = new Set((await c.diagnostics(s.uri, 1)).map((d) => d.code));
    for (const m of exp.must) if (!codes.has(m)) problems.push(`${prefix}: missing ${m}`);
    for (const m of exp.mustNot) if (codes.has(m)) problems.push(`${prefix}: unexpected ${m}`);
  }
  assert.deepEqual(problems, []);
});

test('arithmetic findings carry relatedInformation for the cells of the equation', async () => {
  const c = await start();
  const s = seed('002');
  c.open(s.uri, s.text);
  const balance = (await c.diagnostics(s.uri, 1)).filter((d) => d.code === 'table-balance');
  assert.ok(balance.length > 0, 'seed 002 has a table-balance finding');
  for (const d of balance) {
    assert.ok(d.relatedInformation?.length >= 2, 'each cell of the equation');
    for (const r of d.relatedInformation) assert.equal(r.location.uri, s.uri);
  }
});

test('a plaintext document that is not a report gets an empty diagnostics list', async () => {
  const c = await start();
  const uri = 'file:///notes/shopping.txt';
  c.open(uri, '买菜：西红柿 3 个, 鸡蛋 (两盒)。\nNote: call mom at 09:20\n', 'plaintext');
  assert.deepEqual(await c.diagnostics(uri, 1), []);
  const md = 'file:///notes/readme.md';
  c.open(md, '# Title\n\nSome words (with brackets), and １２３.\n', 'markdown');
  assert.deepEqual(await c.diagnostics(md, 1), []);
});

test('other languages are left alone entirely', async () => {
  const c = await start();
  const s = seed('000');
  const uri = 'file:///x/report.json';
  c.open(uri, s.text, 'json');
  const probe = 'file:///x/probe.txt';
  c.open(probe, 'hello', 'plaintext');
  await c.diagnostics(probe, 1);
  assert.equal(c.published(uri).length, 0);
});

test('incremental didChange produces diagnostics for the new version', async () => {
  const c = await start();
  const s = seed('000');
  c.open(s.uri, s.text);
  const v1 = await c.diagnostics(s.uri, 1);
  // Insert one line at the top: every finding moves down one line.
  c.change(s.uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '草稿\n' }]);
  const v2 = await c.diagnostics(s.uri, 2);
  const key = (d: any, shift: number) => `${d.code}@${d.range.start.line + shift}:${d.range.start.character}`;
  const moved = new Set(v1.map((d) => key(d, 1)));
  const same = v2.filter((d) => moved.has(key(d, 0))).length;
  assert.ok(same >= v1.length * 0.8, `most findings shifted by one line (${same}/${v1.length})`);
  // Full-width digits typed at the end of a line are reported at their position.
  const line = 3;
  c.change(s.uri, 3, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '共１２件，' }]);
  const v3 = await c.diagnostics(s.uri, 3);
  const fw = v3.find((d) => d.code === 'number-fullwidth-digit' && d.range.start.line === line);
  assert.ok(fw, 'number-fullwidth-digit on the edited line');
  assert.equal(fw.range.start.character, 1, 'UTF-16 column of １２');
});

test('pull mode: textDocument/diagnostic answers full, then unchanged', async () => {
  const c = await start({ pull: true });
  assert.ok(c.initializeResult.capabilities.diagnosticProvider);
  const s = seed('000');
  c.open(s.uri, s.text);
  const r1 = await c.request('textDocument/diagnostic', { textDocument: { uri: s.uri } });
  assert.equal(r1.kind, 'full');
  assert.ok(r1.items.length > 0);
  assert.ok(r1.items.every((d: any) => d.source === 'gov-report-lint'));
  const r2 = await c.request('textDocument/diagnostic', { textDocument: { uri: s.uri }, previousResultId: r1.resultId });
  assert.equal(r2.kind, 'unchanged');
  assert.equal(c.published(s.uri).length, 0, 'no push in pull mode');
  const status = await c.waitFor((n) => n.method === 'govReport/status' && n.params.uri === s.uri);
  assert.equal(status.params.count, r1.items.length);
});
