// The model's ranges (sections, prose) are document ranges; the content rules
// read the visible text (report.src.text), which differs from the document for
// HTML. These turn a document range into the visible-text range it shows, so a
// rule reads words, not markup (a Word style "font-family:宋体" is no prose).

import type { Range } from '../types';
import type { Report, Section } from '../model/report';
import type { SourceText } from '../text/source';

/** The first visible-text offset whose document offset is at or after `doc` (src.toOriginal is non-decreasing). */
export function textOffset(src: SourceText, doc: number): number {
  if (!src.isHtml) return doc;
  let lo = 0;
  let hi = src.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (src.toOriginal(mid) < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The visible-text range a document range shows. */
export function textRange(src: SourceText, r: Range): Range {
  if (!src.isHtml) return r;
  const start = textOffset(src, r.start);
  return { start, end: Math.max(start, textOffset(src, r.end)) };
}

/** A section body in visible-text coordinates. */
export function bodyText(report: Report, s: Section): { start: number; text: string } {
  const r = textRange(report.src, s.body);
  return { start: r.start, text: report.src.text.slice(r.start, r.end) };
}

/** The prose (outside every table) in visible-text coordinates, sorted and disjoint. */
export function proseTextRanges(report: Report): Range[] {
  return report.prose.map((r) => textRange(report.src, r)).filter((r) => r.end > r.start);
}

/** Visible-text ranges of the sections with the given ids, sorted. */
export function sectionTextRanges(report: Report, ids: readonly number[]): Array<Range & { id: number }> {
  return report.sections.filter((s) => s.id !== null && ids.includes(s.id)).map((s) => ({ ...textRange(report.src, s.body), id: s.id! }));
}
