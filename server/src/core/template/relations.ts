// The arithmetic relations (勾稽关系) of the template, as data. Rules and the
// empty-cell solver evaluate these; no rule hard-codes a row or column list.

import type { TableKind } from './tables';

export type RelationRule = 'table-row-total' | 'table-column-total' | 'table-balance' | 'table-review-total';

/** total = sum(parts), evaluated in every row (kind 'row') or every column (kind 'column'). */
export interface SumRelation {
  rule: RelationRule;
  table: TableKind;
  kind: 'row' | 'column';
  /** Column id (row relations) or row id (column relations) holding the total. */
  total: string;
  /** Column ids (row relations) or row ids (column relations) summed; ids absent from a generation are skipped. */
  parts: string[];
}

/** lhs[0] + lhs[1] … = rhs[0] + rhs[1] …, in every column; `derived` is the balancing row. */
export interface BalanceRelation {
  rule: RelationRule;
  table: TableKind;
  kind: 'balance';
  lhs: string[];
  rhs: string[];
  derived: string;
}

export type Relation = SumRelation | BalanceRelation;

const APPLICANT_COLUMNS = ['natural', 'business', 'research', 'public', 'legal', 'other'];

const RESULT_ROWS = [
  'open',
  'partial',
  'refused1',
  'refused2',
  'refused3',
  'refused4',
  'refused5',
  'refused6',
  'refused7',
  'refused8',
  'unable1',
  'unable2',
  'unable3',
  'ignored1',
  'ignored2',
  'ignored3',
  'ignored4',
  'ignored5',
  'otherHandling',
  'other1',
  'other2',
  'other3',
];

const review = (p: string): SumRelation => ({
  rule: 'table-review-total',
  table: 't4',
  kind: 'row',
  total: `${p}Total`,
  parts: [`${p}Upheld`, `${p}Corrected`, `${p}Other`, `${p}Pending`],
});

export const RELATIONS: Relation[] = [
  { rule: 'table-row-total', table: 't3', kind: 'row', total: 'total', parts: APPLICANT_COLUMNS },
  { rule: 'table-column-total', table: 't3', kind: 'column', total: 'resultTotal', parts: RESULT_ROWS },
  { rule: 'table-balance', table: 't3', kind: 'balance', lhs: ['new', 'carry'], rhs: ['resultTotal', 'next'], derived: 'next' },
  review('review'),
  review('direct'),
  review('after'),
];
