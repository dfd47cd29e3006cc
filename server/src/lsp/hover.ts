// Hover: what a table number is (row, column, and for totals the equation
// with its computed value), plus the explanation attached to a finding.
// Everything is asked of the one report (part) under the cursor, in its own
// offsets.

import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Range } from '../core/types';
import type { Report } from '../core/model/report';
import { cellAt, explainCell } from '../core/model/query';
import { columnsFor, rowDefFor } from '../core/template/lookup';
import { toRange } from './diagnostics';
import { say, type Lang } from './locale';

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
export function hover(doc: TextDocument, part: { range: Range; report: Report }, findings: Finding[], offset: number, lang: Lang): Hover | null {
  const base = part.range.start;
  const local = offset - base;
  const parts: string[] = [];
  let range: Hover['range'];
  const hit = cellAt(part.report, local);
  if (hit) {
    let text = say(explainCell(hit), lang);
    if (lang === 'en') {
      // The draft is in Chinese: name the row and column as the document writes them too.
      const row = rowDefFor(hit.table, hit.row.id)?.label.zh ?? hit.row.label;
      const col = columnsFor(hit.table, hit.cell.col)?.label.zh ?? hit.cell.col;
      text = `${row} · ${col}\n\n${text}`;
    }
    parts.push(text);
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
    parts.push(`\`${f.rule}\`\n\n${d}`);
  }
  if (parts.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range };
}
