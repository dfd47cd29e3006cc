import type { Rule } from '../rule';
import { rule as narrativeTableMismatch } from './narrative-table-mismatch';
import { rule as narrativeSumMismatch } from './narrative-sum-mismatch';

export const narrativeRules: Rule[] = [narrativeTableMismatch, narrativeSumMismatch];
