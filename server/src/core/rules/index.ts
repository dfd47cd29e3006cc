// The rule registry: every rule module, grouped by category folder.
import type { Rule } from './rule';
import { structureRules } from './structure';
import { tableRules } from './tables';
import { numberRules } from './numbers';
import { wordingRules } from './wording';
import { narrativeRules } from './narrative';

export const allRules: Rule[] = [...structureRules, ...tableRules, ...numberRules, ...wordingRules, ...narrativeRules];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.meta.id === id);
}
