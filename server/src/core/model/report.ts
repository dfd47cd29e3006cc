// The report model: built once per document version by parse(), then only
// queried by rules and adapters.

import type { Generation, Range } from '../types';
import type { TextScans } from '../text/scans';
import type { SourceText } from '../text/source';
import type { TableKind } from '../template/tables';

export type SectionId = 1 | 2 | 3 | 4 | 5 | 6;

export interface Heading {
  level: 1 | 2 | 3;
  /** The whole heading text as written (ordinal included). */
  text: string;
  /** Range of the heading text (ordinal + title). */
  range: Range;
  /** Range of the ordinal marker, e.g. "一、" or "（三）" or "1." (empty when unnumbered). */
  ordinalRange: Range;
  ordinalText: string;
  /** Numeric value of the ordinal (一 → 1), null when unnumbered. */
  ordinal: number | null;
  /** The title after the ordinal, trimmed. */
  title: string;
  titleRange: Range;
  /** True when the heading starts a line; false when it is inline in a paragraph. */
  startsLine: boolean;
}

export interface Section {
  /** Canonical section (1–6) or null for an unrecognised top-level heading. */
  id: SectionId | null;
  heading: Heading;
  /** From the heading start to the next top-level heading (or document end). */
  range: Range;
  /** Body text range (after the heading). */
  body: Range;
  /** The title wording is a recognised variant, not the canonical one. */
  variant: boolean;
  children: SubSection[];
}

export interface SubSection {
  heading: Heading;
  range: Range;
  children: SubSection[];
}

export type CellKind = 'number' | 'empty' | 'text';

/**
 * How a cell was placed in its template column: its label on the same
 * physical row; a clean one-cell-per-line block after the label; the HTML
 * cell index in the label's <tr>; its position in a row of exactly the
 * template's width (table 四); decoded from digits that lost their
 * separators (see Row.decoding); or guessed. Only the first four are read with
 * confidence: arithmetic, structure findings and safe fixes use no other. A
 * decoded cell is read with confidence by constraint: arithmetic may use it,
 * a safe fix never writes into (or from) its table.
 */
export type Placement = 'label-row' | 'cell-block' | 'html-cell' | 'exact-width' | 'decoded' | 'guessed';

/** Why a row could not be read with confidence (table-unaligned says which and why). */
export type UnreadReason =
  /** The numbers are not on the label's line, and not one per line either. */
  | 'detached'
  /** Some numbers on the label's line, the rest on later lines. */
  | 'scattered'
  /** Blank slots at both ends of a row wider than the template: which are the columns is open. */
  | 'ambiguous'
  /** The numbers lost their separators and no single split fits (Row.decoding says why). */
  | 'run-together'
  /** Fewer values than columns in a converter's table fragment narrower than the template: a value was lost. */
  | 'truncated';

/**
 * A row whose numbers ran together ("（一）予以公开7000007"): the digits as
 * written and how they were read — the one split whose 总计 is the sum of the
 * applicant columns, or why none was taken.
 */
export interface Decoding {
  digits: string;
  /** The decoded values, when exactly one split fits. */
  values: number[] | null;
  /** Why the row stays unread otherwise. */
  failure: 'ambiguous' | 'none' | 'limit' | null;
  /** For an ambiguous row: two of the splits that fit. */
  readings: number[][];
}

export interface Cell {
  /** Template column id. */
  col: string;
  colIndex: number;
  text: string;
  /** Source range of the cell text; for an empty cell, a zero-length insertion point. */
  range: Range;
  kind: CellKind;
  /** Parsed value for numbers (and for text cells with a leading number). */
  value: number | null;
  /** True when the raw text uses full-width digits or grouping (value still parsed). */
  leadingNumber?: number | null;
  placement: Placement;
}

export type RowStatus = 'ok' | 'count' | 'empty';

export interface Row {
  /** Template row id (unique within the table). */
  id: string;
  label: string;
  labelRange: Range;
  /** Aligned cells, one per template column, when status is 'ok' or 'empty'. */
  cells: Cell[];
  status: RowStatus;
  /** Number of value cells actually found (for table-cell-count). */
  found: number;
  /** Range covering all value cells of the row (or the label end when none). */
  valuesRange: Range;
  /** Block (table 二) the row belongs to. */
  block?: string;
  /** Set when the row's cells could not be placed with confidence (its cells are then 'guessed'). */
  unread?: UnreadReason;
  /**
   * The row has no cell slots at all: its label stands alone on its line. In
   * a separated layout this reads as an empty row; `cells` are then stand-ins.
   */
  bare?: boolean;
  /** Set when the row's numbers ran together and were decoded (or could not be). */
  decoding?: Decoding;
}

export type TableLayout = 'cell-per-line' | 'pipe' | 'markdown' | 'tab' | 'space' | 'html';

export interface Table {
  kind: TableKind;
  generation: Generation | null;
  range: Range;
  /** The same range in parser text coordinates (differs from range only for HTML). */
  textRange: Range;
  /** Canonical section the table sits in (by position). */
  section: SectionId | null;
  rows: Row[];
  /** Group labels (e.g. （三）不予公开) found, by template row id. */
  groups: Map<string, Range>;
  layout: TableLayout;
  /** False when too little could be aligned to trust arithmetic. */
  aligned: boolean;
  /** Why the table is not aligned (for table-unaligned). */
  unalignedReason?: string;
  /** Pipe style seen in the table, used to render inserted rows and values. */
  style: { pipes: boolean; leadingPipe: boolean };
}

export interface YearSource {
  kind: 'title' | 'period' | 'body';
  year: number;
  range: Range;
}

export interface Report {
  /** The report's own text (original and visible) with its offset map. */
  src: SourceText;
  /** Shared scans of `src.text` (numbers, brackets…), each computed on first use. */
  scans: TextScans;
  /** Line ending used for inserted text: the document's own ('\r\n', a lone '\r' or '\n'). */
  eol: string;
  title: { text: string; range: Range; year: number | null } | null;
  /** The report year (title first, then the statistics period). */
  year: number | null;
  yearSources: YearSource[];
  /** Generation of the tables' layout (null when no table label decides it). */
  generation: Generation | null;
  sections: Section[];
  tables: Table[];
  /** Ranges not inside any table: where prose rules look. */
  prose: Range[];
  /** Page chrome around a report copied from a web page as plain text (menus, 上一篇, footer): typography rules skip it. */
  chrome: Range[];
  /** Whether the text looks like a report draft at all (see detect). */
  isReport: boolean;
  /** Set when input limits made the parser skip expensive work. */
  limited: string | null;
}
