// Bracket pairing for the punctuation rules: round brackets ( （ ) ） and square
// brackets [ ［ ] ］, each family matched with its own stack, within one line.
// Brackets inside URLs/e-mails/entities and the brackets of document numbers
// (doc-number-brackets' business) are skipped; a Markdown link "](…)" is paired
// but marked so that neither of its brackets is reported.

import { exclusionSet } from './exclusions';
import { docNumberBracketOffsets } from './docnumber';

export interface BracketPair {
  open: number;
  close: number;
  family: 'round' | 'square';
}

export interface BracketScan {
  /** Matched pairs (Markdown link targets excluded). */
  pairs: BracketPair[];
  /** Offsets of unmatched brackets (either width), not necessarily sorted. */
  unmatched: number[];
}

const BRACKET_RE = /[()（）[\]［］\n\r]/g;

let cacheText: string | null = null;
let cacheScan: BracketScan = { pairs: [], unmatched: [] };

interface Open {
  at: number;
  /** Markdown link target "](": paired but never reported. */
  ignore: boolean;
}

export function scanBrackets(text: string): BracketScan {
  if (text === cacheText) return cacheScan;
  const skip = exclusionSet(text);
  const doc = docNumberBracketOffsets(text);
  const pairs: BracketPair[] = [];
  const unmatched: number[] = [];
  let round: Open[] = [];
  let square: Open[] = [];
  const flush = () => {
    for (const o of round) if (!o.ignore) unmatched.push(o.at);
    for (const o of square) if (!o.ignore) unmatched.push(o.at);
    round = [];
    square = [];
  };
  BRACKET_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BRACKET_RE.exec(text)) !== null) {
    const i = m.index;
    const ch = m[0];
    if (ch === '\n' || ch === '\r') {
      flush();
      continue;
    }
    if (doc.has(i) || skip.has(i)) continue;
    switch (ch) {
      case '(':
      case '（':
        round.push({ at: i, ignore: ch === '(' && text[i - 1] === ']' });
        break;
      case '[':
      case '［':
        square.push({ at: i, ignore: false });
        break;
      case ')':
      case '）': {
        const o = round.pop();
        if (!o) unmatched.push(i);
        else if (!o.ignore) pairs.push({ open: o.at, close: i, family: 'round' });
        break;
      }
      default: {
        const o = square.pop();
        if (!o) unmatched.push(i);
        else pairs.push({ open: o.at, close: i, family: 'square' });
      }
    }
  }
  flush();
  cacheText = text;
  cacheScan = { pairs, unmatched };
  return cacheScan;
}

export function isHalfwidthBracket(ch: string): boolean {
  return ch === '(' || ch === ')' || ch === '[' || ch === ']';
}

/** The other width of a bracket character. */
export function otherWidthBracket(ch: string): string {
  switch (ch) {
    case '(':
      return '（';
    case ')':
      return '）';
    case '（':
      return '(';
    case '）':
      return ')';
    case '[':
      return '［';
    case ']':
      return '］';
    case '［':
      return '[';
    case '］':
      return ']';
    default:
      return ch;
  }
}
