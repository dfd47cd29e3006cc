// File names (and Node's error details, which quote them) may hold control
// characters: an escape sequence in a name would recolour or rewrite the
// terminal, a newline would forge an output line, a bidi override would show
// the name reversed. Stylish output and stderr show them escaped instead, in
// the JSON spellings (\n, \t, \x1b, \u202e) so they read as what they are.
// JSON output needs none of this: JSON.stringify escapes already.

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f', '\v': '\\v' };

// C0, DEL, C1 (0x9b is a one-byte CSI on some terminals), line/paragraph
// separators, bidi embeddings/overrides/isolates, and the BOM / zero-width no-break space.
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\ufeff]/g;

export function escapeControls(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const short = SHORT[c];
    if (short) return short;
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
