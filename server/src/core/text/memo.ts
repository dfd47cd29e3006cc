// A bounded memo table for answers computed from a cell or label text. Such
// texts repeat endlessly within a draft and across drafts ("0", "总计", row
// labels), so each answer is computed once; the table is simply cleared when it
// grows past its limit, and long texts (prose) bypass it, which bounds memory.

export class TextMemo<T> {
  private readonly map = new Map<string, T>();
  constructor(
    private readonly compute: (text: string) => T,
    private readonly maxLength = 300,
    private readonly limit = 20_000,
  ) {}

  /** T must not include undefined (it marks a miss). */
  get(text: string): T {
    if (text.length > this.maxLength) return this.compute(text);
    let v = this.map.get(text);
    if (v === undefined) {
      if (this.map.size > this.limit) this.map.clear();
      v = this.compute(text);
      this.map.set(text, v);
    }
    return v;
  }
}
