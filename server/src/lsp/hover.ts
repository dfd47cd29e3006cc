// Hover: what a table number is (row, column, and for totals the equation
// with its computed value), plus the explanation attached to a finding.

import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Report } from '../core/model/report';
import type { LintResult } from '../core/lint';
import { cellAt, explainCell } from '../core/model/query';
import { columnsFor, rowDefFor } from '../core/template/lookup';
import { toRange } from './diagnostics';
import { say, type Lang } from './locale';

export function hover(doc: TextDocument, report: Report, lint: LintResult | null, pos: Position, lang: Lang): Hover | null {
  const offset = doc.offsetAt(pos);
  const parts: string[] = [];
  let range: Hover['range'];
  const hit = cellAt(report, offset);
  if (hit) {
    let text = say(explainCell(hit), lang);
    if (lang === 'en') {
      // The draft is in Chinese: name the row and column as the document writes them too.
      const row = rowDefFor(hit.table, hit.row.id)?.label.zh ?? hit.row.label;
      const col = columnsFor(hit.table, hit.cell.col)?.label.zh ?? hit.cell.col;
      text = `${row} · ${col}\n\n${text}`;
    }
    parts.push(text);
    range = toRange(doc, hit.cell.range);
  }
  // Equations behind arithmetic findings help decide which number is wrong (lessons.md 2).
  const seen = new Set<string>();
  for (const f of lint?.findings ?? []) {
    if (!f.detail || offset < f.range.start || offset > f.range.end) continue;
    const d = say(f.detail, lang);
    if (seen.has(d)) continue;
    seen.add(d);
    parts.push(`\`${f.rule}\`\n\n${d}`);
  }
  if (parts.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range };
}
