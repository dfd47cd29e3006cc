// One file, start to finish: read, decode, (fix,) lint, and turn findings into
// plain positioned records. Runs in the main thread or in a worker, so its
// input and output are structured-clone friendly and it never throws.

import { createLinter, type LintSettings } from '../core/lint';
import { yearFactsOf, type YearFacts } from '../core/model/yearFacts';
import { applySuppressions, suppressionEntriesFor, type SuppressionEntry } from '../core/suppress';
import { say, type Finding, type Locale, type Severity } from '../core/types';
import { decode, type EncodingInfo } from './encoding';
import { fixFile, type FixHooks, type WriteProblem } from './fix-files';
import type { FileEntry } from './files';
import { ioReason, t } from './messages';
import { LineIndex } from './positions';
import { diagnosticLine, DIAGNOSTIC_SEPARATOR } from './format-json';
import { readRegular, type FileStamp } from './read-file';
import { relatedOf, type CliRelated } from './related';

export interface TaskOptions {
  fix: boolean;
  locale: Locale;
  /** The settings of a draft that has no FileSettings of its own. */
  lint: LintSettings;
  /** Chunks of big files render their JSON lines where they are linted (in parallel) instead of in the main thread. */
  renderJson?: boolean;
  /** --quiet: only error-severity findings are reported (warnings are still counted, for --max-warnings). */
  quiet?: boolean;
  /** --suppress-all: every finding left is turned into a suppression entry (FileResult.added) instead of being reported. */
  suppressAll?: boolean;
  /** The formats that print related information (json, sarif) ask for it; `cwd` places other files. */
  related?: boolean;
  cwd?: string;
}

/** The suppressions that apply to one draft. */
export interface DraftSuppressions {
  /** Honour inline directives (Markdown and HTML drafts). */
  inline: boolean;
  /** The entries of the draft's suppressions file that name it. */
  entries: SuppressionEntry[];
  /** The draft as entries name it (relative to the suppressions file). */
  file: string;
}

/** What applies to one draft beyond the run's options: its config's lint settings and its suppressions. */
export interface FileSettings {
  lint: LintSettings;
  suppress?: DraftSuppressions;
}

/** Findings reported, by severity, after suppressions and before --quiet. */
export interface Tally {
  errors: number;
  warnings: number;
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
  /** Set with TaskOptions.related, for findings that have related information. */
  related?: CliRelated[];
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
  /** The diagnostics already rendered as JSON lines (UTF-8), chunk by chunk; `diagnostics` is then empty. */
  json?: Uint8Array[];
  /** Counts of what `json` holds. */
  rendered?: { count: number; errors: number };
  /** Set when the file holds several reports (merged drafts), one entry per report. */
  reports?: { line: number; title: string | null; reportYear: number | null; template: '2019' | '2021' | null }[];
  /** Errors and warnings reported (before --quiet); absent on results made by hand. */
  tally?: Tally;
  /** Findings hidden by suppressions (and by --suppress-all). */
  suppressed?: number;
  /** Indices into DraftSuppressions.entries of the entries that matched nothing. */
  unused?: number[];
  /** --suppress-all: the entries that suppress what was found. */
  added?: SuppressionEntry[];
  /** What the cross-year checks of other files need from this one's reports (not printed). */
  facts?: YearFacts[];
  /** For a file linted in chunks: the chunk each of `facts` comes from (its reports saw only that chunk's). */
  factChunks?: number[];
}

/** FileResult.skipped of a named file the config file's `ignore` excludes. */
export const IGNORED = 'ignored';

export function ignoredResult(file: string): FileResult {
  return { file, reportYear: null, template: null, skipped: IGNORED, diagnostics: [] };
}

export function failed(file: string, error: string): FileResult {
  return { file, reportYear: null, template: null, error, diagnostics: [] };
}

function fixKind(f: Finding): CliDiagnostic['fix'] {
  if (f.fixes.some((x) => x.safe)) return 'safe';
  return f.fixes.length > 0 ? 'suggest' : null;
}

/** Findings → positioned records; `offset`/`lineBase` place a part inside a larger text. */
export function toDiagnostics(
  text: string,
  findings: Finding[],
  locale: Locale,
  index = new LineIndex(text),
  offset = 0,
  lineBase = 0,
  /** Where related information is placed; without it, none is given. */
  place?: { file: string; cwd: string },
): CliDiagnostic[] {
  return findings.map((f) => {
    const start = index.position(f.range.start + offset);
    const end = index.position(Math.max(f.range.start, f.range.end) + offset);
    const related = place ? relatedOf(f, locale, { ...place, index, offset, lineBase }) : undefined;
    return {
      rule: f.rule,
      severity: f.severity,
      message: say(f.message, locale),
      line: start.line + lineBase,
      column: start.column,
      endLine: end.line + lineBase,
      endColumn: end.column,
      fix: fixKind(f),
      ...(related ? { related } : {}),
    };
  });
}

