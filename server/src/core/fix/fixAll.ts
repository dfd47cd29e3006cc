// The one fix engine behind quick fix-all, source.fixAll on save and CLI --fix:
// apply every safe fix, re-lint, repeat until nothing safe remains.

import type { Finding, TextEdit } from '../types';
import { createLinter, type LintSettings } from '../lint';
import { selectNonOverlapping } from './edits';
import { FixGuard } from './guard';

export interface FixAllResult {
  text: string;
  /** Number of safe fixes applied over all passes. */
  applied: number;
  passes: number;
  /** True when the text changed. */
  changed: boolean;
  /** Safe fixes undone because they left an error the text did not have (never retried). */
  rolledBack: number;
}

const MAX_PASSES = 10;

export interface FixAllOptions extends LintSettings {
  /** Only apply the safe fixes of these rules ("fix all of this rule"). */
  only?: string[];
  /**
   * The findings whose fixes may be applied, given every finding of the
   * current text (each pass): suppressed findings are not fixed.
   */
  filter?: (findings: Finding[], text: string) => Finding[];
}

export function fixAll(text: string, options: FixAllOptions = {}): FixAllResult {
  let current = text;
  let applied = 0;
  let passes = 0;
  // One linter for every pass: a pass re-parses only the reports its edits touched.
  const linter = createLinter(options);
  // Holds back fixes that glue digits, rolls back those that add an error (guard.ts).
  const guard = new FixGuard(linter);
  while (passes < MAX_PASSES) {
    const linted = guard.lint(current).findings;
    const findings = (options.filter ? options.filter(linted, current) : linted).filter((f) => !options.only || options.only.includes(f.rule));
    const safe = guard.admit(current, findings);
    const edits = selectNonOverlapping(safe);
    if (edits.length === 0) break;
    const rolledBack = guard.rolledBack;
    const next = guard.apply(current, safe, edits);
    passes++;
    if (next.text === current && guard.rolledBack === rolledBack) break;
    applied += countFixes(safe, next.edits);
    current = next.text;
  }
  return { text: current, applied, passes, changed: current !== text, rolledBack: guard.rolledBack };
}

function countFixes(fixes: { edits: TextEdit[] }[], chosen: TextEdit[]): number {
  const set = new Set(chosen);
  return fixes.filter((f) => f.edits.length > 0 && f.edits.every((e) => set.has(e))).length;
}

/**
 * The edits that turn `before` into `after`, as one minimal replacement of the
 * differing middle. Editors apply this instead of replacing the whole document,
 * so the cursor, undo history and unrelated text stay untouched.
 */
export function minimalEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  // Never split a surrogate pair.
  if (start > 0 && isHigh(before.charCodeAt(start - 1))) start--;
  if (endB < before.length && isLow(before.charCodeAt(endB))) {
    endB++;
    endA++;
  }
  return { start, end: endB, text: after.slice(start, endA) };
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
