import type { Rule } from '../rule';

export const tableRules: Rule[] = [];
