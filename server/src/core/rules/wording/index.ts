import type { Rule } from '../rule';

export const wordingRules: Rule[] = [];
