// The map from an HTML page's visible text back to the page, on random pages
// of tags, cells, spans, entities, quotes and comments: every character of
// the text comes from the page (itself, its entity, a folded line break, the
// blank text of an empty cell) or is synthetic and stands at a point between
// tags, never inside one; and the map never runs backwards. A fix is written
// through this map, so this is what keeps a fix out of the markup. (The
// conversion reads cells as a reader does since issue 9, so it is no longer
// compared with the conversion from before its linear rewrite.)

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { htmlSource } from '../../server/src/core/text/html';
import { readSource } from '../../server/src/core/text/read-source';
import type { SourceText } from '../../server/src/core/text/source';
import { fcParams } from './helpers';

const over = (pieces: string[], maxLength = 60) => fc.array(fc.constantFrom(...pieces), { maxLength }).map((a) => a.join(''));

// prettier-ignore
const PAGE_PIECES = [
  '<p>', '</p>', '<td>', '</td>', '<td colspan=3>', '<th colspan="2">', '<td rowspan="2">', '<td rowspan=3 colspan=2>', '<tr>', '</tr>', '<table>', '</table>',
  '<tbody>', '</tbody>', '<br>', '<br/>', '<div>', '</div>', '<span>', '</span>', '<o:p>', '</o:p>', '<font>', '</font>', '<script>', '</script>', '<style>',
  '</style>', '<title>', '</title>', '<!--', '-->', '"', "'", '>', '<', '&', ';', '&amp;', '&nbsp;', '&#x41;', '&#20013;', '&bogus;', '&amp', '\n', '\r\n', '\t',
  ' ', 'text', '一、总体情况', '六、其他需要报告的事项', '报告', '12', '3', '果', '&lt;p&gt;', '<p class="a>b">', "<p title='x'>", '<img src="a.png"/>',
];

/** The visible-text character k and the piece of the page it maps to. */
function piece(src: SourceText, k: number): { start: number; end: number } {
  return { start: src.toOriginal(k), end: src.toOriginalEnd(k + 1) };
}

function checkMap(page: string, src: SourceText): void {
  let prev = 0;
  for (let k = 0; k < src.text.length; k++) {
    const { start, end } = piece(src, k);
    const ch = src.text[k];
    const from = page.slice(start, end);
    assert.ok(start >= prev, `character ${k} maps before character ${k - 1}`);
    prev = start;
    if (start === end) {
      // Synthetic: a line break, a separator, a space standing for a tag or an empty cell.
      assert.ok(
        start === 0 || start === page.length || page[start] === '<' || page[start - 1] === '>',
        `${JSON.stringify(ch)} at ${start} is not between tags`,
      );
      continue;
    }
    const verbatim = from === ch;
    const entity = /^&#?[a-z0-9]+;$/i.test(from);
    const folded = ch === ' ' && /^[\r\n\t]$/.test(from);
    // An empty cell's one space stands for its first run of blank text (spaces, line breaks, &nbsp;…).
    const blank = ch === ' ' && /^(?:\s|&(?:nbsp|ensp|emsp|thinsp);)+$/i.test(from);
    assert.ok(verbatim || entity || folded || blank, `${JSON.stringify(ch)} maps to ${JSON.stringify(from)}`);
  }
}

test('HTML to text: every character maps to what shows it, and synthetic ones to points between tags', () => {
  fc.assert(
    fc.property(over(PAGE_PIECES), (page) => checkMap(page, htmlSource(page))),
    fcParams(1500),
  );
});

test('HTML to text: the same holds for the report read out of a page (chrome dropped, wrapped titles joined)', () => {
  const report = fc
    .tuple(over(PAGE_PIECES, 20), over(PAGE_PIECES, 20), over(PAGE_PIECES, 20))
    .map(
      ([a, b, c]) =>
        `<html><body><div>首页 ${a}</div><div><p>示例市2021年</p><p>政府信息公开工作年度报告</p>` +
        `<p>一、总体情况</p><p>${b}</p><p>二、主动公开政府信息情况</p><table><tr><td>规章</td><td>${c}</td></tr></table>` +
        `<p>六、其他需要报告的事项</p><p>无。</p></div><div>上一篇 ${c}</div></body></html>`,
    );
  fc.assert(
    fc.property(report, (page) => {
      const src = readSource(page);
      checkMap(page, src);
    }),
    fcParams(500),
  );
});

test('HTML to text: tags longer than the 4,000-character reach are text, and the map still holds', () => {
  const long = fc.record({ at: fc.integer({ min: 3_980, max: 4_020 }), quote: fc.constantFrom('', '"', "'"), tail: over(PAGE_PIECES, 10) });
  fc.assert(
    fc.property(long, ({ at, quote, tail }) => {
      const page = `<p>a</p><p>b</p><p ${quote}` + 'x'.repeat(at) + `${quote}>c</p>` + tail + '<td>1</td>';
      checkMap(page, htmlSource(page));
    }),
    fcParams(120),
  );
});
