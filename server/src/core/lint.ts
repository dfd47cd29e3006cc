// The single entry point both adapters (language server, CLI) call:
// text → reports (one per merged draft) → parse each once → run every enabled
// rule over each model → findings in document offsets.

import type { Finding, Range, Severity } from './types';
import type { Report } from './model/report';
import { parse, type ParseOptions } from './model/parse';
import { splitReports } from './model/split';
import { makeFinding, shiftFinding } from './findings';
import { allRules } from './rules';
import type { RuleContext, RuleOptions } from './rules/rule';

export interface LintOptions {
  /** Template generation override ('auto' detects it from the tables). */
  generation?: 'auto' | '2019' | '2021';
  /** Per-rule severity override, or 'off'. */
  rules?: Record<string, Severity | 'off'>;
  /** Treat the text as a report even when detection says it is not. */
  force?: boolean;
}

/** The result for one report: offsets are relative to the report's own text. */
export interface ReportResult {
  report: Report;
  findings: Finding[];
  /** Expensive rules skipped because of the size limits (reported visibly). */
  skippedRules: string[];
  /** Set when the text is not a report draft; findings are then empty. */
  notReport: string | null;
}

/** One report of a document: where it lies, its model and its findings (local offsets). */
export interface PartResult extends ReportResult {
  range: Range;
}

/** A whole document: findings in document offsets; `report` is the first report. */
export interface LintResult extends ReportResult {
  parts: PartResult[];
}

/** A parsed report of a document, offsets local to `range`. */
export interface ParsedPart {
  range: Range;
  report: Report;
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintParts(parseDocument(text, parseOptions(options)), options);
}

/** Split a document into its reports and parse each once. */
export function parseDocument(text: string, options: ParseOptions): ParsedPart[] {
  return splitReports(text).map((range) => ({
    range,
    // A slice of the whole text is the text itself (V8 returns the same string).
    report: parse(text.slice(range.start, range.end), options),
  }));
}

/** One report's text, parsed and linted (offsets local to that text). */
export function lintPart(text: string, options: LintOptions = {}): ReportResult {
  return lintReport(parse(text, parseOptions(options)), options);
}

export function lintParts(parsed: ParsedPart[], options: LintOptions = {}): LintResult {
  return combineParts(parsed.map((p) => ({ range: p.range, ...lintReport(p.report, options) })));
}

/** Document-level view of per-report results (shared by the CLI workers and the server cache). */
export function combineParts(parts: PartResult[]): LintResult {
  const first = parts[0];
  if (parts.length === 1 && first.range.start === 0) return { ...first, parts };
  const findings: Finding[] = [];
  const skipped = new Set<string>();
  for (const p of parts) {
    for (const f of p.findings) findings.push(shiftFinding(f, p.range.start));
    for (const id of p.skippedRules) skipped.add(id);
  }
  const reports = parts.filter((p) => p.notReport === null);
  return {
    report: (reports[0] ?? first).report,
    findings,
    skippedRules: [...skipped],
    notReport: reports.length > 0 ? null : first.notReport,
    parts,
  };
}


export function parseOptions(options: LintOptions): ParseOptions {
  return { generation: options.generation ?? 'auto' };
}

export function lintReport(report: Report, options: LintOptions = {}): ReportResult {
  if (!report.isReport && !options.force) {
    return { report, findings: [], skippedRules: [], notReport: 'not-a-report' };
  }
  const ruleOptions: RuleOptions = { generation: options.generation ?? 'auto' };
  const findings: Finding[] = [];
  const skippedRules: string[] = [];
  const big = report.limited !== null;
  for (const rule of allRules) {
    const override = options.rules?.[rule.meta.id];
    if (override === 'off') continue;
    if (big && rule.meta.expensive) {
      skippedRules.push(rule.meta.id);
      continue;
    }
    const severity = override ?? rule.meta.severity;
    const ctx: RuleContext = {
      report,
      text: report.src.original,
      options: ruleOptions,
      add: (input) => findings.push(makeFinding(rule.meta.id, severity, input)),
    };
    try {
      rule.check(ctx);
    } catch (err) {
      // A rule bug must never take the editor down with it: report it as a finding.
      findings.push({
        rule: 'internal-error',
        severity: 'hint',
        message: {
          zh: `规则 ${rule.meta.id} 内部错误：${String(err)}`,
          en: `Rule ${rule.meta.id} failed internally: ${String(err)}`,
        },
        range: { start: 0, end: 0 },
        fixes: [],
      });
    }
  }
  if (skippedRules.length > 0) findings.push(limitsFinding(report, skippedRules));
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return { report, findings, skippedRules, notReport: null };
}

/** Limits are never silent: one visible finding says what was skipped and why. */
function limitsFinding(report: Report, skipped: string[]): Finding {
  const chars = report.src.original.length;
  const kb = Math.round(chars / 1024);
  const firstLineEnd = report.src.original.search(/\r|\n/);
  return {
    rule: 'lint-limits',
    severity: 'warning',
    message: {
      zh: `文档过大（约 ${kb} KB，${report.tables.length} 个表格），为保证编辑流畅，已跳过以下耗时检查：${skipped.join('、')}`,
      en: `Large document (about ${kb} KB, ${report.tables.length} tables): these expensive checks were skipped to keep editing responsive: ${skipped.join(', ')}`,
    },
    range: { start: 0, end: firstLineEnd < 0 ? Math.min(chars, 200) : Math.min(firstLineEnd, 200) },
    fixes: [],
  };
}
