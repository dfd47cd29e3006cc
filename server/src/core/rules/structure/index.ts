import type { Rule } from '../rule';

export const structureRules: Rule[] = [];
