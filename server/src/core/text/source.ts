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
