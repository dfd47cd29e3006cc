import type { Rule } from '../rule';

export const narrativeRules: Rule[] = [];
