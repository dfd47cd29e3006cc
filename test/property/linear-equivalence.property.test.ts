// The linear rewrites of backtracking patterns and of searches repeated per
// match find exactly what the old forms found. Each old form is kept here as the
// reference and compared on random strings over the characters that matter to
// it (runs of spaces, digits, brackets, tags, quotes, line breaks), so any
// difference in a match, its position or its groups shows up.
// adversarial.property.test.ts checks that they are linear.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { looksLikeHtml } from '../../server/src/core/text/html';
import { decFormat, type Dec } from '../../server/src/core/text/numbers';
import { INNER_ORDINAL, MD_RULE, splitLines } from '../../server/src/core/model/cells';
import { INLINE_SUB, L1_INLINE, TITLE_GAP } from '../../server/src/core/model/headings';
import { unitPattern } from '../../server/src/core/rules/narrative/narrative-sum-mismatch';
import { lineAround } from '../../server/src/core/rules/helpers';
import { lastRowTagAtOrBefore } from '../../server/src/core/rules/tables/table-row-missing';
import { fcParams } from './helpers';

/** Strings of up to maxLength pieces drawn from `pieces`. */
const over = (pieces: string[], maxLength = 40) => fc.array(fc.constantFrom(...pieces), { maxLength }).map((a) => a.join(''));

type Found = [number, string, ...(string | undefined)[]];

/** Every match of a global regex from offset 0 (the exec loops of the callers), or the one match of a plain one. */
function matches(re: RegExp, s: string): Found[] {
  const out: Found[] = [];
  if (!re.global) {
    const m = re.exec(s);
    return m ? [[m.index, ...m] as Found] : [];
  }
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) out.push([m.index, ...m] as Found);
  return out;
}

function sameMatches(oldRe: RegExp, newRe: RegExp, strings: fc.Arbitrary<string>, runs = 2000): void {
  fc.assert(
    fc.property(strings, (s) => {
      assert.deepEqual(matches(newRe, s), matches(oldRe, s), JSON.stringify(s));
    }),
    fcParams(runs),
  );
}

// Small alphabets, so that the few sequences where the forms could differ come up often.
const SPACES = [' ', ' ', '\u3000', '\t'];

test('Markdown table rule: the rewritten pattern accepts exactly the same lines', () => {
  const OLD = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
  const line = over([...SPACES, '|', '|', '-', '-', '--', '---', ':', 'x', '｜']);
  fc.assert(
    fc.property(line, (s) => {
      assert.equal(MD_RULE.test(s), OLD.test(s), JSON.stringify(s));
      // And through splitLines, which asks it about lines holding a dash.
      if (s.includes('-')) assert.equal(splitLines(s)[0].rule, OLD.test(s), JSON.stringify(s));
    }),
    fcParams(1500),
  );
});

test('inner ordinals of PDF rows: same matches', () => {
  const OLD = /\s+(?=[（(][一二三四五六七八九十]{1,2}[）)]|\d{1,2}[.．、](?![\d０-９]))/g;
  sameMatches(OLD, INNER_ORDINAL, over([...SPACES, '（', '(', '一', '）', '1', '12', '.', '、', '０', 'a']));
});

test('section headings run into the text: same matches', () => {
  const OLD = /[。；;！!？?\s|｜]\s*([一二三四五六])\s*、\s*/g;
  sameMatches(OLD, L1_INLINE, over([...SPACES, '。', '|', '｜', '一', '六', '七', '、', 'x']));
});

test('title end at a sub-heading mark or a gap: same matches', () => {
  const OLD_SUB = /\s+(?:\d{1,2}\s*[.．、](?!\d)|[（(][一二三四五六七八九十]{1,3}[）)])/;
  const OLD_GAP = /[\s\u3000]+(?=[^\s\u3000|｜])/;
  const title = over([...SPACES, '1', '123', '.', '、', '（', '一', '）', '|', '｜', 'x']);
  sameMatches(OLD_SUB, INLINE_SUB, title);
  sameMatches(OLD_GAP, TITLE_GAP, title);
});

test('listed parts of a narrative sum: same matches for every unit', () => {
  for (const unit of ['人次', '件', '条', '项', '个', '篇', '期', '次', '家', '人', '份']) {
    const OLD = new RegExp(`([0-9０-９]+(?:\\.[0-9]+)?)\\s*${unit}(?![余多])`, 'g');
    sameMatches(OLD, unitPattern(unit), over([...SPACES, '1', '０', '.', unit, unit, '余', '次', 'x']), 300);
  }
});

