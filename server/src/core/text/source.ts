// The text the parser reads. For plain text it is the document itself; for HTML
// it is the decoded visible text with a map back to document offsets, so every
// range the model reports is a document range and fixes edit the document.

export interface SourceText {
  /** The document text as given. */
  readonly original: string;
  /** The text the parser reads (equals original for plain text). */
  readonly text: string;
  readonly isHtml: boolean;
  /** Maps a start offset in `text` to an offset in `original`. */
  toOriginal(offset: number): number;
  /** Maps an end offset in `text` (exclusive) to an offset in `original`. */
  toOriginalEnd(offset: number): number;
}

export function plainSource(text: string): SourceText {
  return { original: text, text, isHtml: false, toOriginal: (o) => o, toOriginalEnd: (o) => o };
}

/** Builds a mapped source from pieces of virtual text and where each char came from. */
export class MappedBuilder {
  private parts: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  /** Characters written so far: the next character's offset in the text. */
  get length(): number {
    return this.starts.length;
  }
  /** Appends text copied verbatim from original[from…]. */
  copy(original: string, from: number, to: number): void {
    this.parts.push(original.slice(from, to));
    for (let i = from; i < to; i++) {
      this.starts.push(i);
      this.ends.push(i + 1);
    }
  }
  /** Appends synthetic text standing for original[from, to) (a tag or an entity). */
  emit(text: string, from: number, to: number): void {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.starts.push(from);
      this.ends.push(to);
    }
  }
  build(original: string): SourceText {
    const text = this.parts.join('');
    const starts = Int32Array.from(this.starts);
    const ends = Int32Array.from(this.ends);
    const n = text.length;
    return {
      original,
      text,
      isHtml: true,
      toOriginal: (o) => (o < n ? starts[o] : original.length),
      toOriginalEnd: (o) => (o <= 0 ? 0 : o <= n ? ends[o - 1] : original.length),
    };
  }
}

/**
 * The source with only `keep` (sorted, disjoint ranges of its text) left:
 * what is dropped is not read at all, and every kept character maps where it
 * did. Used to read only the report inside a web page.
 */
export function keepOnly(src: SourceText, keep: readonly { start: number; end: number }[]): SourceText {
  const parts: string[] = [];
  let n = 0;
  for (const r of keep) n += r.end - r.start;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  let k = 0;
  for (const r of keep) {
    parts.push(src.text.slice(r.start, r.end));
    for (let o = r.start; o < r.end; o++, k++) {
      starts[k] = src.toOriginal(o);
      ends[k] = src.toOriginalEnd(o + 1);
    }
  }
  const text = parts.join('');
  const original = src.original;
  return {
    original,
    text,
    isHtml: src.isHtml,
    toOriginal: (o) => (o < n ? starts[o] : original.length),
    toOriginalEnd: (o) => (o <= 0 ? 0 : o <= n ? ends[o - 1] : original.length),
  };
}
