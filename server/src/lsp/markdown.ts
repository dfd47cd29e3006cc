// Markdown the server builds around text it does not control. A draft is
// written by whoever sent it: a table cell holding `[点此](https://…)` must
// show those characters, not become a link in the editor's hover. Only our
// own formatting is Markdown; everything from the document (or derived from
// it) goes through one of these.

/** ASCII punctuation: CommonMark lets every one be escaped, and escaping all of them also defeats autolinks (`https\:`, `www\.`). */
const PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** Text shown literally inside a paragraph. Line breaks become spaces: a paragraph cannot hold a block. */
export function text(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').replace(PUNCTUATION, '\\$&');
}

/** Lines shown literally, one per line. */
export function lines(s: string): string {
  return s
    .split(/\r\n|\r|\n/)
    .map((l) => text(l.trim()))
    .join('  \n');
}

/** A code block whose fence no backtick run in `s` can close. */
export function codeBlock(s: string): string {
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}\n${s}\n${fence}`;
}

/** Inline code whose delimiters no backtick run in `s` can close. */
export function code(s: string): string {
  const flat = s.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const ticks = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

export function bold(s: string): string {
  return `**${text(s)}**`;
}
