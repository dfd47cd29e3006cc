// The one pipeline behind the language server, the CLI and fix-all. Each step
// runs once, in this order:
//
//   text → source (HTML → visible text with a map back; plain text as is)
//        → the reports in it (merged drafts are split, split.ts)
//        → each report parsed and linted on its own text, cached by that text
//        → findings shifted to document offsets.
//
// A Linter keeps the reports of the last text it saw, so `lint(next)` re-parses
// only the reports whose text changed (an edit touches one draft of a merged
// file; a fix-all pass touches a few). `prepare` exposes the same work one
// report at a time, for callers that must yield between reports (the server
// opening a huge file).

import type { Finding, Range } from './types';
import type { Report } from './model/report';
import { parse } from './model/parse';
import { findReports } from './model/split';
import { shiftFinding } from './findings';
import { runRules, type LintSettings, type ReportFindings } from './rules/run';
import { partBounds, partSource, readSource } from './text/read-source';
import { plainSource, type SourceText } from './text/source';
import { CROSS_YEAR_RULES, isPreviousYear, yearFactsOf, type YearFacts } from './model/yearFacts';

export type { LintSettings, ReportFindings } from './rules/run';

/** One report of a document. */
export interface LintedPart {
  /** Where the report lies in the document (document offsets). */
  range: Range;
  /** The report's own text: the document's text in `range`. */
  text: string;
  /** Null when the parser failed on this text (see LinterHooks.onError). */
  report: Report | null;
  /** Findings in offsets local to `text`; null when parsing or linting failed. */
  result: ReportFindings | null;
}

/** A document: its reports, and the findings of all of them in document offsets. */
export interface LintedDocument {
  source: SourceText;
  parts: LintedPart[];
  /** Every finding, in document offsets, in report order. */
  findings: Finding[];
  /** The first report's model (the document's, for a single draft; an empty one when no part could be parsed). */
  report: Report;
  /** Expensive rules skipped in some report because of the size limits. */
  skippedRules: string[];
  /** Why the document is not a report draft (null when some part is one). */
  notReport: string | null;
}

export interface LinterHooks {
  /**
   * Called when a step throws on some text; the step then degrades (the
   * document is one report; the report has no model or no findings) instead
   * of failing the whole document. Without it the error propagates.
   */
  onError?: (step: 'split' | 'parse' | 'lint', err: unknown) => void;
}

/** A text prepared for linting: its parts, and the reports still to parse and lint. */
export interface Pending {
  readonly parts: readonly LintedPart[];
  /** Parses and lints the next report that needs it; false when none is left. */
  step(): boolean;
  /** The document, after every step (runs the remaining ones). */
  result(): LintedDocument;
}

interface Entry {
  /** The report's original text (detached from the document's string). */
  text: string;
  /** Its visible text: for HTML, a cached entry is reused only when this matches too. */
  visible: string;
  /** Until parsed: the source to parse. */
  source: SourceText | null;
  /** Undefined until parsed; null when parsing failed. */
  report?: Report | null;
  /** Undefined until linted; null when linting failed. */
  result?: ReportFindings | null;
  /** The result with the cross-year findings against the other reports of the same file, and what they were computed from. */
  merged?: { key: string; base: ReportFindings; result: ReportFindings };
}

export function createLinter(settings: LintSettings = {}, hooks: LinterHooks = {}): Linter {
  return new Linter(settings, hooks);
}

/**
 * Where each report of a plain-text document lies, for callers that lint the
 * reports of one big file apart (CLI worker threads: a chunk of whole reports
 * lints exactly as it does inside the file). Null for HTML, whose reports share
 * one source map.
 */
export function plainReportRanges(text: string): Range[] | null {
  const source = readSource(text);
  return source.isHtml ? null : findReports(source.text);
}

/** Lints one text with no cache kept (tests, scripts, one-off calls). */
export function lint(text: string, settings: LintSettings = {}): LintedDocument {
  return createLinter(settings).lint(text);
}

export class Linter {
  private settings: LintSettings;
  /** The entries of the last prepared text, in document order. */
  private entries: Entry[] = [];
  private byText = new Map<string, Entry>();

  constructor(
    settings: LintSettings,
    private readonly hooks: LinterHooks = {},
  ) {
    this.settings = { ...settings };
  }

  /** New settings: a new template invalidates the models; rules and force only the findings. */
  configure(settings: LintSettings): void {
    const next = { ...settings };
    if ((next.template ?? 'auto') !== (this.settings.template ?? 'auto')) {
      this.entries = [];
      this.byText.clear();
    } else if (findingsKey(next) !== findingsKey(this.settings)) {
      for (const e of this.entries) e.result = undefined;
    }
    this.settings = next;
  }

  lint(text: string): LintedDocument {
    return this.prepare(text).result();
  }

  /** A linter with the same settings and a cache of its own (for texts that must not evict this one's). */
  fork(): Linter {
    return new Linter(this.settings, this.hooks);
  }

