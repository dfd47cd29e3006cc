// What one HTML table cell reads as, and where each character of it maps in
// the page: the reader sees one cell per <td> whatever markup wraps its text,
// and a fix written through the map lands inside that cell's text, never in a
// tag, another cell or between cells.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlSource } from '../../server/src/core/text/html';
import { fixAll } from '../../server/src/core/fix/fixAll';
import { baseDraft, hits, lintAll, none, parsedRow, setT3 } from './rules/_helpers';
import { wordReport } from './html-word';

/** The visible text of a one-row table, without the row's line breaks. */
const row = (tds: string) => htmlSource(`<table><tr>${tds}</tr></table>`).text.trim();

/** Where character k of the visible text comes from in the page. */
function origin(page: string, k: number): { start: number; end: number; piece: string } {
  const src = htmlSource(page);
  const start = src.toOriginal(k);
  const end = src.toOriginalEnd(k + 1);
  return { start, end, piece: page.slice(start, end) };
}

test('inline tags add nothing: a number split over spans is one number', () => {
  assert.equal(row('<td><span>2</span><span>0</span></td><td><font>1</font><b>5</b><o:p></o:p></td>'), '|20|15|');
});

test('paragraphs, divisions and <br> inside a cell are not cell boundaries', () => {
  assert.equal(row('<td><p>a</p><p>b</p></td><td><div>3</div></td><td><p>4</p><p></p></td>'), '|a b|3|4|');
  // Between CJK text they join; between anything else they are one space.
  assert.equal(
    row('<td>果<br>纠</td><td><p>结</p><p>果</p></td><td>1<br>2</td><td>Total<br/>count</td><td>本年新<br>\n制作数量</td>'),
    '|果纠|结果|1 2|Total count|本年新制作数量|',
  );
});

test('&nbsp; padding and whitespace around a value are not part of it', () => {
  assert.equal(row('<td>&nbsp;3&nbsp;&nbsp;</td><td><font>&nbsp;</font>7</td><td>\n<p>148</p></td>').replace(/ +\|/g, '|'), '|3|7|148|');
});

test('an empty cell is one space that maps into the cell: its first run of blank text, or the point inside its innermost element', () => {
  const page = '<table><tr><td>1</td><td><p><span>&nbsp;</span></p><p>&nbsp;</p></td><td><p class=x><span style="a"></span></p></td><td></td></tr></table>';
  const text = htmlSource(page).text;
  const cells = text.trim().split('|');
  assert.deepEqual(
    cells.map((c) => c.trim()),
    ['', '1', '', '', '', ''],
  );
  const pipes = [...text].flatMap((c, k) => (c === '|' ? [k] : []));
  /** Offset of the first character of the nth cell (1-based). */
  const at = (nth: number) => pipes[nth - 1] + 1;
  const nbsp = origin(page, at(2));
  assert.equal(nbsp.piece, '&nbsp;', 'the first &nbsp; inside the span');
  const innermost = origin(page, at(3));
  assert.equal(innermost.start, innermost.end);
  assert.ok(page.slice(0, innermost.start).endsWith('<span style="a">') && page.startsWith('</span>', innermost.start), 'inside the empty span');
  const bare = origin(page, at(4));
  assert.ok(page.slice(0, bare.start).endsWith('<td>') && page.startsWith('</td>', bare.start), 'between <td> and </td>');
});

test('a value spanning columns is one cell; a label spanning columns keeps the columns after it in place', () => {
  assert.equal(row('<td>行政许可</td><td colspan="3">2293</td>'), '|行政许可|2293|');
  assert.equal(row('<td colspan="3">一、本年新收</td><td>3</td>'), '| | |一、本年新收|3|');
  assert.equal(row('<td colspan="2">75394432.52元</td>'), '|75394432.52元|', 'a value with its unit is a value');
});