test('decimal formatting without the trailing-zero regex: same text', () => {
  const oldDecFormat = (a: Dec): string => {
    let digits = a.n.toString();
    if (a.scale === 0) return digits;
    if (digits.length <= a.scale) digits = '0'.repeat(a.scale - digits.length + 1) + digits;
    let int = digits.slice(0, digits.length - a.scale);
    let frac = digits.slice(digits.length - a.scale);
    frac = frac.replace(/0+$/, '');
    if (int === '') int = '0';
    return frac ? `${int}.${frac}` : int;
  };
  const dec = fc.record({ n: fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.constantFrom(0n, 10n, 1000n, 10n ** 20n)), scale: fc.nat({ max: 30 }) });
  fc.assert(
    fc.property(dec, (a) => assert.equal(decFormat(a), oldDecFormat(a))),
    fcParams(1000),
  );
});

/** What looksLikeHtml did: five matches of this regex in the first 200,000 characters. */
function oldLooksLikeHtml(text: string): boolean {
  if (text.indexOf('<') < 0) return false;
  const head = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const m = head.match(/<\/?(?:html|body|table|tr|td|th|p|div|span|br)\b[^>]*>/gi);
  return !!m && m.length >= 5;
}

const TAG_PIECES = [
  '<',
  '<',
  '</',
  '>',
  '>',
  'p',
  'P',
  'td',
  'TD',
  'Tr',
  'th',
  'thead',
  'table',
  'TABLE',
  'br',
  'bR',
  'span',
  'html',
  'body',
  'div',
  'pre',
  'b',
  'x',
  '_',
  '1',
  ' ',
  '\n',
  '"',
  "'",
  '/',
  '=',
  'ſ',
  'K',
  'İ',
  'ı',
  '一',
  '<p>',
  '</p>',
  '<br/>',
  '<p ',
  '<td>',
];

test('HTML detection without the regex: same answer', () => {
  fc.assert(
    fc.property(over(TAG_PIECES, 80), (s) => assert.equal(looksLikeHtml(s), oldLooksLikeHtml(s), JSON.stringify(s))),
    fcParams(3000),
  );
});

test('HTML detection: tags around the 200,000th character count as before', () => {
  const tags = over(['<p>', '</p>', '<td>', '<br', '>', 'x', '<p ', ' '], 12);
  fc.assert(
    fc.property(tags, fc.integer({ min: 199_960, max: 200_010 }), tags, (before, at, after) => {
      const s = before + 'a'.repeat(Math.max(0, at - before.length)) + after + '<p>'.repeat(6);
      assert.equal(looksLikeHtml(s), oldLooksLikeHtml(s));
    }),
    fcParams(200),
  );
});

test('the line around an offset: the same range as walking to the line breaks', () => {
  const isBreak = (c: number) => c === 10 || c === 13;
  const oldLineAround = (text: string, offset: number) => {
    let s = Math.min(offset, text.length);
    while (s > 0 && !isBreak(text.charCodeAt(s - 1))) s--;
    let e = Math.min(offset, text.length);
    while (e < text.length && !isBreak(text.charCodeAt(e))) e++;
    return { start: s, end: e };
  };
  // Lines short and long (past the walk that lineAround tries first), several texts in turn (its memo).
  const text = fc
    .array(
      fc.oneof(
        fc.constantFrom('\n', '\r', '\r\n', 'ab'),
        fc.nat({ max: 1_500 }).map((n) => 'x'.repeat(n)),
      ),
      { maxLength: 12 },
    )
    .map((a) => a.join(''));
  const offset = fc.oneof(fc.nat({ max: 20_000 }), fc.constantFrom(-3, -1, 0, NaN, 0.5, 700.5));
  fc.assert(
    fc.property(fc.array(fc.tuple(text, fc.array(offset, { minLength: 1, maxLength: 6 })), { minLength: 1, maxLength: 3 }), (cases) => {
      for (const [t, offsets] of cases) {
        for (const o of offsets) {
          const at = Number.isInteger(o) && o > 0 && t.length > 0 ? o % (t.length + 1) : o;
          assert.deepEqual(lineAround(t, at), oldLineAround(t, at), `${JSON.stringify(t.slice(0, 20))}… at ${at}`);
        }
      }
    }),
    fcParams(500),
  );
});

test('the row tag before a missing row: the same offset as lastIndexOf', () => {
  const page = over(['<tr', '<tr>', '<t', 'r', '<', 'x', '<td>', '</tr>'], 30);
  const from = fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(NaN, Infinity, 2.5));
  fc.assert(
    fc.property(fc.array(fc.tuple(page, fc.array(from, { minLength: 1, maxLength: 5 })), { minLength: 1, maxLength: 3 }), (cases) => {
      for (const [p, froms] of cases)
        for (const f of froms) assert.equal(lastRowTagAtOrBefore(p, f), p.lastIndexOf('<tr', f), `${JSON.stringify(p)} from ${f}`);
    }),
    fcParams(1000),
  );
});
