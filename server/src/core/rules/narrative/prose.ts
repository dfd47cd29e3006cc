// Scans the prose (outside tables) with a global regex, yielding document ranges.

import type { Report } from '../../model/report';

export interface ProseMatch {
  m: RegExpExecArray;
  /** Document offset of m.index. */
  at: number;
  /** Document offset of the end of the match. */
  end: number;
  /** End of the match in parser-text coordinates (to read on from there). */
  textEnd: number;
}

/** A global regex, or anything that scans like one (exec from lastIndex, lastIndex past the match). */
export interface Scanner {
  lastIndex: number;
  exec(s: string): RegExpExecArray | null;
}

/**
 * `anyOf`, when given, lists words of which every match of `re` contains at
 * least one: a prose range holding none of them is not scanned at all.
 */
export function* proseMatches(report: Report, re: Scanner, anyOf?: readonly string[]): Generator<ProseMatch> {
  const src = report.src;
  if (src.isHtml) {
    // Prose ranges are document offsets; the HTML parser text is scanned whole and filtered.
    const inProse = (o: number) => inRanges(report.prose, o);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(src.text))) {
      if (m[0].length === 0) re.lastIndex++;
      const at = src.toOriginal(m.index);
      if (inProse(at)) yield { m, at, end: src.toOriginalEnd(m.index + m[0].length), textEnd: m.index + m[0].length };
    }
    return;
  }
  for (const { r, slice } of proseSlices(report)) {
    if (anyOf && !anyOf.some((w) => slice.includes(w))) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) {
      if (m[0].length === 0) re.lastIndex++;
      yield { m, at: r.start + m.index, end: r.start + m.index + m[0].length, textEnd: r.start + m.index + m[0].length };
    }
  }
}

/** The text of each prose range, cut once per report: a dozen narrative scans read them all. */
const slices = new WeakMap<Report, { r: { start: number; end: number }; slice: string }[]>();

function proseSlices(report: Report): { r: { start: number; end: number }; slice: string }[] {
  let out = slices.get(report);
  if (!out) {
    out = report.prose.map((r) => ({ r, slice: report.src.text.slice(r.start, r.end) }));
    slices.set(report, out);
  }
  return out;
}

/**
 * Whether o lies in one of the ranges (sorted and disjoint, as report.prose
 * is): a binary search, as a page with many tables has many prose ranges and
 * each match of a scan asks.
 */
function inRanges(ranges: readonly { start: number; end: number }[], o: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (o < r.start) hi = mid - 1;
    else if (o >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}
