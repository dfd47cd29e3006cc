// Hover Markdown quotes the draft: whatever a table cell holds must show as
// text, never as a link, image or formatting in the editor.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { bold, code, codeBlock, lines, text } from '../../server/src/lsp/markdown';
import { positionAt, seed, clientPool } from './helpers';

const start = clientPool();
const LINK = '[点此](https://evil.example/)';

/** No link, image, autolink or raw HTML survives in the Markdown. */
function assertInert(md: string): void {
  assert.doesNotMatch(md, /(^|[^\\])\[[^\]]*(^|[^\\])\]\(/, 'no [text](url)');
  assert.doesNotMatch(md, /(^|[^\\])</, 'no raw < (HTML, <autolink>)');
  assert.doesNotMatch(md, /https?:\/\//, 'no bare URL for the renderer to link');
  assert.doesNotMatch(md, /www\./, 'no www. autolink');
}

test('a link in a table cell shows as text in the hover', async () => {
  const s = seed('000');
  const label = s.text.search(/[(（]七[)）]总计/);
  const cell = label + s.text.slice(label + 5).search(/\d/) + 5;
  // A leading number makes it a cell (a text cell) rather than a stray line.
  const draft = s.text.slice(0, cell) + `1${LINK}` + s.text.slice(cell + 1);
  const c = await start({ locale: 'zh-cn' });
  c.open(s.uri, draft);
  const h = await c.request<any>('textDocument/hover', { textDocument: { uri: s.uri }, position: positionAt(draft, cell + 2) });
  assert.ok(h, 'hover on the cell');
  const md: string = h.contents.value;
  assert.match(md, /值：“1\\\[点此\\\]\\\(https\\:\\\/\\\/evil\\\.example\\\/\\\)”/, md);
  assertInert(md.replace(/```[^`]*```/g, ''));
  const en = await start({ locale: 'en' });
  en.open(s.uri, draft);
  const he = await en.request<any>('textDocument/hover', { textDocument: { uri: s.uri }, position: positionAt(draft, cell + 2) });
  assert.match(he.contents.value, /Value: \\"1\\\[点此\\\]/);
  assertInert(he.contents.value.replace(/```[^`]*```/g, ''));
});

test('escaping: every ASCII punctuation character, line breaks, and fences no content can close', () => {
  const hostile = `${LINK} ![x](http://a/b.png) <img src=x> *b* _i_ # h \`c\` www.x.cn a@b.cn &amp; | t |`;
  const t = text(hostile);
  assertInert(t);
  // Unescaped, it reads the same: only backslashes were added.
  assert.equal(t.replace(/\\(.)/g, '$1'), hostile);
  assert.equal(text('一\n二\r\n三'), '一 二 三', 'a paragraph stays one paragraph');
  assert.equal(lines('a=b\n[c]'), 'a\\=b  \n\\[c\\]');
  assert.equal(bold('*x*'), '**\\*x\\***');
  assert.equal(codeBlock('a\n```\nb'), '````\na\n```\nb\n````');
  assert.equal(codeBlock('plain'), '```\nplain\n```');
  assert.equal(code('a`b'), '``a`b``');
  assert.equal(code('`x'), '`` `x ``');
});
