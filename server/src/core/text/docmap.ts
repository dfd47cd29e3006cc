// From offsets in report.src.text (what the text rules scan) to document
// ranges and edits. For plain text this is the identity. For HTML the scanned
// text is the decoded visible text: a range maps through the source map, and an
// edit is only produced when every character it touches comes from the document
// verbatim or from an entity (never from a tag), so a fix cannot eat markup.

import type { Fix, Msg, Range, TextEdit } from '../types';
import type { SourceText } from './source';

export class DocMap {
  private readonly plain: boolean;
  constructor(readonly src: SourceText) {
    this.plain = !src.isHtml;
  }

  get text(): string {
    return this.src.text;
  }

  /** Document range of src.text[start, end). */
  range(start: number, end: number): Range {
    if (this.plain) return { start, end };
    const s = this.src.toOriginal(start);
    if (end <= start) return { start: s, end: s };
    const e = this.src.toOriginalEnd(end);
    return { start: s, end: Math.max(s, e) };
  }

  /** Document offset of src.text offset (start side). */
  offset(at: number): number {
    return this.plain ? at : this.src.toOriginal(at);
  }

  /**
   * An edit replacing src.text[start, end) with `replacement`, trimmed to the
   * characters that actually change; null when it cannot be mapped safely.
   */
  edit(start: number, end: number, replacement: string): TextEdit | null {
    const text = this.src.text;
    let s = start;
    let e = end;
    let r = replacement;
    // Trim the unchanged prefix and suffix so the edit touches only wrong characters.
    let p = 0;
    while (s + p < e && p < r.length && text.charCodeAt(s + p) === r.charCodeAt(p)) p++;
    s += p;
    r = r.slice(p);
    let q = 0;
    while (e - q > s && q < r.length && text.charCodeAt(e - 1 - q) === r.charCodeAt(r.length - 1 - q)) q++;
    e -= q;
    r = r.slice(0, r.length - q);
    if (s === e && r === '') return null;
    if (this.plain) return { start: s, end: e, text: r };
    if (s === e) return null; // insertions are not needed by these rules; avoid guessing a spot in markup
    const orig = this.src.original;
    let prevEnd = -1;
    for (let i = s; i < e; i++) {
      const os = this.src.toOriginal(i);
      const oe = this.src.toOriginalEnd(i + 1);
      if (prevEnd !== -1 && os !== prevEnd && !(os < prevEnd)) return null;
      const piece = orig.slice(os, oe);
      const ch = text[i];
      const verbatim = piece === ch || (oe - os === 2 && i + 1 < e && piece === text.slice(i, i + 2));
      const entity = piece.length > 2 && piece[0] === '&' && piece[piece.length - 1] === ';';
      const whitespace = /^\s$/.test(ch) && /^\s+$/.test(piece);
      if (!verbatim && !entity && !whitespace) return null;
      prevEnd = oe;
    }
    return { start: this.src.toOriginal(s), end: this.src.toOriginalEnd(e), text: r };
  }

  /** A fix from edits on src.text; null when any edit cannot be mapped. */
  fix(title: Msg, edits: Array<{ start: number; end: number; text: string }>, safe: boolean): Fix | null {
    if (edits.length === 1) {
      // Most fixes are one edit: an exact one-element array, not a growable one.
      const ed = this.edit(edits[0].start, edits[0].end, edits[0].text);
      return ed ? { title, edits: [ed], safe } : null;
    }
    const out: TextEdit[] = [];
    for (const x of edits) {
      const ed = this.edit(x.start, x.end, x.text);
      if (!ed) return null;
      out.push(ed);
    }
    if (out.length === 0) return null;
    return { title, edits: out, safe };
  }
}

/** `[fix]` or `[]`: fixes are optional in findings. */
export function fixes(...fs: Array<Fix | null>): Fix[] {
  // The rest array is already fresh: return it as is when nothing is null (the common case).
  return fs.includes(null) ? fs.filter((f): f is Fix => f !== null) : (fs as Fix[]);
}
