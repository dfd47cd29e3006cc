// Offsets → 1-based line/column, measured on the text that was linted (after
// the BOM was stripped, so a BOM counts nowhere). Lines end at \n, \r\n or a
// lone \r, as in the editor; columns are UTF-16 code units, as in the editor.

import { LineIndex as CoreLineIndex } from '../core/text/lines';

export interface Position {
  line: number;
  column: number;
}

/** The core's line index, answering in the CLI's 1-based positions. */
export class LineIndex {
  private readonly index: CoreLineIndex;

  constructor(text: string) {
    this.index = new CoreLineIndex(text);
  }

  get lineCount(): number {
    return this.index.lineCount;
  }

  position(offset: number): Position {
    // Out-of-range offsets from a buggy rule are clamped rather than printed as
    // impossible positions (or thrown): the CLI must report, not crash.
    const o = Math.max(0, Math.min(Number.isFinite(offset) ? Math.floor(offset) : 0, this.index.text.length));
    const p = this.index.position(o);
    return { line: p.line + 1, column: p.character + 1 };
  }
}
