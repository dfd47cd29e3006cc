// Scans the prose (outside tables) with a global regex, yielding document ranges.

import type { Report } from '../../model/report';

export interface ProseMatch {
  m: RegExpExecArray;
  /** Document offset of m.index. */
  at: number;
  /** Document offset of the end of the match. */
  end: number;
}

export function* proseMatches(report: Report, re: RegExp): Generator<ProseMatch> {
  const src = report.src;
  const text = src.text;
  for (const r of report.prose) {
    // Prose ranges are document offsets; for HTML the parser text differs, so scan it whole.
    const slice = src.isHtml ? text : text.slice(r.start, r.end);
    const base = src.isHtml ? 0 : r.start;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) {
      if (m[0].length === 0) re.lastIndex++;
      const at = src.toOriginal(base + m.index);
      if (src.isHtml && (at < r.start || at >= r.end)) continue;
      yield { m, at, end: src.toOriginalEnd(base + m.index + m[0].length) };
    }
    if (src.isHtml) return;
  }
}
