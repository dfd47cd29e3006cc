// Outline and folding from the parsed model: six sections, their
// sub-sections, and the tables (with table 二's blocks) inside them; in a
// file of merged drafts, grouped under one node per report.

import { SymbolKind, type DocumentSymbol, type FoldingRange, type SymbolInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range as CoreRange } from '../core/types';
import type { Report, Section, SubSection, Table } from '../core/model/report';
import { SECTIONS } from '../core/template/sections';
import { T2_BLOCKS, TABLE_NAMES } from '../core/template/tables';
import { toRange } from './diagnostics';
import type { Locale } from './locale';

const NUMERALS = ['', '一', '二', '三', '四', '五', '六'];
const MAX_NAME = 40;

interface Node {
  name: string;
  detail?: string;
  kind: SymbolKind;
  range: CoreRange;
  selection: CoreRange;
  children: Node[];
}

function clip(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > MAX_NAME ? `${t.slice(0, MAX_NAME)}…` : t;
}

function sectionNode(sec: Section, lang: Locale): Node {
  const def = sec.id ? SECTIONS.find((d) => d.id === sec.id) : undefined;
  const written = clip(sec.heading.text);
  const name = def ? `${NUMERALS[def.id]}、${def.title.zh}` : written || '（无标题）';
  // Show what the draft actually says when it differs from the canonical title.
  const detail = def && sec.variant ? written : def && lang === 'en' ? def.title.en : undefined;
  return {
    name,
    detail,
    kind: SymbolKind.Namespace,
    range: sec.range,
    selection: sec.heading.range,
    children: sec.children.map(subNode),
  };
}

function subNode(sub: SubSection): Node {
  return {
    name: clip(sub.heading.text) || '（无标题）',
    kind: SymbolKind.Module,
    range: sub.range,
    selection: sub.heading.range,
    children: sub.children.map(subNode),
  };
}

function tableNode(t: Table, lang: Locale): Node {
  const names = TABLE_NAMES[t.kind];
  const node: Node = {
    name: names.zh,
    detail: lang === 'en' ? names.en : undefined,
    kind: SymbolKind.Struct,
    range: t.range,
    selection: { start: t.range.start, end: t.range.start },
    children: [],
  };
  if (t.kind === 't2') {
    const blocks = T2_BLOCKS[t.generation ?? '2021'] ?? [];
    for (const b of blocks) {
      const rows = t.rows.filter((r) => r.block === b.id);
      if (rows.length === 0) continue;
      const start = Math.min(...rows.map((r) => r.labelRange.start));
      const end = Math.max(...rows.map((r) => Math.max(r.labelRange.end, r.valuesRange.end)));
      node.children.push({
        name: b.label.zh,
        detail: lang === 'en' ? b.label.en : undefined,
        kind: SymbolKind.Object,
        range: { start, end },
        selection: { start, end: start },
        children: [],
      });
    }
  }
  return node;
}

function inside(inner: CoreRange, outer: CoreRange): boolean {
  return inner.start >= outer.start && inner.start <= outer.end;
}

/** Sections in document order, each table hung under the section that contains it. */
export function outline(report: Report, lang: Locale): Node[] {
  const roots = report.sections.map((s) => sectionNode(s, lang));
  for (const t of report.tables) {
    const node = tableNode(t, lang);
    const i = report.sections.findIndex((s) => inside(t.range, s.range));
    // A table outside every section stays top-level rather than stretching a section's range.
    if (i >= 0) roots[i].children.push(node);
    else roots.push(node);
  }
  const byStart = (a: Node, b: Node) => a.range.start - b.range.start;
  for (const r of roots) r.children.sort(byStart);
  return roots.sort(byStart);
}

function shiftNode(n: Node, by: number): Node {
  if (by === 0) return n;
  const r = (x: CoreRange): CoreRange => ({ start: x.start + by, end: x.end + by });
  return { ...n, range: r(n.range), selection: r(n.selection), children: n.children.map((c) => shiftNode(c, by)) };
}

/**
 * The outline of a document in document offsets. One report: its sections
 * and tables, as always. Several (merged drafts): one node per report, named
 * by its title, with its sections and tables under it.
 */
export function documentOutline(parts: { range: CoreRange; report: Report }[], lang: Locale): Node[] {
  if (parts.length === 1) return outline(parts[0].report, lang).map((n) => shiftNode(n, parts[0].range.start));
  return parts.map((p, i) => {
    const numbered = lang === 'en' ? `Report ${i + 1}` : `报告 ${i + 1}`;
    const title = p.report.title ? clip(p.report.title.text) : '';
    const at = p.range.start;
    const selection = p.report.title ? { start: p.report.title.range.start + at, end: p.report.title.range.end + at } : { start: at, end: at };
    return {
      name: title || numbered,
      detail: title ? numbered : undefined,
      kind: SymbolKind.File,
      range: p.range,
      selection,
      children: outline(p.report, lang).map((n) => shiftNode(n, at)),
    };
  });
}

export function documentSymbols(doc: TextDocument, parts: { range: CoreRange; report: Report }[], lang: Locale): DocumentSymbol[] {
  const convert = (n: Node): DocumentSymbol => {
    const range = toRange(doc, n.range);
    const sel = n.selection.start >= n.range.start && n.selection.end <= n.range.end ? n.selection : n.range;
    return {
      name: n.name,
      detail: n.detail,
      kind: n.kind,
      range,
      selectionRange: toRange(doc, sel),
      children: n.children.map(convert),
    };
  };
  return documentOutline(parts, lang).map(convert);
}

/** For clients without hierarchical symbol support. */
export function flatSymbols(uri: string, symbols: DocumentSymbol[], container?: string): SymbolInformation[] {
  return symbols.flatMap((s) => [
    { name: s.name, kind: s.kind, location: { uri, range: s.range }, containerName: container },
    ...flatSymbols(uri, s.children ?? [], s.name),
  ]);
}

export function foldingRanges(doc: TextDocument, parts: { range: CoreRange; report: Report }[], lang: Locale): FoldingRange[] {
  const text = doc.getText();
  const out: FoldingRange[] = [];
  const walk = (n: Node) => {
    let end = n.range.end;
    // Trailing blank lines belong to the gap, not the fold.
    while (end > n.range.start && /\s/.test(text[end - 1] ?? '')) end--;
    const startLine = doc.positionAt(n.range.start).line;
    const endLine = doc.positionAt(end).line;
    if (endLine > startLine) out.push({ startLine, endLine });
    n.children.forEach(walk);
  };
  documentOutline(parts, lang).forEach(walk);
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
