// The rule registry. The list itself is generated from the rule files on disk
// (scripts/gen-rules.mjs), so a rule file cannot be left out of it.
import type { Rule } from './rule';
import { generatedRules } from './all.generated';

export const allRules: Rule[] = generatedRules;

const byId = new Map(allRules.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
