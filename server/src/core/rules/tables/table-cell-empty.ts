// table-cell-empty: an empty cell where a number belongs. An empty cell is not
// a zero: the safe fix writes 0, or the computed value in a total/balance
// cell; where that value would be invalid the fix is only suggested.

import type { Rule, RuleContext } from '../rule';
import type { Fix, TextEdit } from '../../types';
import type { Row, Table } from '../../model/report';
import { solveEmpties, type Solution } from '../../model/solve';
import { fillText, renderValues } from '../../template/render';
import { lineAround, visible } from '../helpers';
import { cellName, rowName } from './shared';

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
      for (const row of t.rows) {
        if (row.status === 'empty') wholeRow(ctx, t, row, sol);
        else if (row.status === 'ok') {
          for (const cell of row.cells) {
            if (cell.kind !== 'empty') continue;
            const v = sol.fillOf(cell);
            const name = cellName(t, row, cell);
            const edit: TextEdit = { start: cell.range.start, end: cell.range.end, text: fillText(ctx.text, cell.range.start, cell.range.end, v ?? 0) };
            ctx.add({
              range: visible(ctx.text, cell.range),
              message: { zh: `单元格为空：${name.zh}`, en: `Empty cell: ${name.en}` },
              fixes: [fixOf([edit], v, sol.derived.has(cell))],
            });
          }
        }
      }
    }
  },
};

function fixOf(edits: TextEdit[], v: number | null, derived: boolean): Fix {
  if (v === null) return { title: { zh: '写入 0（计算值为负，请核对）', en: 'Write 0 (the computed value is negative; check)' }, edits, safe: false };
  return derived && v !== 0
    ? { title: { zh: `写入计算值 ${v}`, en: `Write the computed value ${v}` }, edits, safe: true }
    : { title: { zh: `写入 ${v}`, en: `Write ${v}` }, edits, safe: true };
}

function wholeRow(ctx: RuleContext, t: Table, row: Row, sol: Solution): void {
  const values = row.cells.map((c) => sol.fillOf(c));
  const shown = values.map((v) => (v === null ? 0 : v));
  const valid = values.every((v) => v !== null);
  const name = rowName(t, row.id);
  // found === width means every column has its own (empty) slot to write into.
  const slots = row.found === row.cells.length;
  let edits: TextEdit[] | null = null;
  if (slots) {
    edits = row.cells.map((c, i) => ({ start: c.range.start, end: c.range.end, text: fillText(ctx.text, c.range.start, c.range.end, shown[i]) }));
  } else {
    // No slot per column: rewrite the row's tail, which holds only separators.
    const from = row.labelRange.end;
    const to = Math.max(row.valuesRange.end, lineAround(ctx.text, Math.max(from, row.valuesRange.end)).end);
    const rendered = renderValues(t, shown, ctx.report.eol);
    if (rendered !== null && /^[\s|｜]*$/.test(ctx.text.slice(from, to))) edits = [{ start: from, end: to, text: rendered }];
  }
  const list = shown.join(' ');
  ctx.add({
    range: { start: row.labelRange.start, end: Math.max(row.labelRange.end, Math.min(row.valuesRange.end, lineAround(ctx.text, row.labelRange.start).end)) },
    message: { zh: `“${name.zh}”行的${row.cells.length}个单元格均为空`, en: `All ${row.cells.length} cells of row "${name.en}" are empty` },
    detail: { zh: `建议填写：${list}`, en: `Suggested values: ${list}` },
    fixes: edits
      ? [{ ...fixOf(edits, valid ? 0 : null, false), title: valid ? { zh: `填写 ${list}`, en: `Fill in ${list}` } : fixOf(edits, null, false).title }]
      : [],
  });
}
