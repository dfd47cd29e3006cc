// The single entry point both adapters (language server, CLI) call:
// text → parse once → run every enabled rule over the model → findings.

import type { Finding, Severity } from './types';
import type { Report } from './model/report';
import { parse, type ParseOptions } from './model/parse';
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

export interface LintResult {
  report: Report;
  findings: Finding[];
  /** Expensive rules skipped because of the size limits (reported visibly). */
  skippedRules: string[];
  /** Set when the text is not a report draft; findings are then empty. */
  notReport: string | null;
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintReport(parse(text, parseOptions(options)), options);
}

export function parseOptions(options: LintOptions): ParseOptions {
  return { generation: options.generation ?? 'auto' };
}

export function lintReport(report: Report, options: LintOptions = {}): LintResult {
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
      add: (input) => {
        findings.push({
          rule: rule.meta.id,
          severity,
          message: input.message,
          range: input.range,
          fixes: input.fixes ?? [],
          related: input.related,
          detail: input.detail,
        });
      },
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
