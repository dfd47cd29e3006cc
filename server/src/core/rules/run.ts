// Runs every enabled rule over one parsed report. The linter (linter.ts) calls
// this once per report and caches the result with the report.

import { SpanSet } from '../text/exclusions';
import type { Finding, Severity, TemplateSetting } from '../types';
import type { Report } from '../model/report';
import { makeFinding } from '../findings';
import { allRules } from './index';
import type { RuleContext } from './rule';
import { coreNotices } from './notices';
import type { YearFacts } from '../model/yearFacts';

const noticeSeverity = (id: string): Severity => coreNotices.find((n) => n.id === id)?.severity ?? 'warning';

/** What the user chose: the same in the editor, the CLI and fix-all. */
export interface LintSettings {
  /** The tables' layout: a generation, or 'auto' (default) to detect it. */
  template?: TemplateSetting;
  /** Per-rule severity, or 'off'. */
  rules?: Readonly<Record<string, Severity | 'off'>>;
  /** Lint the text even when it does not look like a report (a file the user marked as one). */
  force?: boolean;
  /** Facts of other reports (other files of the run, the folder, the workspace, the settings) for the cross-year rules. */
  previousYears?: readonly YearFacts[];
}

/** One report's findings; offsets are local to the report's own text. */
export interface ReportFindings {
  report: Report;
  findings: Finding[];
  /** Expensive rules skipped because of the size limits (reported visibly). */
  skippedRules: string[];
  /** Set when the text is not a report draft; findings are then empty. */
  notReport: string | null;
}

/** `only` limits the run to some rules (the linter re-runs the cross-year rules alone). */
export function runRules(report: Report, settings: LintSettings = {}, only?: (id: string) => boolean): ReportFindings {
  if (!report.isReport && !settings.force) {
    return { report, findings: [], skippedRules: [], notReport: 'not-a-report' };
  }
  const findings: Finding[] = [];
  const skippedRules: string[] = [];
  const big = report.limited !== null;
  const chrome = report.chrome.length > 0 ? new SpanSet(report.chrome) : null;
  const previous = settings.previousYears ?? [];
  for (const rule of allRules) {
    if (only && !only(rule.meta.id)) continue;
    const override = settings.rules?.[rule.meta.id];
    if (override === 'off') continue;
    if (big && rule.meta.expensive) {
      skippedRules.push(rule.meta.id);
      continue;
    }
    const severity = override ?? rule.meta.severity;
    // A page's menus and footer are not the report: their typography is not the writer's.
    const typography = chrome && (rule.meta.category === 'numbers' || rule.meta.category === 'wording');
    const ctx: RuleContext = {
      report,
      text: report.src.original,
      previous,
      add: (input) => {
        if (typography && chrome.has(input.range.start)) return;
        findings.push(makeFinding(rule.meta, severity, input));
      },
    };
    try {
      rule.check(ctx);
    } catch (err) {
      // A rule bug must never take the editor down with it: report it as a finding.
      findings.push(internalError(rule.meta.id, err));
    }
  }
  if (skippedRules.length > 0) findings.push(limitsFinding(report, skippedRules));
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return { report, findings, skippedRules, notReport: null };
}

function internalError(id: string, err: unknown): Finding {
  return {
    rule: 'internal-error',
    severity: noticeSeverity('internal-error'),
    message: { zh: `规则 ${id} 内部错误：${String(err)}`, en: `Rule ${id} failed internally: ${String(err)}` },
    range: { start: 0, end: 0 },
    fixes: [],
  };
}

/** Limits are never silent: one visible finding says what was skipped and why. */
function limitsFinding(report: Report, skipped: string[]): Finding {
  const chars = report.src.original.length;
  const kb = Math.round(chars / 1024);
  const firstLineEnd = report.src.original.search(/\r|\n/);
  return {
    rule: 'lint-limits',
    severity: noticeSeverity('lint-limits'),
    message: {
      zh: `文档过大（约 ${kb} KB，${report.tables.length} 个表格），为保证编辑流畅，已跳过以下耗时检查：${skipped.join('、')}`,
      en: `Large document (about ${kb} KB, ${report.tables.length} tables): these expensive checks were skipped to keep editing responsive: ${skipped.join(', ')}`,
    },
    range: { start: 0, end: firstLineEnd < 0 ? Math.min(chars, 200) : Math.min(firstLineEnd, 200) },
    fixes: [],
  };
}
