// Input limits. Above them cheap rules still run, expensive ones are skipped
// and the user is told (lint-limits finding + status item) — never silently.
export const LIMITS = {
  /** Documents longer than this (UTF-16 units) skip expensive rules. */
  expensiveRulesMaxChars: 2_000_000,
  /** More tables than this (e.g. dozens of merged drafts) skip expensive rules. */
  maxTables: 60,
  /** Lines longer than this are not scanned for inline headings. */
  maxInlineScanLine: 20_000,
};
