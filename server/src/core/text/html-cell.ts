// The text of one table cell as a reader sees it. Word and CMS editors wrap a
// cell's text in <p>, <span>, <font> and <o:p>, break header words one
// character per paragraph ("结<p>果<br>纠<p>正") and pad values with &nbsp;:
// none of that is a cell boundary or a value. So inside a data cell:
//
// - inline tags add nothing ("<span>2</span><span>0</span>" is 20);
// - a paragraph or line break between two pieces of text joins CJK text
//   directly ("果纠") and puts one space between anything else ("1 2");
// - whitespace before the first visible character is not shown; a cell with
//   no visible character is shown as one space that stands for its first run
//   of whitespace text (so writing a value replaces that "&nbsp;" inside the
//   innermost element) or, with no text at all, for the point after its
//   innermost opening tag: a value written there lands inside the cell.

import type { MappedBuilder } from './source';

/** Whitespace a cell trims (cells.ts isWs) plus the line breaks HTML folds. */
function isCellSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0x3000 || c === 0xa0 || c === 0xfeff || c === 0x200b;
}

/** How a value cell may start: a digit, a sign, a decimal point, or a dash or slash standing for none. */
export function isValueCode(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0xff10 && c <= 0xff19) ||
    c === 0x2e ||
    c === 0xff0e ||
    c === 0x2b ||
    c === 0x2d ||
    c === 0xff0d ||
    (c >= 0x2010 && c <= 0x2015) ||
    c === 0x2f ||
    c === 0xff0f ||
    c === 0x5c ||
    c === 0xd7 ||
    c === 0x2a
  );
}

/** Text joined without a space across a line break inside a cell: CJK, kana, full-width forms and punctuation. */
function joinsTight(c: number): boolean {
  return (
    (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xffef) || c === 0x201c || c === 0x201d
  );
}

export class CellText {
  private hasText = false;
  /** Original offset of the tag of a break seen since the last visible character, else -1. */
  private breakAt = -1;
  private lastCode = 0;
  private blankFrom = -1;
  private blankTo = -1;
  private insertAt: number;
  private insertFrozen = false;
  /** The first visible character: a label starts with anything but a digit, sign or dash (isValueCode). */
  private firstCode = -1;
  /**
   * The text's length after this cell last wrote to it. Anything else written
   * since (a table nested in the cell) lies after the points this cell kept,
   * which then must not be used: the map would run backwards.
   */
  private mark: number;

  constructor(
    private readonly b: MappedBuilder,
    openEnd: number,
  ) {
    this.insertAt = openEnd;
    this.mark = b.length;
  }

  private get interrupted(): boolean {
    return this.b.length !== this.mark;
  }

  /** Whether the cell shows a label or a header rather than a value. */
  get isText(): boolean {
    return this.firstCode >= 0 && !isValueCode(this.firstCode);
  }

  /** An opening tag inside the cell ends at gt: before any text, the innermost insertion point. */
  opened(gtPlusOne: number, isVoid: boolean): void {
    if (!this.insertFrozen && !this.hasText && !isVoid) this.insertAt = gtPlusOne;
  }

  /** A closing tag inside the cell: the innermost point before it is settled. */
  closed(): void {
    this.insertFrozen = true;
  }

  /** A paragraph, division or line break tag from lt to gt; `opens` for a start tag of an element with content. */
  lineBreak(lt: number, gt: number, opens: boolean): void {
    if (opens) this.opened(gt + 1, false);
    else this.insertFrozen = true;
    if (this.hasText && this.breakAt < 0) this.breakAt = lt;
  }

  /** Text copied from original[from, to) (no tags, no entities). */
  raw(original: string, from: number, to: number): void {
    let run = from;
    for (let k = from; k < to; k++) {
      const c = original.charCodeAt(k);
      if (!isCellSpace(c)) continue;
      if (run < k) this.visible(original, run, k);
      this.space(c, k, k + 1);
      run = k + 1;
    }
    if (run < to) this.visible(original, run, to);
  }

  /** A decoded entity standing for original[from, to). */
  entity(text: string, from: number, to: number): void {
    if (text.length === 1 && isCellSpace(text.charCodeAt(0))) this.space(text.charCodeAt(0), from, to);
    else this.shown(text, from, to, null);
  }

  /** Ends the cell at its end tag's `lt`: a cell with nothing visible still gets its one character. */
  finish(lt: number): void {
    if (this.hasText) return;
    this.insertFrozen = true;
    if (this.interrupted) this.b.emit(' ', lt, lt);
    else if (this.blankFrom >= 0) this.b.emit(' ', this.blankFrom, this.blankTo);
    else this.b.emit(' ', this.insertAt, this.insertAt);
  }

  private space(c: number, from: number, to: number): void {
    this.insertFrozen = true;
    if (!this.hasText) {
      // Only the first run of blank text stands for the empty cell; it must be one piece of the page.
      if (this.blankFrom < 0) [this.blankFrom, this.blankTo] = [from, to];
      else if (this.blankTo === from) this.blankTo = to;
      return;
    }
    if (this.breakAt >= 0) return;
    this.lastCode = 32;
    // Folded line breaks show as the space they render as; the map keeps the character.
    this.b.emit(c === 10 || c === 13 || c === 9 || c === 12 ? ' ' : String.fromCharCode(c), from, to);
    this.mark = this.b.length;
  }

  private visible(original: string, from: number, to: number): void {
    this.shown(original.slice(from, to), from, to, original);
  }

  /** Visible text: copied from `original` when given, else synthetic text standing for [from, to). */
  private shown(text: string, from: number, to: number, original: string | null): void {
    this.insertFrozen = true;
    // After a nested table the text goes on after its lines: no break of this cell's own is pending.
    if (this.interrupted) this.breakAt = -1;
    if (this.hasText && this.breakAt >= 0) {
      const next = text.charCodeAt(0);
      if (this.lastCode !== 32 && !(joinsTight(this.lastCode) && joinsTight(next))) this.b.emit(' ', this.breakAt, this.breakAt);
    }
    this.breakAt = -1;
    this.hasText = true;
    if (this.firstCode < 0) this.firstCode = text.charCodeAt(0);
    this.lastCode = text.charCodeAt(text.length - 1);
    if (original !== null) this.b.copy(original, from, to);
    else this.b.emit(text, from, to);
    this.mark = this.b.length;
  }
}
