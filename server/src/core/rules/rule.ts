// The shape every rule module has: metadata as data, plus one check function
// that reads the parsed model and reports findings through the context.

import type { Finding, Fix, FixClass, Msg, Range, Related, Severity } from '../types';
import type { Report } from '../model/report';
import type { YearFacts } from '../model/yearFacts';

/** Category = the folder under rules/ that holds the rule file. */
export type RuleCategory = 'structure' | 'tables' | 'numbers' | 'wording' | 'narrative';

/** Categories in the order the docs list them, with their labels. */
export const RULE_CATEGORIES: readonly { id: RuleCategory; label: Msg }[] = [
  { id: 'structure', label: { zh: '结构', en: 'structure' } },
  { id: 'tables', label: { zh: '表格', en: 'tables' } },
  { id: 'numbers', label: { zh: '数字', en: 'numbers' } },
  { id: 'wording', label: { zh: '文字、标点与文号', en: 'wording, punctuation, document numbers' } },
  { id: 'narrative', label: { zh: '正文与表格', en: 'narrative vs tables' } },
];

/**
 * The single source of truth for a rule: the docs index, the settings schema
 * and the fix-class check in findings.ts are all derived from it. The id is a
 * contract (diagnostic code, settings key, CLI JSON) and names the rule file
 * rules/<category>/<id>.ts, its test test/unit/rules/<id>.test.ts and its
 * page docs/rules/<id>.md (see docPath/docUrl).
 */
export interface RuleMeta {
  id: string;
  category: RuleCategory;
  severity: Severity;
  /**
   * The strongest fix the rule may offer. findings.ts enforces it: a 'suggest'
   * rule's fixes are never applied by fix-all, a 'none' rule offers no fix.
   */
  fixClass: FixClass;
  /** One-line description for the docs index and the settings schema. */
  description: Msg;
  /** Expensive rules are skipped above the size limit (and the user is told). */
  expensive?: boolean;
}

/**
 * A finding the core itself emits rather than a rule (the size-limit notice,
 * a rule that threw). It has a doc page like a rule but no check, no fix, and
 * no settings entry.
 */
export interface NoticeMeta {
  id: string;
  severity: Severity;
  description: Msg;
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
  /** Other reports' facts (other files, earlier years): what the cross-year rules compare with. */
  readonly previous: readonly YearFacts[];
  add(input: FindingInput): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** The rule's page, relative to the repository root. */
export function docPath(id: string): string {
  return `docs/rules/${id}.md`;
}

export function docUrl(id: string): string {
  return `https://github.com/gov-report-lint/gov-report-lint/blob/main/${docPath(id)}`;
}

export type { Finding };
