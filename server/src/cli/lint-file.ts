// One file, start to finish: read, decode, (fix,) lint, and turn findings into
// plain positioned records. Runs in the main thread or in a worker, so its
// input and output are structured-clone friendly and it never throws.

import * as fs from 'node:fs';
import { lint, type LintOptions } from '../core/lint';
import type { Finding, Locale, Severity } from '../core/types';
import { decode } from './encoding';
import { fixFile } from './fix-files';
import type { FileEntry } from './files';
import { ioReason, t } from './messages';
import { LineIndex } from './positions';

/** Files above this are refused rather than risk exhausting memory. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

export interface TaskOptions {
  fix: boolean;
  locale: Locale;
  lint: LintOptions;
}

export interface CliDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix: 'safe' | 'suggest' | null;
}

export interface FileResult {
  file: string;
  reportYear: number | null;
  template: '2019' | '2021' | null;
  /** Why the file was not linted as a report (not a draft). */
  skipped?: string;
  /** One-line I/O or decoding failure; makes the run exit 2. */
  error?: string;
  diagnostics: CliDiagnostic[];
  /** Expensive rules the core skipped because of the size limits. */
  skippedRules?: string[];
  /** Safe fixes applied by --fix. */
  fixed?: number;
}

export function failed(file: string, error: string): FileResult {
  return { file, reportYear: null, template: null, error, diagnostics: [] };
}

function fixKind(f: Finding): CliDiagnostic['fix'] {
  if (f.fixes.some((x) => x.safe)) return 'safe';
  return f.fixes.length > 0 ? 'suggest' : null;
}

export function toDiagnostics(text: string, findings: Finding[], locale: Locale): CliDiagnostic[] {
  const index = new LineIndex(text);
  return findings.map((f) => {
    const start = index.position(f.range.start);
    const end = index.position(Math.max(f.range.start, f.range.end));
    return {
      rule: f.rule,
      severity: f.severity,
      message: locale === 'en' ? f.message.en : f.message.zh,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      fix: fixKind(f),
    };
  });
}

/** Lints already-decoded text (also the in-process path used by tests and the bench). */
export function lintText(file: string, text: string, options: TaskOptions): FileResult {
  const r = lint(text, options.lint);
  const forced = options.lint.generation && options.lint.generation !== 'auto' ? options.lint.generation : null;
  const result: FileResult = {
    file,
    reportYear: r.report.year ?? null,
    template: r.report.generation ?? forced,
    diagnostics: [],
  };
  if (r.notReport !== null) {
    result.reportYear = null;
    result.template = null;
    result.skipped = r.notReport;
    return result;
  }
  result.diagnostics = toDiagnostics(text, r.findings, options.locale);
  if (r.skippedRules.length > 0) result.skippedRules = [...r.skippedRules];
  return result;
}

export function lintFile(entry: FileEntry, options: TaskOptions): FileResult {
  const { locale } = options;
  try {
    const size = fs.statSync(entry.path).size;
    if (size > MAX_FILE_BYTES) return failed(entry.file, ioReason(locale, 'too-large'));
    const bytes = fs.readFileSync(entry.path);
    const decoded = decode(bytes);
    if (!decoded.ok) return failed(entry.file, ioReason(locale, decoded.reason));
    let text = decoded.text;
    let fixed: number | undefined;
    let refused = false;
    if (options.fix) {
      const outcome = fixFile(entry.path, text, decoded.info, options.lint);
      text = outcome.text;
      fixed = outcome.applied;
      refused = outcome.refused;
    }
    const result = lintText(entry.file, text, options);
    if (fixed !== undefined) result.fixed = fixed;
    if (refused) result.error = ioReason(locale, 'not-exact');
    return result;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e && typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) return failed(entry.file, ioReason(locale, e.code, e.message));
    const m = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    return failed(entry.file, t(locale, `内部错误：${m}`, `internal error: ${m}`));
  }
}
