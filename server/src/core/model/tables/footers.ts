// Page footers that PDF extraction leaves inside a table ("— 3 —", "- 3 -",
// "第 3 页", a lone page number): not cells, not labels, and no line of their
// own between a label and its values.

import type { Line } from '../cells';

const DASHED = /^[-—–－~～]+\s*\d{1,4}\s*[-—–－~～]+$/;
const PAGE_OF = /^第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$/;
const LONE_NUMBER = /^\d{1,3}$/;

/** The line's one non-empty cell, or null when it has none or several. */
function onlyText(line: Line): string | null {
  let text: string | null = null;
  for (const s of line.segs) {
    if (s.text === '') continue;
    if (text !== null) return null;
    text = s.text;
  }
  return text;
}

/** A PDF text row: a label or header and its numbers on one line, the last cell a value. */
function rowLine(line: Line | undefined): boolean {
  return !!line && !line.separated && line.segs.length >= 3 && /^[\d０-９]/.test(line.segs[line.segs.length - 1].text);
}

/**
 * The table's lines without its page footers. A lone number is a page number
 * only between two PDF text rows that each hold their own numbers: in a
 * one-cell-per-line table it is a cell.
 */
export function withoutFooters(lines: Line[]): Line[] {
  const content: number[] = [];
  for (let i = 0; i < lines.length; i++) if (!lines[i].blank && !lines[i].rule) content.push(i);
  let drop: Set<number> | null = null;
  for (let k = 0; k < content.length; k++) {
    const line = lines[content[k]];
    const text = onlyText(line);
    if (text === null || text.length > 16) continue;
    const lone = !line.separated && LONE_NUMBER.test(text) && rowLine(lines[content[k - 1]]) && rowLine(lines[content[k + 1]]);
    if (lone || DASHED.test(text) || PAGE_OF.test(text)) (drop ??= new Set()).add(content[k]);
  }
  return drop ? lines.filter((_, i) => !drop.has(i)) : lines;
}
