// Outline, folding and hover come from the one parsed model of the version.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { positionAt, seed, clientPool } from './helpers';

const start = clientPool();

const CANONICAL = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];
const STRUCT = 23;

const within = (inner: any, outer: any) => {
  const le = (a: any, b: any) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
};

for (const prefix of ['000', '002']) {
  test(`documentSymbol on seed ${prefix}: six canonical sections, tables under 二/三/四`, async () => {
    const c = await start();
    const s = seed(prefix);
    c.open(s.uri, s.text);
    const symbols = await c.request<any[]>('textDocument/documentSymbol', { textDocument: { uri: s.uri } });
    const sections = symbols.filter((x) => CANONICAL.includes(x.name));
    assert.deepEqual(
      sections.map((x) => x.name),
      CANONICAL,
    );
    const tablesIn = (i: number) => (sections[i].children ?? []).filter((x: any) => x.kind === STRUCT).map((x: any) => x.name);
    assert.deepEqual(tablesIn(0), []);
    assert.ok(
      tablesIn(1).some((n: string) => n.startsWith('表二')),
      `表二 under 二: ${tablesIn(1)}`,
    );
    assert.ok(
      tablesIn(2).some((n: string) => n.startsWith('表三')),
      `表三 under 三: ${tablesIn(2)}`,
    );
    assert.ok(
      tablesIn(3).some((n: string) => n.startsWith('表四')),
      `表四 under 四: ${tablesIn(3)}`,
    );
    const check = (sym: any) => {
      assert.ok(sym.name.length > 0);
      assert.ok(within(sym.selectionRange, sym.range), `${sym.name}: selectionRange inside range`);
      (sym.children ?? []).forEach(check);
    };
    symbols.forEach(check);
    // No table-三 row label (一、本年新收…, 四、结转下年度…) may pose as a section.
    assert.ok(!symbols.some((x) => /本年新收|结转下年度/.test(x.name)));
  });
}

test('foldingRange covers sections and tables', async () => {
  const c = await start();
  const s = seed('000');
  c.open(s.uri, s.text);
  const symbols = await c.request<any[]>('textDocument/documentSymbol', { textDocument: { uri: s.uri } });
  const folds = await c.request<any[]>('textDocument/foldingRange', { textDocument: { uri: s.uri } });
  assert.ok(folds.length >= 9, `6 sections + 3 tables at least, got ${folds.length}`);
  for (const f of folds) assert.ok(f.endLine > f.startLine);
  const starts = new Set(folds.map((f) => f.startLine));
  for (const sym of symbols.filter((x) => CANONICAL.includes(x.name))) {
    assert.ok(starts.has(sym.range.start.line), `fold for ${sym.name}`);
  }
});

test('hover on a table 三 total cell explains row, column and the equation', async () => {
  const c = await start();
  const s = seed('000');
  c.open(s.uri, s.text);
  const label = s.text.search(/[(（]七[)）]总计/);
  assert.ok(label >= 0);
  const digit = label + s.text.slice(label + 5).search(/\d/) + 5;
  const h = await c.request('textDocument/hover', { textDocument: { uri: s.uri }, position: positionAt(s.text, digit) });
  assert.ok(h, 'hover on the first number of （七）总计');
  assert.equal(h.contents.kind, 'markdown');
  assert.match(h.contents.value, /总计/);
  assert.match(h.contents.value, /行：/);
  assert.match(h.contents.value, /列：.*(自然人|法人|总计)/);
  const en = await start({ locale: 'en-US' });
  en.open(s.uri, s.text);
  const he = await en.request('textDocument/hover', { textDocument: { uri: s.uri }, position: positionAt(s.text, digit) });
  assert.match(he.contents.value, /Row: .*\n\nColumn: /);
  assert.match(he.contents.value, /总计/, 'English hover still names the Chinese labels of the draft');
});

test('hover outside tables answers null; outline of a non-report plaintext is empty', async () => {
  const c = await start();
  const s = seed('000');
  c.open(s.uri, s.text);
  assert.equal(await c.request('textDocument/hover', { textDocument: { uri: s.uri }, position: { line: 1, character: 0 } }), null);
  const uri = 'file:///notes.txt';
  c.open(uri, 'just some notes\n\nnothing more\n', 'plaintext');
  assert.deepEqual(await c.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
  assert.deepEqual(await c.request('textDocument/foldingRange', { textDocument: { uri } }), []);
});
