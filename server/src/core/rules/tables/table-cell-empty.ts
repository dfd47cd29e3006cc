// table-cell-empty: an empty cell where a number belongs. An empty cell is not
// a zero: the fix writes 0, or the computed value in a total/balance cell, and
// is safe only where safeWrite.ts says so (a confidently read row, an empty
// cell, no header row, no prose, no digit next to it); elsewhere it is only
// suggested. Findings come in a size a person can act on: a row's ordinary
// empty cells are one finding, many such rows in a table one finding, while a
// total or balancing cell keeps its own (its fix writes a computed value).

import type { Rule, RuleContext } from '../rule';
import type { Msg, Range, Related, TextEdit } from '../../types';
import type { Cell, Row, Table } from '../../model/report';
import { solveEmpties, type Solution } from '../../model/solve';
import { fillText, renderValues } from '../../template/render';
import { lineAround, visible } from '../helpers';
import { cellName, colName, rowName, tableName } from './shared';
import { rowReadable, SafeWriter } from './safeWrite';

/** More zero-only findings than this in one table become one finding for the table. */
const MERGE_AT = 5;

interface Group {
  row: Row;
  cells: Cell[];
  range: Range;
  /** The words of the group's own finding, built only when it is reported on its own. */
  words: () => { message: Msg; title: Msg; detail?: Msg };
  edits: TextEdit[] | null;
  safe: boolean;
  /** The fix writes nothing but zeros into ordinary cells (it may merge with others). */
  zeros: boolean;
}

export const rule: Rule = {
  meta: {
    id: 'table-cell-empty',
    category: 'tables',
    severity: 'warning',
    fixClass: 'safe',
    description: { zh: '应填数字的单元格为空', en: 'An empty cell where a number belongs' },
  },
  check(ctx) {
    for (const t of ctx.report.tables) {
      if (!t.aligned) continue;
      const sol = solveEmpties(t);
      const safe = new SafeWriter(ctx.text, t);
      const groups: Group[] = [];
      for (const row of t.rows) {
        // Rows read by guesswork are table-unaligned's; rows of the wrong width table-cell-count's.
        if (row.unread || row.status === 'count') continue;
        if (row.status === 'empty') groups.push(wholeRow(ctx, t, row, sol, safe));
        else if (row.cells.some((c) => c.kind === 'empty')) groups.push(...partRow(ctx, t, row, sol, safe));
      }
      const merge = groups.filter((g) => g.zeros && g.safe);
      if (merge.length > MERGE_AT) {
        emitTable(ctx, t, merge);
        for (const g of groups) if (!merge.includes(g)) emit(ctx, t, g);
      } else for (const g of groups) emit(ctx, t, g);
    }
  },
};

function emit(ctx: RuleContext, t: Table, g: Group): void {
  const { message, title, detail } = g.words();
  ctx.add({
    range: g.range,
    message,
    detail,
    related: g.cells.length > 1 ? () => g.cells.map((c) => ({ range: visible(ctx.text, c.range), message: cellName(t, g.row, c) })) : undefined,
    fixes: g.edits ? [{ title, edits: g.edits, safe: g.safe }] : [],
  });
}

/** One finding for many rows of zeros: the rows (and their cells) as related information, one fix for all. */
function emitTable(ctx: RuleContext, t: Table, groups: Group[]): void {
  const cells = groups.reduce((n, g) => n + g.cells.length, 0);
  const name = tableName(t);
  const related: () => Related[] = () =>
    groups.map((g) => {
      const r = rowName(t, g.row.id);
      const cols = listCols(t, g.cells);
      return { range: g.range, message: { zh: `“${r.zh}”：${cols.zh}`, en: `"${r.en}": ${cols.en}` } };
    });
  ctx.add({
    range: groups[0].range,
    message: {
      zh: `${name.zh.split('：')[0]}有${cells}个空单元格（${groups.length}行），应填 0`,
      en: `${name.en.split(':')[0]} has ${cells} empty cells in ${groups.length} rows; write 0`,
    },
    related,
    detail: () => ({
      zh: groups.map((g) => `“${rowName(t, g.row.id).zh}”：${listCols(t, g.cells).zh}`).join('\n'),
      en: groups.map((g) => `"${rowName(t, g.row.id).en}": ${listCols(t, g.cells).en}`).join('\n'),
    }),
    fixes: [{ title: { zh: `全部填 0（${cells}处）`, en: `Write 0 in all ${cells}` }, edits: allEdits(groups), safe: true }],
  });
}

function allEdits(groups: Group[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const g of groups) if (g.edits) for (const e of g.edits) out.push(e);
  return out;
}

function listCols(t: Table, cells: Cell[]): Msg {
  if (t.kind !== 't2' && cells.length === t.rows.find((r) => r.cells.length > 0)?.cells.length) return { zh: '整行', en: 'the whole row' };
  const names = cells.map((c) => colName(t, c.col));
  return { zh: names.map((n) => n.zh).join('、'), en: names.map((n) => n.en).join(', ') };
}