/** What one report of a file contributes; a chunk is a run of consecutive reports. */
export interface PartSummary {
  /** 1-based line where this report starts in its file. */
  line: number;
  title: string | null;
  year: number | null;
  template: '2019' | '2021' | null;
  notReport: string | null;
  skippedRules: string[];
}

export interface ChunkResult {
  diagnostics: CliDiagnostic[];
  tally?: Tally;
  suppressed?: number;
  unused?: number[];
  added?: SuppressionEntry[];
  /** With TaskOptions.renderJson: the diagnostics as JSON lines (see format-json.ts), UTF-8. */
  json?: Uint8Array;
  rendered?: { count: number; errors: number };
  parts: PartSummary[];
  /** The reports' year facts; lines count from the file's start, document fields are left for the caller. */
  facts?: YearFacts[];
  /** Set when the chunk could not be linted (a bug); the file then fails with it. */
  error?: string;
}

/**
 * Lints `text` (a whole file, or a chunk of one that starts on line
 * `lineBase + 1` at a report boundary) with the core linter, so a file gives
 * the same output whether it was linted here or in worker threads.
 */
export function lintChunk(text: string, lineBase: number, options: TaskOptions, settings?: FileSettings, file = ''): ChunkResult {
  const lint = settings?.lint ?? options.lint;
  const index = new LineIndex(text);
  const place = options.related ? { file, cwd: options.cwd ?? process.cwd() } : undefined;
  const forced = lint.template && lint.template !== 'auto' ? lint.template : null;
  const out: ChunkResult = { diagnostics: [], parts: [] };
  const doc = createLinter(lint).lint(text);
  const suppress = settings?.suppress;
  // Suppressions work on the whole draft's findings; without them each report's findings go straight out (no shifting).
  const whole = suppress || options.suppressAll;
  for (const part of doc.parts) {
    const r = part.result;
    if (!r) continue;
    out.parts.push({
      line: index.position(part.range.start).line + lineBase,
      title: r.report.title?.text ?? null,
      year: r.report.year ?? null,
      template: r.report.generation ?? forced,
      notReport: r.notReport,
      skippedRules: r.skippedRules,
    });
    if (!whole) for (const d of toDiagnostics(text, r.findings, options.locale, index, part.range.start, lineBase, place)) out.diagnostics.push(d);
    const facts = r.notReport === null ? yearFactsOf(r.report, { text, offset: part.range.start }) : null;
    if (facts) (out.facts ??= []).push(lineBase === 0 ? facts : { ...facts, ...shiftLines(facts, lineBase) });
  }
  if (whole) {
    const r = applySuppressions(doc.findings, text, { inline: suppress?.inline ?? false, entries: suppress?.entries, file: suppress?.file });
    let kept = r.kept;
    out.suppressed = r.suppressed.length;
    if (r.unused.length > 0) out.unused = r.unused.map((u) => u.index);
    if (options.suppressAll && suppress) {
      out.added = suppressionEntriesFor(kept, r.all, text, suppress.file);
      out.suppressed += kept.length;
      kept = [];
    }
    out.diagnostics = toDiagnostics(text, kept, options.locale, index, 0, lineBase, place);
  }
  out.tally = { errors: 0, warnings: 0 };
  for (const d of out.diagnostics) {
    if (d.severity === 'error') out.tally.errors++;
    else if (d.severity === 'warning') out.tally.warnings++;
  }
  if (options.quiet) out.diagnostics = out.diagnostics.filter((d) => d.severity === 'error');
  if (options.renderJson) {
    const errors = out.diagnostics.reduce((n, d) => n + (d.severity === 'error' ? 1 : 0), 0);
    out.rendered = { count: out.diagnostics.length, errors };
    out.json = Buffer.from(out.diagnostics.map(diagnosticLine).join(DIAGNOSTIC_SEPARATOR));
    out.diagnostics = [];
  }
  return out;
}

/** The facts' cells `by` lines further down (a chunk of a big file). */
function shiftLines(f: YearFacts, by: number): Pick<YearFacts, 'carryIn' | 'carryOut' | 't2'> {
  const move = (o: YearFacts['t2']) => Object.fromEntries(Object.entries(o).map(([k, c]) => [k, { ...c, line: c.line + by, endLine: c.endLine + by }]));
  return { carryIn: move(f.carryIn), carryOut: move(f.carryOut), t2: move(f.t2) };
}

