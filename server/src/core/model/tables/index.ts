// Finds and parses every standard table in the document.

import type { Line } from '../cells';
import type { Table } from '../report';
import type { SourceText } from '../../text/source';
import type { Generation } from '../../types';
import { locateRegions } from './locate';
import { parseT2 } from './t2';
import { parseT3 } from './t3';
import { parseT4 } from './t4';
import { withoutFooters } from './footers';

export function parseTables(src: SourceText, lines: Line[], headingLines: Set<number>, fallback: Generation | null): Table[] {
  const tables: Table[] = [];
  for (const region of locateRegions(lines, headingLines)) {
    const slice = withoutFooters(lines.slice(region.from, region.to));
    if (region.kind === 't2') tables.push(parseT2(src, slice, fallback));
    else if (region.kind === 't3') tables.push(parseT3(src, slice));
    else tables.push(parseT4(src, slice));
  }
  return tables;
}
