// Hover: what a table number is (row, column, and for totals the equation
// with its computed value), plus the explanation attached to a finding.
// Everything is asked of the one report (part) under the cursor, in its own
// offsets. The Markdown is built here, with every piece of text that comes
// from the draft escaped (see markdown.ts): Markdown is the editor's format, so
// the core gives only plain text and never builds it.

import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Range } from '../core/types';
import type { Cell, Report } from '../core/model/report';
import { cellAt, equation, type CellHit } from '../core/model/query';
import { instancesOfCell } from '../core/model/tableMath';
import { columnsFor, rowDefFor } from '../core/template/lookup';
import { TABLE_NAMES } from '../core/template/tables';
import { toRange } from './diagnostics';
import { say, type Locale } from './locale';
import * as md from './markdown';

/** The part holding a document offset (a part's end belongs to it only when nothing starts there). */
export function partAt<T extends { range: Range }>(parts: T[], offset: number): T | null {
  let hit: T | null = null;
  for (const p of parts) {
    if (offset >= p.range.start && offset < p.range.end) return p;
    if (offset === p.range.end) hit = p;
  }
  return hit;
}

/** `offset` is a document offset; `findings` are local to the part. */
export function hover(doc: TextDocument, part: { range: Range; report: Report }, findings: Finding[], offset: number, lang: Locale): Hover | null {
  const base = part.range.start;
  const local = offset - base;
  const parts: string[] = [];
  let range: Hover['range'];
  const hit = cellAt(part.report, local);
  if (hit) {
    parts.push(explain(hit, lang));
    range = toRange(doc, { start: hit.cell.range.start + base, end: hit.cell.range.end + base });
  }
  // Equations behind arithmetic findings help decide which number is wrong (lessons.md 2).
  const seen = new Set<string>();
  for (const f of findings) {
    // Range first: detail may be computed on first read.
    if (local < f.range.start || local > f.range.end || !f.detail) continue;
    const d = say(f.detail, lang);
    if (seen.has(d)) continue;
    seen.add(d);
    // Details quote the draft; a multi-line one is an equation, aligned best as code.
    parts.push(`${md.code(f.rule)}\n\n${d.includes('\n') ? md.codeBlock(d) : md.text(d)}`);
  }
  if (parts.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range };
}

/** What a table cell is: its table, row, column and value, and for a total the equations that derive it. */
function explain(hit: CellHit, lang: Locale): string {
  const { table, row, cell } = hit;
  const rowName = rowDefFor(table, row.id)?.label ?? { zh: row.id, en: row.id };
  const colName = columnsFor(table, cell.col)?.label ?? { zh: cell.col, en: cell.col };
  const zh = lang === 'zh-cn';
  const out: string[] = [md.bold(say(TABLE_NAMES[table.kind], lang))];
  // The draft is in Chinese: an English hover names the row and column as the document writes them too.
  if (!zh) out.push(`${md.text(rowDefFor(table, row.id)?.label.zh ?? row.label)} · ${md.text(columnsFor(table, cell.col)?.label.zh ?? cell.col)}`);
  out.push(`${zh ? '行：' : 'Row: '}${md.text(say(rowName, lang))}`);
  out.push(`${zh ? '列：' : 'Column: '}${md.text(say(colName, lang))}`);
  out.push(`${zh ? '值：' : 'Value: '}${md.text(valueOf(cell, zh))}`);
  for (const inst of instancesOfCell(table, cell).filter((i) => i.derived === cell)) {
    out.push(md.codeBlock(say(equation(table, inst), lang)));
    if (inst.expected !== null) out.push(`${zh ? '计算值：' : 'Computed value: '}${md.text(String(inst.expected))}`);
  }
  return out.join('\n\n');
}

function valueOf(c: Cell, zh: boolean): string {
  if (c.kind === 'number' && c.value !== null) return String(c.value);
  if (c.kind === 'empty') return zh ? '（空）' : '(empty)';
  return zh ? `“${c.text}”` : `"${c.text}"`;
}
