// Every fix a rule produces on the seed drafts agrees with the rule's declared
// fixClass, before findings.ts would have to downgrade it (the watcher sees
// the raw fixes) and after (what users get).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SEEDS, lintSeed } from './seeds';
import { watchFixClassViolations, type FixClassViolation } from '../../server/src/core/findings';
import { ruleById } from '../../server/src/core/rules';

for (const [key, name] of Object.entries(SEEDS)) {
  test(`${key}: every fix agrees with its rule's fix class`, () => {
    const seen: FixClassViolation[] = [];
    const unwatch = watchFixClassViolations((v) => seen.push(v));
    let findings;
    try {
      findings = lintSeed(name).result.findings;
    } finally {
      unwatch();
    }
    assert.deepEqual(
      seen.map((v) => `${v.rule} (${v.fixClass}) offered ${v.fix.safe ? 'a safe' : 'a'} fix: ${v.fix.title.en}`),
      [],
    );
    const wrong = findings.flatMap((f) => {
      const fixClass = ruleById(f.rule)?.meta.fixClass ?? 'none';
      if (fixClass === 'none' && f.fixes.length > 0) return [`${f.rule}: fixClass none, ${f.fixes.length} fixes`];
      if (fixClass === 'suggest' && f.fixes.some((x) => x.safe)) return [`${f.rule}: fixClass suggest, a safe fix`];
      return [];
    });
    assert.deepEqual(wrong, []);
    assert.ok(
      findings.some((f) => f.fixes.length > 0),
      'the seed yields fixes at all',
    );
  });
}
