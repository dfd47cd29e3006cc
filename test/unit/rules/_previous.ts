// Last year's report as the cross-year rules receive it: a draft linted and
// reduced to its facts, named like a file of the run.

import { lint } from '../../../server/src/core/lint';
import { yearFactsOf, type YearFacts } from '../../../server/src/core/model/yearFacts';
import { build, type Built, type Draft, type Gen, type Layout } from './_helpers';

/** The facts of every report of a text, as a file `name` would give them. */
export function factsOf(text: string, name = 'last-year.txt'): YearFacts[] {
  const doc = lint(text);
  const out: YearFacts[] = [];
  for (const p of doc.parts) {
    const f = p.report && yearFactsOf(p.report, { text, offset: p.range.start, uri: `file:///drafts/${name}`, name });
    if (f) out.push(f);
  }
  return out;
}

/** The known-good draft for `year` (generation `gen`), perturbed, rendered, and its facts. */
export function lastYear(opts: { gen?: Gen; year: number; layout?: Layout; name?: string }, edit?: (d: Draft) => void): { built: Built; facts: YearFacts[] } {
  const built = build({ gen: opts.gen ?? '2021', year: opts.year, layout: opts.layout }, edit);
  return { built, facts: factsOf(built.text, opts.name) };
}