test('a label spanning rows belongs to each: the rows below get a stand-in cell in its column', () => {
  const page =
    '<table><tr><td rowspan="3">三、本年度办理结果</td><td>（一）予以公开</td><td>1</td></tr>' +
    '<tr><td>（二）部分公开</td><td>2</td></tr><tr><td>（六）其他处理</td><td>3</td></tr>' +
    '<tr><td rowspan="2">5</td><td>四、结转</td><td>4</td></tr><tr><td>x</td><td>6</td></tr></table>';
  const lines = htmlSource(page)
    .text.split('\n')
    .filter((l) => l.trim());
  assert.deepEqual(
    lines,
    ['|三、本年度办理结果|（一）予以公开|1|', '| |（二）部分公开|2|', '| |（六）其他处理|3|', '|5|四、结转|4|', '|x|6|'],
    'a value spanning rows gets none',
  );
});

test('every synthetic character maps to a point between tags, never into one', () => {
  const page = `<html><body><p>一</p><table border=1><tbody><tr><td rowspan=2 colspan=2 class="a>b"><p><span>标<br>签</span></p></td><td>&nbsp;</td>
<td><span></span></td></tr><tr><td>1</td><td>2</td></tr></tbody></table><div>尾</div></body></html>`;
  const src = htmlSource(page);
  for (let k = 0; k < src.text.length; k++) {
    const s = src.toOriginal(k);
    const e = src.toOriginalEnd(k + 1);
    if (s === e) assert.ok(s === 0 || s === page.length || page[s] === '<' || page[s - 1] === '>', `${JSON.stringify(src.text[k])} at ${s}: between tags`);
    else assert.ok(!page.slice(s, e).includes('<'), `${JSON.stringify(src.text[k])} maps to text, not markup`);
  }
});

test('a layout cell (a page column, a cell holding a table) reads as lines, not as one cell', () => {
  const long = '本局认真贯彻落实条例，扎实推进政府信息公开工作。'.repeat(20);
  const text = htmlSource(`<table><tr><td><p>一、总体情况</p><p>${long}</p><table><tr><td>规章</td><td>0</td></tr></table></td></tr></table>`).text;
  assert.ok(text.split('\n').includes('一、总体情况'), 'its paragraphs are lines');
  assert.ok(text.includes('|规章|0|'), 'the table inside is read as a table');
});

test('fix-all in a Word table writes the missing value inside the empty cell, and changes nothing else', () => {
  for (const gen of ['2021', '2019'] as const) {
    const d = baseDraft(gen);
    setT3(d, 'new', 'legal', '');
    setT3(d, 'unable1', 'total', '');
    const page = wordReport(d, { style: () => 1 });
    assert.equal(hits(page, 'table-cell-empty').length, 2, gen);
    const fixed = fixAll(page).text;
    none(fixed, 'table-cell-empty');
    const report = lintAll(fixed).result.report;
    assert.deepEqual(parsedRow(report, 't3', 'new'), baseDraft(gen).t3.find((r) => r.id === 'new')!.values, `${gen}: 一、本年新收 restored`);
    assert.deepEqual(parsedRow(report, 't3', 'unable1'), ['1', '0', '0', '0', '0', '0', '1'], `${gen}: the computed total written`);
    // Only the blanks changed: each "&nbsp;" of the two empty cells became a number, inside its span.
    const removed = page.split('>&nbsp;</span>').length - fixed.split('>&nbsp;</span>').length;
    assert.equal(removed, 2, `${gen}: two blanks filled`);
    assert.deepEqual(fixed.match(/<[^>]*>/g), page.match(/<[^>]*>/g), `${gen}: markup untouched`);
    assert.equal(fixed.length, page.length - 2 * ('&nbsp;'.length - 1), `${gen}: nothing else written`);
  }
});

test('fix-all on a clean Word report changes nothing (a value after a line break is a value, never an empty cell to fill)', () => {
  for (const gen of ['2021', '2019'] as const) {
    for (let style = 0; style < 6; style++) assert.equal(fixAll(wordReport(baseDraft(gen), { style: () => style })).changed, false, `${gen}, style ${style}`);
  }
});

test('text in a table outside its cells is not put into a cell (browsers move it out); a caption is a line of its own', () => {
  const text = htmlSource('<table><caption>表1 说明</caption>\n<tr>\n<td>规章</td> x <td><span>&nbsp;</span></td>\n</tr></table>').text;
  assert.deepEqual(
    text.split('\n').filter((l) => l.trim()),
    ['表1 说明', '|规章| |'],
  );
});
