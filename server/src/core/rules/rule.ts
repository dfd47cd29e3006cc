// The shape every rule module has: metadata as data, plus one check function
// that reads the parsed model and reports findings through the context.

import type { Finding, Fix, FixClass, Msg, Range, Related, Severity } from '../types';
import type { Report } from '../model/report';

export type RuleCategory = 'structure' | 'tables' | 'numbers' | 'wording' | 'narrative';

export interface RuleMeta {
  id: string;
  category: RuleCategory;
  severity: Severity;
  fixClass: FixClass;
  /** One-line description for docs, settings and the rule list. */
  description: Msg;
  /** Expensive rules are skipped above the size limit (and the user is told). */
  expensive?: boolean;
}

/** What a rule says about one spot; the rule's id and severity are added by the runner. */
export interface FindingInput {
  range: Range;
  message: Msg;
  fixes?: Fix[];
  /** A thunk is evaluated only when the related cells are read (see findings.ts). */
  related?: Related[] | (() => Related[]);
  detail?: Msg | (() => Msg);
}

export interface RuleContext {
  readonly report: Report;
  /** The report's own text (same offsets as every range). */
  readonly text: string;
  add(input: FindingInput): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export function docUrl(id: string): string {
  return `https://github.com/gov-report-lint/gov-report-lint/blob/main/docs/rules/${id}.md`;
}

export type { Finding };
