// Bracket pairing for the punctuation rules: round brackets ( （ ) ） and square
// brackets [ ［ ] ］, each family matched with its own stack, within one line.
// Brackets inside URLs/e-mails/entities and the brackets of document numbers
// (doc-number-brackets' business) are skipped; a Markdown link "](…)" is paired
// but marked so that neither of its brackets is reported.

import type { SpanSet } from './exclusions';

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

/**
 * Pairs the brackets of text. `skip` (URLs, e-mails, entities…) and
 * `docBrackets` (offsets of document-number brackets) come from TextScans, which
 * computes each once per report; they are asked only when there is a bracket.
 */
export function scanBrackets(text: string, skipOf: () => SpanSet, docBracketsOf: () => Set<number>): BracketScan {
  const pairs: BracketPair[] = [];
  const unmatched: number[] = [];
  const n = text.length;
  // Cheap exit before building the masks: no bracket at all.
  let any = false;
  for (let i = 0; i < n && !any; i++) any = isBracketCode(text.charCodeAt(i));
  if (any) {
    const skip = skipOf();
    const doc = docBracketsOf();
    // Stacks of open offsets; a Markdown link target "](" is stored as -(offset + 1).
    let round: number[] = [];
    let square: number[] = [];
    const flush = () => {
      for (const o of round) if (o >= 0) unmatched.push(o);
      for (const o of square) unmatched.push(o);
      round = [];
      square = [];
    };
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || c === 0x0d) {
        if (round.length || square.length) flush();
        continue;
      }
      if (!isBracketCode(c)) continue;
      if ((doc.size > 0 && doc.has(i)) || (skip.size > 0 && skip.has(i))) continue;
      switch (c) {
        case 0x28: // (
          round.push(text.charCodeAt(i - 1) === 0x5d ? -(i + 1) : i);
          break;
        case 0xff08: // （
          round.push(i);
          break;
        case 0x5b: // [
        case 0xff3b: // ［
          square.push(i);
          break;
        case 0x29: // )
        case 0xff09: {
          // ）
          const o = round.pop();
          if (o === undefined) unmatched.push(i);
          else if (o >= 0) pairs.push({ open: o, close: i, family: 'round' });
          break;
        }
        default: {
          // ] ］
          const o = square.pop();
          if (o === undefined) unmatched.push(i);
          else pairs.push({ open: o, close: i, family: 'square' });
        }
      }
    }
    flush();
  }
  return { pairs, unmatched };
}

function isBracketCode(c: number): boolean {
  return c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0xff08 || c === 0xff09 || c === 0xff3b || c === 0xff3d;
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
