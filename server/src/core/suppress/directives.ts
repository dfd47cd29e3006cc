// Inline suppression directives: HTML comments in Markdown and HTML drafts.
//
//   <!-- gov-report-lint-disable-next-line rule-a rule-b -->
//   <!-- gov-report-lint-disable rule-a --> … <!-- gov-report-lint-enable rule-a -->
//   <!-- gov-report-lint-disable-file rule-a -->
//
// No rule id means every rule; ` -- why` after the ids is a free-text reason.
// Only Markdown and HTML drafts are read for them: there a comment is invisible
// once rendered, while a plain-text draft is the published text itself, so a
// comment in it would be published too (see directivesAllowed).

import type { Range } from '../types';

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** The rule ids named, in order; empty means every rule. */
  rules: string[];
  /** Where each id of `rules` is (same order), to point at an unknown one. */
  ruleRanges: Range[];
  /** The whole comment, `<!--` to `-->`, in document offsets. */
  range: Range;
}

const DIRECTIVE = /<!--[ \t\r\n]*gov-report-lint-(disable-next-line|disable-file|disable|enable)(?=\s|-->)([\s\S]*?)-->/g;
const ID = /[^\s,]+/g;

/** Extensions of the drafts whose directives are honoured. */
export const DIRECTIVE_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.html', '.htm'];

/** Whether inline directives are honoured in a draft of this name (Markdown and HTML only). */
export function directivesAllowed(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return DIRECTIVE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Every directive of `text`, in document order. */
export function parseDirectives(text: string): Directive[] {
  // Cheap test first: almost no draft has any.
  if (text.indexOf('gov-report-lint-') < 0) return [];
  const out: Directive[] = [];
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m !== null; m = DIRECTIVE.exec(text)) {
    const body = m[2];
    const bodyStart = m.index + m[0].length - 3 - body.length;
    // "-- reason" ends the ids (a lone "--" at the start included).
    const reason = /(?:^|\s)--(?:\s|$)/.exec(body);
    const ids = reason ? body.slice(0, reason.index) : body;
    const rules: string[] = [];
    const ruleRanges: Range[] = [];
    ID.lastIndex = 0;
    for (let id = ID.exec(ids); id !== null; id = ID.exec(ids)) {
      rules.push(id[0]);
      ruleRanges.push({ start: bodyStart + id.index, end: bodyStart + id.index + id[0].length });
    }
    out.push({ kind: m[1] as DirectiveKind, rules, ruleRanges, range: { start: m.index, end: m.index + m[0].length } });
  }
  return out;
}
