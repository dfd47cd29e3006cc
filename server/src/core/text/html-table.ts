// Tables as the table reader needs them: every <tr> is one line and every
// data cell one `|`-separated cell, whatever markup its text is wrapped in
// (html-cell.ts). A value is one cell however many columns it spans (Word
// merges a value over two grid columns: it is still one value). A label that
// spans several columns gets empty stand-in cells before it, and one that
// spans several rows (rowspan "三、本年度办理结果") belongs to each of them: the
// rows below it get a stand-in in its column. So every row of a table shows
// the same number of cells, and no stand-in ever sits between a label and its
// values. A layout cell (one that holds a table
// of its own or a page of text) is not a data cell: its text reads as lines.
//
// Synthetic characters map to points, never into a tag: a row's line break to
// just before its <tr>, a cell's `|` to just after its <td>, the closing `|`
// of a row to just before its </tr>, a stand-in cell to just before the <td>
// that follows it.

import type { MappedBuilder } from './source';
import { CellText } from './html-cell';

/**
 * Caps on the bookkeeping, so that a small page cannot make it (or the text)
 * large: spans past them are read as shorter, and a row gets at most
 * MAX_STAND_INS stand-ins (real tables have 15 columns and spans of 22 rows).
 */
const MAX_SPAN = 200;
const MAX_COLUMNS = 64;
const MAX_STAND_INS = 16;

interface Slot {
  /** Rows still covered by the cell above, the current row included. */
  left: number;
  /** The covering cell shows text (a label): its rows get a stand-in cell. */
  label: boolean;
}

interface TableState {
  rowOpen: boolean;
  /** Data cells written on the open row (stand-ins included). */
  rowCells: number;
  /** Stand-ins written on the open row. */
  standIns: number;
  col: number;
  slots: Slot[];
  /** Inside the table's <caption>: its text is shown as lines. */
  caption: boolean;
  /** The open cell: its text (null for a layout cell) and where it sits. */
  cell: { text: CellText | null; col: number; colspan: number; rowspan: number } | null;
}

/** What a cell holds, read ahead by html.ts: a layout cell reads as lines; a text cell is a label or header. */
export type CellKind = 'layout' | 'text' | 'value';

/** Container bookkeeping for the cells (layout cells are where reports live in old CMS pages). */
export interface CellEvents {
  cellOpened(): void;
  cellClosed(): void;
}

export class HtmlTables {
  private readonly stack: TableState[] = [];

  constructor(
    private readonly b: MappedBuilder,
    private readonly events: CellEvents,
  ) {}

  /** The text of the innermost open data cell, or null. */
  get cell(): CellText | null {
    return this.top()?.cell?.text ?? null;
  }

  /**
   * Inside a table but in no cell (nor its caption): nothing there is shown
   * in the rows. Browsers move stray text out of the table; kept in the row's
   * line it would fall into the cell before it, and an empty cell's range
   * would then reach over that cell's end tag.
   */
  get betweenCells(): boolean {
    const t = this.top();
    return !!t && !t.cell && !t.caption;
  }

  /** A <caption> of the innermost table opens or closes. */
  caption(open: boolean): void {
    const t = this.top();
    if (t) t.caption = open;
  }

  openTable(lt: number): void {
    this.b.emit('\n', lt, lt);
    this.stack.push({ rowOpen: false, rowCells: 0, standIns: 0, col: 0, slots: [], caption: false, cell: null });
  }

  closeTable(lt: number): void {
    if (this.stack.length === 0) return;
    this.closeRow(lt);
    this.stack.pop();
    this.b.emit('\n', lt, lt);
  }

  openRow(lt: number): void {
    const t = this.ensure(lt);
    this.closeRow(lt);
    t.rowOpen = true;
    t.rowCells = 0;
    t.standIns = 0;
    t.col = 0;
    this.b.emit('\n', lt, lt);
  }

  /** Ends the open row at `lt` (its </tr>, or the tag that implies it). */
  closeRow(lt: number): void {
    const t = this.top();
    if (!t || !t.rowOpen) return;
    this.closeCell(lt);
    if (t.rowCells > 0) {
      for (let c = t.col; c < t.slots.length; c++) if (t.slots[c].left > 0 && t.slots[c].label) this.standIn(t, lt);
      this.b.emit('|', lt, lt);
    }
    for (const s of t.slots) if (s.left > 0) s.left--;
    t.rowOpen = false;
  }

  /** A <td>/<th> from lt to gt, holding what html.ts read ahead. */
  openCell(lt: number, gt: number, tag: string, kind: CellKind): void {
    const data = kind !== 'layout';
    const t = this.ensure(lt);
    if (!t.rowOpen) this.openRow(lt);
    this.closeCell(lt);
    while (t.col < t.slots.length && t.slots[t.col].left > 0) {
      if (data && t.slots[t.col].label) this.standIn(t, lt);
      t.col++;
    }
    const colspan = spanAttr(tag, 'colspan', MAX_COLUMNS);
    const rowspan = spanAttr(tag, 'rowspan', MAX_SPAN);
    this.events.cellOpened();
    if (data) {
      // A label over several columns keeps the columns after it in place: stand-ins before it, never between it and its values.
      if (kind === 'text') for (let k = 1; k < colspan; k++) this.standIn(t, lt);
      this.b.emit('|', gt + 1, gt + 1);
      t.rowCells++;
      t.cell = { text: new CellText(this.b, gt + 1), col: t.col, colspan, rowspan };
    } else {
      this.b.emit('\n', lt, lt);
      t.cell = { text: null, col: t.col, colspan, rowspan };
    }
  }

  closeCell(lt: number): void {
    const t = this.top();
    if (!t || !t.cell) return;
    const { text, col, colspan, rowspan } = t.cell;
    if (text) text.finish(lt);
    else this.b.emit('\n', lt, lt);
    if (rowspan > 1) {
      const label = !!text && text.isText;
      for (let c = t.slots.length; c < col; c++) t.slots.push({ left: 0, label: false });
      for (let c = col; c < col + colspan && c < MAX_COLUMNS; c++) t.slots[c] = { left: rowspan, label };
    }
    t.col = Math.min(MAX_COLUMNS, col + colspan);
    t.cell = null;
    this.events.cellClosed();
  }

  /** Closes whatever is open at the end of the page. */
  finish(end: number): void {
    while (this.stack.length > 0) this.closeTable(end);
  }

  private standIn(t: TableState, at: number): void {
    if (++t.standIns > MAX_STAND_INS) return;
    this.b.emit('|', at, at);
    this.b.emit(' ', at, at);
    t.rowCells++;
  }

  private top(): TableState | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** A row or cell outside any <table> opens one (fragments pasted without it). */
  private ensure(lt: number): TableState {
    if (this.stack.length === 0) this.openTable(lt);
    return this.top()!;
  }
}

/** colspan / rowspan of a start tag, 1 when absent or invalid, capped. */
function spanAttr(tag: string, name: 'colspan' | 'rowspan', cap: number): number {
  const m = (name === 'colspan' ? /colspan\s*=\s*["']?(\d{1,6})/i : /rowspan\s*=\s*["']?(\d{1,6})/i).exec(tag);
  const n = m ? Number(m[1]) : 1;
  return n >= 1 ? Math.min(n, cap) : 1;
}