/** One file's result from its chunks, in order (the file's first report names year and template). */
export function assemble(file: string, chunks: ChunkResult[]): FileResult {
  const broken = chunks.find((c) => c.error !== undefined);
  if (broken) return { file, reportYear: null, template: null, error: broken.error, diagnostics: [] };
  const parts = chunks.flatMap((c) => c.parts);
  const first = parts.find((p) => p.notReport === null);
  if (!first) return { file, reportYear: null, template: null, skipped: parts[0]?.notReport ?? 'not-a-report', diagnostics: [] };
  const result: FileResult = { file, reportYear: first.year, template: first.template, diagnostics: [] };
  for (const c of chunks) for (const d of c.diagnostics) result.diagnostics.push(d);
  result.tally = { errors: 0, warnings: 0 };
  for (const c of chunks) {
    result.tally.errors += c.tally?.errors ?? 0;
    result.tally.warnings += c.tally?.warnings ?? 0;
    if (c.suppressed) result.suppressed = (result.suppressed ?? 0) + c.suppressed;
    if (c.unused) result.unused = [...(result.unused ?? []), ...c.unused];
    if (c.added) result.added = [...(result.added ?? []), ...c.added];
  }
  if (chunks.every((c) => c.json !== undefined && c.rendered !== undefined)) {
    result.json = chunks.filter((c) => c.rendered!.count > 0).map((c) => c.json!);
    result.rendered = { count: 0, errors: 0 };
    for (const c of chunks) {
      result.rendered.count += c.rendered!.count;
      result.rendered.errors += c.rendered!.errors;
    }
  }
  const facts = chunks.flatMap((c) => c.facts ?? []);
  if (facts.length > 0) result.facts = facts;
  if (facts.length > 1 && chunks.length > 1) result.factChunks = chunks.flatMap((c, k) => (c.facts ?? []).map(() => k));
  const skipped = [...new Set(parts.flatMap((p) => p.skippedRules))];
  if (skipped.length > 0) result.skippedRules = skipped;
  // Merged drafts: say where each report starts, so findings can be told apart by draft.
  if (parts.length > 1) result.reports = parts.map((p) => ({ line: p.line, title: p.title, reportYear: p.year, template: p.template }));
  return result;
}

/** Lints already-decoded text in this thread (also the path used by tests, the bench and --stdin). */
export function lintText(file: string, text: string, options: TaskOptions, settings?: FileSettings): FileResult {
  return assemble(file, [lintChunk(text, 0, options, settings, file)]);
}

export interface ReadText {
  text: string;
  info: EncodingInfo;
  /** What --fix checks before writing back (only when asked for: hashing costs time). */
  stamp: FileStamp | null;
}

/** Reads and decodes a file; a failure comes back as the file's result. */
export function readText(entry: FileEntry, locale: Locale, withStamp = false): ReadText | FileResult {
  try {
    const read = readRegular(entry.path, withStamp);
    if (!read.ok) return failed(entry.file, ioReason(locale, read.code));
    const decoded = decode(read.bytes);
    if (!decoded.ok) return failed(entry.file, ioReason(locale, decoded.reason));
    return { text: decoded.text, info: decoded.info, stamp: read.stamp };
  } catch (err) {
    return crashed(entry.file, err, locale);
  }
}

export function crashed(file: string, err: unknown, locale: Locale): FileResult {
  const e = err as NodeJS.ErrnoException;
  if (e && typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) return failed(file, ioReason(locale, e.code, e.message));
  const m = (err instanceof Error ? err.message : String(err)).split('\n')[0];
  return failed(file, t(locale, `内部错误：${m}`, `internal error: ${m}`));
}

/** `hooks` reach --fix's write (tests race it there); workers never pass any. */
export function lintFile(entry: FileEntry, options: TaskOptions, hooks?: FixHooks): FileResult {
  const { locale } = options;
  const read = readText(entry, locale, options.fix);
  if ('file' in read) return read;
  try {
    let text = read.text;
    let fixed: number | undefined;
    let problem: WriteProblem | undefined;
    if (options.fix) {
      if (!read.stamp) throw new Error('--fix read a file without its stamp');
      const suppress = entry.settings?.suppress;
      // A suppressed finding was kept on purpose: --fix leaves it as it is.
      const filter = suppress ? (fs: Finding[], t: string) => applySuppressions(fs, t, suppress).kept : undefined;
      const outcome = fixFile(entry.path, { text, info: read.info, stamp: read.stamp }, { ...(entry.settings?.lint ?? options.lint), filter }, hooks);
      text = outcome.text;
      fixed = outcome.applied;
      problem = outcome.problem;
    }
    const result = lintText(entry.file, text, options, entry.settings);
    if (fixed !== undefined) result.fixed = fixed;
    if (problem) result.error = ioReason(locale, problem.code, problem.detail, 'write');
    return result;
  } catch (err) {
    return crashed(entry.file, err, locale);
  }
}
