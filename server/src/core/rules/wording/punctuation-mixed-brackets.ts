// punctuation-mixed-brackets: a bracket pair with one half-width and one
// full-width side — "（2019)", "(一）", "［附件]". The safe fix makes both sides
// the same width, editing only the odd one:
// * full width, unless the content is pure ASCII AND the pair does not stand
//   in Chinese text ("see (PDF）" → "(PDF)"). In Chinese text a half-width pair
//   would itself be a punctuation-halfwidth finding, so there the fix goes full
//   width ("附件(PDF）" → "附件（PDF）") and the two rules never undo each other.
// Pairs are matched per line and per family (round, square); brackets of
// document numbers, URLs and Markdown link targets are skipped.

import type { Rule } from '../rule';
import { DocMap, fixes } from '../../text/docmap';
import { clip, isCjkAt, nextNonSpace, prevNonSpace } from '../../text/chars';
import { isHalfwidthBracket, otherWidthBracket } from '../../text/brackets';

const MAX_ASCII_SCAN = 500;

function pureAscii(text: string, start: number, end: number): boolean {
  if (end - start > MAX_ASCII_SCAN) return false;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 0x7e) return false;
  return true;
}

export const rule: Rule = {
  meta: {
    id: 'punctuation-mixed-brackets',
    category: 'wording',
    severity: 'warning',
    fixClass: 'safe',
    description: {
      zh: '括号一半全角、一半半角（如“（2019)”“(一）”）',
      en: 'A bracket pair with one half-width and one full-width side ("（2019)", "(一）")',
    },
  },
  check(ctx) {
    const map = new DocMap(ctx.report.src);
    const text = map.text;
    for (const p of ctx.report.scans.brackets.pairs) {
      const o = text[p.open];
      const c = text[p.close];
      const halfOpen = isHalfwidthBracket(o);
      if (halfOpen === isHalfwidthBracket(c)) continue;
      // Would the pair, made half-width, stand in Chinese text?
      const l = prevNonSpace(text, p.open);
      const r = nextNonSpace(text, p.close + 1);
      const outsideCjk = (l !== -1 && isCjkAt(text, l)) || (r !== -1 && isCjkAt(text, r));
      const toHalf = pureAscii(text, p.open + 1, p.close) && !outsideCjk;
      const odd = toHalf ? (halfOpen ? p.close : p.open) : halfOpen ? p.open : p.close;
      const replacement = otherWidthBracket(text[odd]);
      const wrong = clip(text.slice(p.open, p.close + 1));
      const right = odd === p.open ? replacement + wrong.slice(1) : wrong.slice(0, -1) + replacement;
      const width = toHalf ? { zh: '半角', en: 'half-width' } : { zh: '全角', en: 'full-width' };
      ctx.add({
        range: map.range(p.open, p.close + 1),
        message: {
          zh: `括号全角半角混用：“${wrong}”应统一为${width.zh}“${right}”`,
          en: `Mixed-width brackets "${wrong}": make both ${width.en}, "${right}"`,
        },
        fixes: fixes(
          map.fix({ zh: `统一为${width.zh}括号“${right}”`, en: `Make both ${width.en}: "${right}"` }, [{ start: odd, end: odd + 1, text: replacement }], true),
        ),
      });
    }
  },
};
