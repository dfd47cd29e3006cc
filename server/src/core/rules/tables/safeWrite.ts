// When a fix may write a value into a table without asking (../spec rules.md,
// "What safe means for a table fix"): the table was read with confidence, the
// row's label and cells sit where the template puts them, the edit writes
// into an empty cell — never into a header row or prose, never next to a digit.

import type { TextEdit } from '../../types';
import type { Cell, Placement, Row, Table } from '../../model/report';
import { gluesDigits } from '../../text/digitGlue';
import { isProseText, isT3HeaderWord } from '../../model/tables/classify';
import { lineAround } from '../helpers';
import { labelKey } from '../../text/normalize';
import { allColumns, GROUP_HEADERS } from '../../template/tables';

/**
 * Column header words of every table, from the template: a line holding one
 * (besides the row's label) is a header row. Two-character keys (其他, 总计)
 * are row labels too and prove nothing.
 */
export const HEADER_WORDS: readonly string[] = [
  ...new Set([...allColumns().flatMap((c) => c.keys), ...Object.values(GROUP_HEADERS).flat()].filter((k) => k.length > 2).map(labelKey)),
];

/** The row was read with confidence: every cell in its template column. */
export function rowReadable(table: Table, row: Row): boolean {
  return table.aligned && !row.unread && row.status !== 'count' && !isT3HeaderWord(row.label);
}

/** Placements of cells seen where the template puts them (not guessed, not decoded). */
const SEEN: ReadonlySet<Placement> = new Set<Placement>(['label-row', 'cell-block', 'html-cell', 'exact-width']);

/**
 * Some row of the table was decoded from digits that lost their separators:
 * its cells are read by constraint, not seen in place, and the text around
 * them has no cell slots. No safe write goes into such a table.
 */
export function hasDecodedRows(table: Table): boolean {
  return table.rows.some((r) => r.decoding !== undefined);
}

/** A line that reads as a sentence or a header row, apart from the row's own label. */
function wrongLine(line: string, label: string): boolean {
  // "|", " 0 |": no Chinese, so neither a sentence nor a header.
  if (!/[\u4e00-\u9fff]/.test(line)) return false;
  const i = label ? line.indexOf(label) : -1;
  if (i >= 0) line = line.slice(0, i) + line.slice(i + label.length);
  if (/[。；]/.test(line) || (isProseText(line) && !/[|｜\t]/.test(line))) return true;
  const key = labelKey(line);
  return HEADER_WORDS.some((w) => key.includes(w));
}

/**
 * Answers "is this write safe?" for the cells of one table; the line verdicts
 * are kept, since a row's cells share its line (or a table its few lines).
 */
export class SafeWriter {
  private lines = new Map<number, boolean>();
  private readonly html: boolean;
  private readonly decoded: boolean;

  constructor(
    private readonly text: string,
    private readonly table: Table,
  ) {
    this.html = table.layout === 'html';
    this.decoded = hasDecodedRows(table);
  }

  /** Writing `edit` into the empty `cell` of `row` is safe. */
  cell(row: Row, cell: Cell, edit: TextEdit): boolean {
    if (this.decoded || cell.kind !== 'empty' || !SEEN.has(cell.placement)) return false;
    if (row.bare || !rowReadable(this.table, row)) return false;
    if (gluesDigits(this.text, edit, this.html)) return false;
    // In HTML the cell is its own <td>, found empty by its index: the line holds other cells' markup.
    return this.html || !this.wrong(edit.start, row.label);
  }

  /**
   * Writing a row's values after its bare label (no cell slots at all) is safe
   * only in a table of separated rows whose label line is one: elsewhere a label
   * alone on its line may have its numbers on the next line, or be a sentence.
   */
  tail(row: Row, edit: TextEdit): boolean {
    const { text, table } = this;
    if (this.decoded || !rowReadable(table, row) || !row.bare || row.cells.some((c) => c.placement === 'guessed' || c.placement === 'decoded')) return false;
    const { start, end } = lineAround(text, row.labelRange.start);
    if (table.layout === 'cell-per-line') {
      // Every cell on its own line ending in " |" (seed 004): a blank cell still shows as "|",
      // so a label followed by nothing but pipes is a row of blanks (only the count of slots is off).
      if (!table.style.pipes) return false;
    } else if (table.layout !== 'pipe' && table.layout !== 'markdown' && table.layout !== 'tab') return false;
    else if (!/[|｜\t]/.test(text.slice(start, end))) return false;
    return !gluesDigits(text, edit, false) && !this.wrong(row.labelRange.start, row.label);
  }

  private wrong(at: number, label: string): boolean {
    const { start, end } = lineAround(this.text, at);
    let v = this.lines.get(start);
    if (v === undefined) {
      v = wrongLine(this.text.slice(start, end), label);
      this.lines.set(start, v);
    }
    return v;
  }
}