function writeCell(ctx: RuleContext, c: Cell, value: number): TextEdit {
  return { start: c.range.start, end: c.range.end, text: fillText(ctx.text, c.range.start, c.range.end, value) };
}

/** The empty cells of a row that has numbers: totals and balancing cells one by one, the others together. */
function partRow(ctx: RuleContext, t: Table, row: Row, sol: Solution, writer: SafeWriter): Group[] {
  const out: Group[] = [];
  const ordinary: Cell[] = [];
  for (const cell of row.cells) {
    if (cell.kind !== 'empty') continue;
    if (!sol.derived.has(cell)) {
      ordinary.push(cell);
      continue;
    }
    const v = sol.fillOf(cell);
    const edit = writeCell(ctx, cell, v ?? 0);
    out.push({
      row,
      cells: [cell],
      range: visible(ctx.text, cell.range),
      words: () => ({ message: emptyCell(t, row, cell), title: titleOf(v, true) }),
      edits: [edit],
      safe: v !== null && writer.cell(row, cell, edit),
      zeros: false,
    });
  }
  if (ordinary.length === 0) return out;
  const edits = ordinary.map((c) => writeCell(ctx, c, 0));
  const safe = ordinary.every((c, i) => writer.cell(row, c, edits[i]));
  if (ordinary.length === 1) {
    out.unshift({
      row,
      cells: ordinary,
      range: visible(ctx.text, ordinary[0].range),
      words: () => ({ message: emptyCell(t, row, ordinary[0]), title: titleOf(0, false) }),
      edits,
      safe,
      zeros: true,
    });
    return out;
  }
  const n = ordinary.length;
  out.unshift({
    row,
    cells: ordinary,
    range: rowRange(ctx, row),
    words: () => {
      const r = rowName(t, row.id);
      const cols = listCols(t, ordinary);
      return {
        message: { zh: `“${r.zh}”行有${n}个空单元格：${cols.zh}`, en: `Row "${r.en}" has ${n} empty cells: ${cols.en}` },
        title: { zh: `${n}个空单元格均写入 0`, en: `Write 0 in the ${n} empty cells` },
      };
    },
    edits,
    safe,
    zeros: true,
  });
  return out;
}

function emptyCell(t: Table, row: Row, cell: Cell): Msg {
  const name = cellName(t, row, cell);
  return { zh: `单元格为空：${name.zh}`, en: `Empty cell: ${name.en}` };
}

function titleOf(v: number | null, derived: boolean): Msg {
  if (v === null) return { zh: '写入 0（计算值为负或无法确定，请核对）', en: 'Write 0 (the computed value is negative or undetermined; check)' };
  return derived && v !== 0 ? { zh: `写入计算值 ${v}`, en: `Write the computed value ${v}` } : { zh: `写入 ${v}`, en: `Write ${v}` };
}

function rowRange(ctx: RuleContext, row: Row): Range {
  return { start: row.labelRange.start, end: Math.max(row.labelRange.end, Math.min(row.valuesRange.end, lineAround(ctx.text, row.labelRange.start).end)) };
}

function wholeRow(ctx: RuleContext, t: Table, row: Row, sol: Solution, writer: SafeWriter): Group {
  const values = row.cells.map((c) => sol.fillOf(c));
  const shown = values.map((v) => (v === null ? 0 : v));
  const valid = values.every((v) => v !== null);
  let edits: TextEdit[] | null = null;
  let safe = false;
  if (!row.bare) {
    edits = row.cells.map((c, i) => writeCell(ctx, c, shown[i]));
    safe = valid && row.cells.every((c, i) => writer.cell(row, c, edits![i]));
  } else {
    // No slot per column: rewrite the row's tail, which holds only separators.
    const from = row.labelRange.end;
    const to = Math.max(row.valuesRange.end, lineAround(ctx.text, Math.max(from, row.valuesRange.end)).end);
    const rendered = renderValues(t, shown, ctx.report.eol);
    if (rendered !== null && /^[\s|｜]*$/.test(ctx.text.slice(from, to))) {
      edits = [{ start: from, end: to, text: rendered }];
      safe = valid && writer.tail(row, edits[0]);
    }
  }
  return {
    row,
    cells: row.cells,
    range: rowRange(ctx, row),
    words: () => {
      const name = rowName(t, row.id);
      const list = shown.join(' ');
      return {
        message: { zh: `“${name.zh}”行的${row.cells.length}个单元格均为空`, en: `All ${row.cells.length} cells of row "${name.en}" are empty` },
        detail: { zh: `建议填写：${list}`, en: `Suggested values: ${list}` },
        title: valid ? { zh: `填写 ${list}`, en: `Fill in ${list}` } : titleOf(null, false),
      };
    },
    edits,
    safe: safe && rowReadable(t, row),
    zeros: valid && shown.every((v) => v === 0),
  };
}
