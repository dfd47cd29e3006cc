// punctuation-halfwidth: half-width , ( ) : ; ? ! inside Chinese text must be
// full width ，（）：；？！ (GB/T 15834-2011).
//
// "Inside Chinese text": the nearest non-space character on at least one side
// (on the same line) is a CJK character or CJK punctuation. Never reported:
// a mark whose nearest non-space neighbours on both sides are ASCII letters or
// digits (decimal points, digit-group commas 3,474,675.89, times 09:20, "A: B"),
// anything inside URLs, e-mail addresses, HTML entities, ISO dates and times,
// the brackets of document numbers (doc-number-brackets), Markdown link
// targets "](…)" and image marks "![". The minus sign (-3) is not in the set.
//
// A matched half-width pair ( … ) on one line is ONE finding whose fix edits
// both characters (a mixed pair is never left behind); it is reported when
// either bracket is in Chinese text. An unmatched bracket is reported alone.

import type { Rule } from '../rule';
import type { Msg } from '../../types';
import { DocMap, fixes } from '../../text/docmap';
import { clip, isAsciiAlnumCode, isCjkAt, nextNonSpace, prevNonSpace } from '../../text/chars';

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
/** Messages per mark, built once (findings share these immutable objects). */
const SINGLE: Record<string, { full: string; message: Msg; title: Msg }> = {};
for (const [ch, full] of Object.entries(FULL)) {
  SINGLE[ch] = {
    full,
    message: {
      zh: `中文语境中应使用全角标点：半角“${ch}”应改为“${full}”`,
      en: `Use full-width punctuation in Chinese text: "${full}" instead of "${ch}"`,
    },
    title: { zh: `改为全角“${full}”`, en: `Change to full-width "${full}"` },
  };
}

/** , : ; ? ! */
const MARKS = [',', ':', ';', '?', '!'];

/**
 * The next mark in text order, consumed (-1 when none is left). `next` holds,
 * per mark, its next occurrence: one native indexOf per occurrence scans far
 * faster than a regex or a loop over every character.
 */
function nextMark(text: string, next: number[]): number {
  let best = -1;
  let k = -1;
  for (let j = 0; j < next.length; j++) {
    const at = next[j];
    if (at !== -1 && (best === -1 || at < best)) {
      best = at;
      k = j;
    }
  }
  if (k !== -1) next[k] = text.indexOf(MARKS[k], best + 1);
  return best;
}

/** True when the half-width mark at i stands in Chinese text (see the header). */
export function inChineseText(text: string, i: number): boolean {
  const l = prevNonSpace(text, i);
  const r = nextNonSpace(text, i + 1);
  if (l !== -1 && r !== -1 && isAsciiAlnumCode(text.charCodeAt(l)) && isAsciiAlnumCode(text.charCodeAt(r))) return false;
  return (l !== -1 && isCjkAt(text, l)) || (r !== -1 && isCjkAt(text, r));
}

export const rule: Rule = {
  meta: {
    id: 'punctuation-halfwidth',
    category: 'wording',
    severity: 'info',
    fixClass: 'safe',
    description: {
      zh: '中文语境中使用了半角标点 , ( ) : ; ? !，应使用全角 ，（）：；？！',
      en: 'Half-width , ( ) : ; ? ! inside Chinese text; use full-width ，（）：；？！',
    },
  },
  check(ctx) {
    const map = new DocMap(ctx.report.src);
    const text = map.text;
    const skip = ctx.report.scans.exclusions;
    const next = MARKS.map((m) => text.indexOf(m));

    for (let i = nextMark(text, next); i !== -1; i = nextMark(text, next)) {
      const ch = text[i];
      if (ch === '!' && text[i + 1] === '[') continue;
      if (skip.has(i) || !inChineseText(text, i)) continue;
      const t = SINGLE[ch];
      ctx.add({
        range: map.range(i, i + 1),
        message: t.message,
        fixes: fixes(map.fix(t.title, [{ start: i, end: i + 1, text: t.full }], true)),
      });
    }

    const { pairs, unmatched } = ctx.report.scans.brackets;
    for (const p of pairs) {
      if (p.family !== 'round' || text[p.open] !== '(' || text[p.close] !== ')') continue;
      if (!inChineseText(text, p.open) && !inChineseText(text, p.close)) continue;
      const wrong = clip(text.slice(p.open, p.close + 1));
      const right = '（' + wrong.slice(1, -1) + '）';
      ctx.add({
        range: map.range(p.open, p.close + 1),
        message: {
          zh: `中文语境中应使用全角括号：“${wrong}”应改为“${right}”`,
          en: `Use full-width brackets in Chinese text: "${right}" instead of "${wrong}"`,
        },
        fixes: fixes(
          map.fix(
            { zh: '改为全角括号“（）”', en: 'Change to full-width brackets "（）"' },
            [
              { start: p.open, end: p.open + 1, text: '（' },
              { start: p.close, end: p.close + 1, text: '）' },
            ],
            true,
          ),
        ),
      });
    }
    for (const u of unmatched) {
      const ch = text[u];
      if ((ch !== '(' && ch !== ')') || !inChineseText(text, u)) continue;
      const full = FULL[ch];
      ctx.add({
        range: map.range(u, u + 1),
        message: {
          zh: `中文语境中应使用全角括号：半角“${ch}”应改为“${full}”（未找到与之配对的括号）`,
          en: `Use full-width brackets in Chinese text: "${full}" instead of "${ch}" (no matching bracket found)`,
        },
        fixes: fixes(map.fix({ zh: `改为全角“${full}”`, en: `Change to full-width "${full}"` }, [{ start: u, end: u + 1, text: full }], true)),
      });
    }
  },
};
