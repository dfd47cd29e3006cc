// Values a PDF extraction detached from their labels. A converter that wraps
// a label over several lines often writes the row's numbers elsewhere, as a
// row of numbers with no label ("| 0 | 0 | 0 | 0 | 0 | 0 | 0 |"). In a table
// holding such rows, a label standing alone is not an empty row but a row
// whose values could not be found, and a row of numbers after a label is not
// surely that label's: both are unread, never empty and never guessed.

import type { Line, Seg } from '../cells';
import type { Row } from '../report';
import type { Collected } from './rowBuild';
import { valueClass } from './classify';

/** Lines holding two or more numbers that no row label collected. */
export function orphanValueLines(lines: Line[], rows: Collected[]): number {
  const taken = new Set<Seg>();
  for (const c of rows) for (const s of c.cells) taken.add(s);
  let n = 0;
  for (const line of lines) {
    if (line.blank || line.rule) continue;
    let free = 0;
    for (const seg of line.segs) if (!taken.has(seg) && valueClass(seg) === 'number') free++;
    if (free >= 2) n++;
  }
  return n;
}

/** With `orphans` > 0, rows whose values were not on their label's line become unread (detached). */
export function markDetached(rows: Row[], orphans: number): void {
  if (orphans === 0) return;
  for (const row of rows) {
    if (row.unread) continue;
    const byPosition = row.cells.length > 0 && row.cells[0].placement === 'exact-width';
    if (!row.bare && !byPosition) continue;
    row.unread = 'detached';
    for (const c of row.cells) c.placement = 'guessed';
  }
}
