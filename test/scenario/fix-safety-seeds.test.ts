// Fix-all on every seed draft keeps its promise (test/fix-safety.ts): no number
// changed, no digit added to prose or a header row, no new error, idempotent.

import { test } from 'node:test';
import { SEEDS, seedText } from './seeds';
import { assertFixAllSafe } from '../fix-safety';

for (const [key, name] of Object.entries(SEEDS)) {
  test(`${key}: fix-all is safe`, () => {
    assertFixAllSafe(seedText(name), {}, name);
  });
}
