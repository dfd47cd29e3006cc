// The first step of the pipeline: a document's text as the source every later
// step reads (see source.ts for the offset map), and the sources of its parts.

import type { Range } from '../types';
import { looksLikeHtml, readHtml } from './html';
import { keepOnly, plainSource, type SourceText } from './source';
import { locateReport } from '../model/locate-report';

/**
 * The text a document is read as, decided once for everything downstream:
 * markup is converted here, so splitting, parsing and rules all see the same
 * visible text and every offset maps back through one map. A web page is
 * read from its report's title to the end of its last section: the page's
 * chrome around the report is never linted (locate-report.ts).
 */
export function readSource(original: string): SourceText {
  if (!looksLikeHtml(original)) return plainSource(original);
  const page = readHtml(original);
  const keep = locateReport(page.source.text, page.blocks);
  return keep ? keepOnly(page.source, keep) : page.source;
}

/**
 * One report of a document as a source of its own: `text[range]` of the
 * document's visible text, with offsets local to the report's own slice of the
 * original. Consecutive parts tile the original (see `partBounds`).
 */
export function partSource(doc: SourceText, range: Range, originalStart: number, originalEnd: number): SourceText {
  if (!doc.isHtml) return plainSource(doc.original.slice(originalStart, originalEnd));
  const original = doc.original.slice(originalStart, originalEnd);
  const text = doc.text.slice(range.start, range.end);
  const len = original.length;
  const clamp = (o: number) => (o < 0 ? 0 : o > len ? len : o);
  return {
    original,
    text,
    isHtml: true,
    toOriginal: (o) => (o >= text.length ? len : clamp(doc.toOriginal(range.start + o) - originalStart)),
    toOriginalEnd: (o) => (o <= 0 ? 0 : clamp(doc.toOriginalEnd(range.start + Math.min(o, text.length)) - originalStart)),
  };
}

/** Where each part (ranges in the visible text, in order, tiling it) lies in the original. */
export function partBounds(doc: SourceText, ranges: readonly Range[]): Range[] {
  if (!doc.isHtml) return ranges.map((r) => ({ start: r.start, end: r.end }));
  const starts = ranges.map((r, i) => (i === 0 ? 0 : doc.toOriginal(r.start)));
  return starts.map((s, i) => ({ start: s, end: i + 1 < starts.length ? starts[i + 1] : doc.original.length }));
}
