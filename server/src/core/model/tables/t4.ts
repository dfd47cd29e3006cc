// Table 四 (reviews and lawsuits): one data row of 15 numbers after the
// header; header labels are often split or garbled, so values align by
// position — which is trusted only when the numbers stand on one line, one
// per line, or on lines holding nothing but them (or, in HTML, in one <tr>).

import type { Line, Seg } from '../cells';
import type { Placement, Table, UnreadReason } from '../report';
import type { SourceText } from '../../text/source';
import { GROUP_HEADERS, T4_COLUMNS, T4_ROW } from '../../template/tables';
import { isProseText, valueClass } from './classify';
import { labelKey } from '../../text/normalize';
import { TextMemo } from '../../text/memo';
import { buildRow, collected, type Collected } from './rowBuild';
import { finishTable } from './finish';
import { fragmentTest } from './fragments';
import { htmlCellsOf } from './htmlRows';
import { tdAt, type HtmlTd } from './htmlCells';
import { decodeRow, isRunTogether } from './decode';

/** Three groups of five, each ending in its 总计: the relations a run-together row is split by. */
const GROUPS = [5, 5, 5];

export function parseT4(src: SourceText, region: Line[]): Table {
  const lines = src.isHtml ? region : afterLastSentence(region);
  let lastText: { seg: Seg; line: Line } | null = null;
  let values: Seg[] = [];
  let valueLines: Line[] = [];
  // The table in pieces of five (PDF→Markdown writes three small tables, PDF text
  // three rows): the group each piece's header names (-1 none), in reading order.
  const pieces: number[] = [];
  let named = -1;
  let resumed = false;
  outer: for (const line of lines) {
    if (line.blank || line.rule) continue;
    for (const seg of line.segs) {
      if (valueClass(seg) === 'text' && seg.text.length > 0) {
        if (values.some((v) => v.text !== '')) {
          // Text after the numbers ends the table (a note or the next paragraph), unless it heads the next piece.
          if (src.isHtml || !inFives(valueLines) || !headerGroup.get(seg.text).header) break outer;
          lastText = { seg, line };
          named = headerGroup.get(seg.text).group ?? named;
          resumed = true;
          continue;
        }
        lastText = { seg, line };
        named = headerGroup.get(seg.text).group ?? named;
        values = [];
        valueLines = [];
        continue;
      }
      if (!lastText) continue;
      if (valueLines[valueLines.length - 1] !== line && values.length % 5 === 0) {
        pieces.push(named);
        named = -1;
      }
      values.push(seg);
      valueLines.push(line);
    }
  }
  const rows = [];
  if (lastText) {
    const firstLine = valueLines[0] ?? null;
    const lastLine = valueLines[valueLines.length - 1] ?? null;
    const c: Collected = collected(
      T4_ROW.id,
      { text: '', start: values[0]?.start ?? lastText.seg.end, end: values[0]?.start ?? lastText.seg.end },
      firstLine ?? lastText.line,
    );
    c.cells = values;
    c.sameLine = firstLine !== null && firstLine === lastLine;
    c.lastLine = lastLine ?? lastText.line;
    if (values.length === 0) c.label = { text: '', start: lastText.seg.end, end: lastText.seg.end };
    if (src.isHtml && values.length > 0) c.tds = htmlRowOf(src, values[0]);
    if (isRunTogether(c, T4_COLUMNS.length)) {
      // The numbers lost their separators ("行政复议、行政诉讼情况 100011000000000"): read by the group totals, or not at all.
      const d = decodeRow(c, GROUPS);
      if (d.segs) c.cells = d.segs;
      const row = buildRow(src, c, T4_COLUMNS, T4_ROW.label.zh, { placement: d.decoding.values ? DECODED : RUN_TOGETHER });
      row.decoding = d.decoding;
      rows.push(row);
    } else {
      const split = resumed ? piecesPlacement(values, valueLines, pieces) : null;
      const cutShort = src.isHtml ? undefined : fragmentTest(lines, false);
      rows.push(buildRow(src, c, T4_COLUMNS, T4_ROW.label.zh, { placement: split ?? placementOf(valueLines), cutShort }));
    }
  }
  const end = values.length > 0 ? values[values.length - 1] : (lastText?.seg ?? null);
  return finishTable(src, 't4', lines, rows, new Map(), null, end);
}

/**
 * The region from its first anchor: a sentence between an anchor and the
 * numbers ("本年度行政复议…。" under header words a PDF extraction left as
 * text) is prose, not the table: the table starts after it.
 */