  prepare(text: string): Pending {
    const source = readSource(text);
    const ranges = this.split(source);
    const bounds = partBounds(source, ranges);
    const before = this.entries;
    const fresh = new Map<string, Entry>();
    const entries = bounds.map((b, i) => {
      const slice = text.slice(b.start, b.end);
      const visible = source.isHtml ? source.text.slice(ranges[i].start, ranges[i].end) : slice;
      // The part at the same place (counted from either end) first: most edits touch one
      // report, and comparing two strings is cheaper than hashing one.
      const same = before[i];
      const fromEnd = before[before.length - bounds.length + i];
      let entry = same?.text === slice ? same : fromEnd?.text === slice ? fromEnd : (this.byText.get(slice) ?? fresh.get(slice));
      if (entry && source.isHtml && entry.visible !== visible) entry = undefined;
      if (!entry) {
        const own = slice.length === text.length ? slice : detach(slice);
        const partSrc = source.isHtml ? { ...partSource(source, ranges[i], b.start, b.end), original: own } : plainSource(own);
        entry = { text: own, visible: partSrc.text, source: partSrc };
        fresh.set(own, entry);
      }
      return entry;
    });
    this.entries = entries;
    this.byText = new Map(entries.map((e) => [e.text, e]));
    const parts: LintedPart[] = entries.map((e, i) => ({ range: bounds[i], text: e.text, report: e.report ?? null, result: e.result ?? null }));
    let next = 0;
    let across = entries.length < 2;
    // Skips the parts already linted (cached, or the same text earlier in this document), filling them in.
    const skipDone = () => {
      while (next < entries.length && entries[next].result !== undefined) {
        parts[next].report = entries[next].report ?? null;
        parts[next].result = entries[next].result ?? null;
        next++;
      }
      if (next >= entries.length && !across) {
        across = true;
        this.acrossParts(text, parts, entries);
      }
    };
    const step = (): boolean => {
      skipDone();
      if (next >= entries.length) return false;
      const e = entries[next];
      if (e.report === undefined) {
        e.report = this.parse(e.source!);
        e.source = null;
      }
      e.result = this.run(e.report);
      skipDone();
      return next < entries.length;
    };
    return {
      parts,
      step,
      result: () => {
        while (step());
        return combine(source, parts);
      },
    };
  }

  /**
   * The reports of a merged file are each other's previous years: once every
   * part is linted, a part whose predecessor is in the same file gets its
   * cross-year findings against it (only those rules run again; the result is
   * kept while the facts stay the same, so its identity is stable).
   */
  private acrossParts(text: string, parts: LintedPart[], entries: Entry[]): void {
    const facts = parts.map((p) => (p.report && p.result && !p.result.notReport ? yearFactsOf(p.report, { text, offset: p.range.start }) : null));
    if (facts.filter((f) => f !== null).length < 2) return;
    parts.forEach((p, i) => {
      const cur = facts[i];
      const base = entries[i].result;
      if (!cur || !p.report || !base) return;
      const own = facts.filter((f): f is YearFacts => f !== null && f !== cur && isPreviousYear(f, cur));
      if (own.length === 0) return;
      const e = entries[i];
      const key = JSON.stringify(own);
      if (e.merged?.key !== key || e.merged.base !== base) {
        const settings = { ...this.settings, previousYears: [...(this.settings.previousYears ?? []), ...own] };
        const extra = this.guarded(() => runRules(p.report!, settings, (id) => CROSS_YEAR_RULES.has(id)));
        if (!extra) return;
        const findings = base.findings.filter((f) => !CROSS_YEAR_RULES.has(f.rule)).concat(extra.findings);
        findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
        e.merged = { key, base, result: { ...base, findings } };
      }
      p.result = e.merged.result;
    });
  }

  private guarded<T>(f: () => T): T | null {
    try {
      return f();
    } catch (err) {
      if (!this.hooks.onError) throw err;
      this.hooks.onError('lint', err);
      return null;
    }
  }

  private split(source: SourceText): Range[] {
    try {
      return findReports(source.text);
    } catch (err) {
      if (!this.hooks.onError) throw err;
      this.hooks.onError('split', err);
      return [{ start: 0, end: source.text.length }];
    }
  }

  private parse(source: SourceText): Report | null {
    try {
      return parse(source, { template: this.settings.template ?? 'auto' });
    } catch (err) {
      if (!this.hooks.onError) throw err;
      this.hooks.onError('parse', err);
      return null;
    }
  }

  private run(report: Report | null): ReportFindings | null {
    if (!report) return null;
    try {
      return runRules(report, this.settings);
    } catch (err) {
      if (!this.hooks.onError) throw err;
      this.hooks.onError('lint', err);
      return null;
    }
  }
}

function combine(source: SourceText, parts: LintedPart[]): LintedDocument {
  const findings: Finding[] = [];
  const skipped = new Set<string>();
  for (const p of parts) {
    if (!p.result) continue;
    for (const f of p.result.findings) findings.push(shiftFinding(f, p.range.start));
    for (const id of p.result.skippedRules) skipped.add(id);
  }
  const reports = parts.filter((p) => p.result && p.result.notReport === null);
  const first = reports[0] ?? parts[0];
  return {
    source,
    parts,
    findings,
    report: first?.report ?? parse(''),
    skippedRules: [...skipped],
    notReport: reports.length > 0 ? null : (parts[0]?.result?.notReport ?? 'not-a-report'),
  };
}

/** What the findings depend on besides the text (a change re-runs the rules, not the parser). */
function findingsKey(s: LintSettings): string {
  return JSON.stringify([s.rules ?? {}, !!s.force, s.previousYears ?? []]);
}

/**
 * A copy of a slice. V8 keeps a slice pointing into its parent string, so a
 * cached part would keep its whole document version alive; concatenating and
 * slicing again flattens it into a string of its own.
 */
function detach(slice: string): string {
  return (' ' + slice).slice(1);
}
