// A finding's related information as the machine formats print it (JSON
// `related`, SARIF `relatedLocations`): the file, 1-based positions counted
// as the finding's are, and the message. A cell of this file is placed like
// the finding; a cell of another report (last year's) keeps the place its own
// file gave it. Computed only for the formats that print it: related cells
// cost more than the finding, and a file of merged drafts has 10⁵ findings.

import * as path from 'node:path';
import { say, type Finding, type Locale } from '../core/types';
import type { LineIndex } from './positions';

export interface CliRelated {
  /** The file as the run shows files: this one as it was named, another relative to the working directory when inside it. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

/** Where the findings being converted lie. */
export interface RelatedPlace {
  /** This file as the run names it. */
  file: string;
  cwd: string;
  index: LineIndex;
  /** Offset of the findings' report in the linted text, and the text's first line in its file (a chunk). */
  offset: number;
  lineBase: number;
}

export function relatedOf(f: Finding, locale: Locale, place: RelatedPlace): CliRelated[] | undefined {
  const list = f.related;
  if (!list || list.length === 0) return undefined;
  const self = path.resolve(place.cwd, place.file);
  return list.map((r) => {
    const message = say(r.message, locale);
    const at = r.elsewhere;
    if (at) {
      // '' = a report of the text linted (merged drafts): its positions count from the text's start.
      const here = at.uri === '';
      const base = here ? place.lineBase : 0;
      const file = here || path.resolve(place.cwd, at.uri) === self ? place.file : shownPath(at.uri, place.cwd);
      return { file, line: at.line + 1 + base, column: at.character + 1, endLine: at.endLine + 1 + base, endColumn: at.endCharacter + 1, message };
    }
    const s = place.index.position(r.range.start + place.offset);
    const e = place.index.position(Math.max(r.range.start, r.range.end) + place.offset);
    return { file: place.file, line: s.line + place.lineBase, column: s.column, endLine: e.line + place.lineBase, endColumn: e.column, message };
  });
}

function shownPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel;
}

/** The JSON of `related`, keys in a fixed order (as diagnosticLine writes the rest). */
export function relatedJson(list: CliRelated[]): string {
  return `[${list
    .map(
      (r) =>
        `{"file":${JSON.stringify(r.file)},"line":${r.line},"column":${r.column},"endLine":${r.endLine},"endColumn":${r.endColumn},"message":${JSON.stringify(r.message)}}`,
    )
    .join(',')}]`;
}
