import type { Rule } from '../rule';

export const numberRules: Rule[] = [];