function afterLastSentence(region: Line[]): Line[] {
  const first = region.findIndex((l) => !l.blank && !l.rule && l.segs.some((s) => valueClass(s) === 'number'));
  if (first <= 0) return region;
  for (let i = first - 1; i >= 0; i--) if (!region[i].separated && isProseText(region[i].text)) return region.slice(i + 1);
  return region;
}

/** The values so far stand in lines of exactly five: a piece of the table may follow. */
function inFives(lines: Line[]): boolean {
  if (lines.length === 0 || lines.length % 5 !== 0 || lines.length >= 15) return false;
  for (let i = 0; i < lines.length; i += 5) {
    for (let j = i + 1; j < i + 5; j++) if (lines[j] !== lines[i]) return false;
    if (i + 5 < lines.length && lines[i + 5] === lines[i]) return false;
  }
  return true;
}

/**
 * Pieces of five read by position only when there are three, each one line of
 * five values, and the groups their headers name are in template order.
 */
function piecesPlacement(values: Seg[], lines: Line[], pieces: number[]): { placement: Placement; unread?: UnreadReason } {
  const text = values.some((v) => valueClass(v) === 'text');
  if (values.length !== 15 || pieces.length !== 3 || text || lines.some((l, i) => l !== lines[i - (i % 5)])) return SCATTERED;
  for (let i = 0; i < 3; i++) {
    if (pieces[i] >= 0 && pieces[i] !== i) return SCATTERED;
    // Each piece alone on its line: a line holding a number of another piece is not a piece.
    if (i > 0 && lines[i * 5] === lines[i * 5 - 1]) return SCATTERED;
  }
  return { placement: 'exact-width' };
}

const SCATTERED = { placement: 'guessed' as const, unread: 'scattered' as const };
const DECODED = { placement: 'decoded' as const };
const RUN_TOGETHER = { placement: 'guessed' as const, unread: 'run-together' as const };

const GROUP_WORDS: [string, number][] = [
  ['未经复议直接起诉', 1],
  ['直接起诉', 1],
  ['复议后起诉', 2],
  ['行政复议', 0],
];
const HEADER_WORDS = [...GROUP_HEADERS.t4, ...T4_COLUMNS.flatMap((c) => c.keys)];

/**
 * A header cell of one piece of table 四 (nothing but its group and column
 * words, or a generic 数据N), and the group it names when it names one only.
 */
const headerGroup = new TextMemo<{ header: boolean; group: number | null }>((text) => {
  // PDF→Markdown heads each piece with a heading ("### 行政诉讼（复议后起诉）"): its marks are no words.
  let key = labelKey(text.replace(/^[\s\u3000]*#{1,6}[\s\u3000]+/, '')).replace(/数据\d+/g, '');
  const named = new Set<number>();
  for (const [w, g] of GROUP_WORDS) if (key.includes(w)) named.add(g);
  for (const w of HEADER_WORDS) key = key.split(w).join('');
  const header = key.replace(/[()（）·、:：\-—_]/g, '') === '';
  return { header, group: header && named.size === 1 ? [...named][0] : null };
});

function placementOf(lines: Line[]): { placement: Placement; unread?: UnreadReason } {
  if (lines.length === 0 || lines.every((l) => l === lines[0])) return { placement: 'exact-width' };
  if (lines.every((l, i) => l.segs.length === 1 && l !== lines[i - 1])) return { placement: 'cell-block' };
  // "5 0 0 0 5" / "0 0 0 0 0" / …: lines of nothing but numbers, in order.
  if (lines.every((l) => l.segs.every((s) => valueClass(s) !== 'text'))) return { placement: 'exact-width' };
  return { placement: 'guessed', unread: 'scattered' };
}

/** HTML: the cells of the <tr> holding the first value, from that cell on. */
function htmlRowOf(src: SourceText, first: Seg): HtmlTd[] | null {
  const tds = htmlCellsOf(src);
  if (!tds) return null;
  const at = tdAt(tds, src.toOriginal(first.start));
  if (at < 0 || tds[at].tr < 0) return null;
  let from = at;
  // Cells before the first value in its row that hold nothing are part of the row too.
  while (from > 0 && tds[from - 1].tr === tds[at].tr && tds[from - 1].text === '') from--;
  const out: HtmlTd[] = [];
  for (let j = from; j < tds.length && tds[j].tr === tds[at].tr; j++) out.push(tds[j]);
  return out;
}
