// A file may hold several reports: departments' drafts merged into one file
// for review. Each draft is its own report (its own sections, tables, year),
// so it is parsed and linted on its own; that is also what keeps the cost of
// a huge merged file linear and lets the server re-lint only the draft that
// was edited.
//
// A new report starts where the section sequence restarts: "一、总体情况" after
// the previous draft reached section 四 or later. When a title line
// ("……2021年政府信息公开工作年度报告") stands between the last heading and the
// restart, the new report starts at that title. A title alone never splits:
// PDF extractions repeat the title as a running page header, and a report
// often ends with "附件：……年度报告".

import type { Range } from '../types';
import type { SectionId } from './report';
import { matchSection } from './headings';
import { isTitleText } from './meta';

/** Numbered section heading at the start of a line: "一、总体情况", "## 二. 主动公开…". */
const NUMBERED = /^[\s\u3000#*>]*([一二三四五六七])\s*[、.．，,:：\s]\s*([^。；;！!？?\n\r]{2,40})/;
const ORDINAL = '一二三四五六七';
/** The section that must come before a restart counts as "the previous draft was complete enough". */
const RESTART_AFTER: SectionId = 4;

/** The reports in a document's visible text (HTML already converted), in order, tiling it. */
export function findReports(text: string): Range[] {
  if (text.length < 200) return [{ start: 0, end: text.length }];
  const starts = [0];
  let maxSection = 0;
  let titleSinceHeading = -1;
  let pos = 0;
  let nextTitleHint = text.indexOf('报告');
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const section = headingAt(text, pos, end);
    if (section !== null) {
      const restart = maxSection >= RESTART_AFTER && (section === 1 || (section === 2 && titleSinceHeading >= 0));
      if (restart) {
        starts.push(titleSinceHeading >= 0 ? titleSinceHeading : pos);
        maxSection = 0;
      }
      maxSection = Math.max(maxSection, section);
      titleSinceHeading = -1;
    } else if (nextTitleHint >= 0 && nextTitleHint < end) {
      if (maxSection > 0 && titleSinceHeading < 0 && end - pos <= 120 && isTitleText(text.slice(pos, end).trim())) titleSinceHeading = pos;
      nextTitleHint = text.indexOf('报告', end);
    }
    pos = end + 1;
  }
  return starts.map((s, i) => ({ start: s, end: i + 1 < starts.length ? starts[i + 1] : text.length }));
}

/** The section a numbered heading on text[start, end) names, or null (also used to find a report inside a web page). */
export function headingAt(text: string, start: number, end: number): SectionId | null {
  // Cheap test first: skip to the first visible character; most lines are prose or cells.
  let i = start;
  while (i < end && (text.charCodeAt(i) <= 0x20 || text[i] === '\u3000' || text[i] === '#' || text[i] === '*' || text[i] === '>')) i++;
  if (i >= end || !ORDINAL.includes(text[i])) return null;
  const m = NUMBERED.exec(text.slice(start, Math.min(end, start + 80)));
  if (!m) return null;
  const hit = matchSection(m[2]);
  if (!hit) return null;
  // The restart itself must be numbered right; later sections count by keyword alone.
  if (hit.id <= 2 && ORDINAL.indexOf(m[1]) + 1 !== hit.id) return null;
  return hit.id;
}
