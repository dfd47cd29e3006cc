// HTML drafts: a row's value cells are the <td>s that follow its label's <td>
// in the same <tr>, whatever the visible text made of them (a <p> or <br>
// inside a cell breaks the text into lines; a number split over <span>s is
// still one cell). Rows whose label is not inside a cell keep the text reading.

import type { SourceText } from '../../text/source';
import { indexHtmlCells, tdAt, type HtmlTd } from './htmlCells';
import { valueClass } from './classify';
import type { Collected } from './rowBuild';

const CELLS = Symbol('htmlCells');

/** The cell index of a source's markup, built once per source. */
export function htmlCellsOf(src: SourceText): HtmlTd[] | null {
  if (!src.isHtml) return null;
  const holder = src as SourceText & { [CELLS]?: HtmlTd[] };
  if (!holder[CELLS]) Object.defineProperty(holder, CELLS, { value: indexHtmlCells(src.original) });
  return holder[CELLS]!;
}

/** Sets `tds` on every collected row of an HTML table (null where the label is not in a cell). */
export function attachHtmlCells(src: SourceText, rows: Collected[], labels: readonly { start: number }[] = []): void {
  const tds = htmlCellsOf(src);
  if (!tds || tds.length === 0) return;
  const labelTd = rows.map((c) => tdAt(tds, src.toOriginal(c.label.start)));
  // Any label cell ends the cells of the label before it (a sub-row's label after a rowspan group).
  const labelCells = new Set(labelTd.filter((i) => i >= 0));
  for (const l of labels) {
    const i = tdAt(tds, src.toOriginal(l.start));
    if (i >= 0) labelCells.add(i);
  }
  rows.forEach((c, r) => {
    const at = labelTd[r];
    if (at < 0 || tds[at].tr < 0) {
      c.tds = null;
      return;
    }
    const tr = tds[at].tr;
    const out: HtmlTd[] = [];
    for (let j = at + 1; j < tds.length && tds[j].tr === tr; j++) {
      if (labelCells.has(j)) break;
      const td = tds[j];
      // A label continued in the next cell ("（区分处理的…）") is not a value.
      if (out.length === 0 && isLabelText(td.text)) continue;
      out.push(td);
    }
    c.tds = out;
  });
}

function isLabelText(text: string): boolean {
  return text.length > 4 && !/[0-9０-９]/.test(text) && valueClass({ text, start: 0, end: 0 }) === 'text';
}
