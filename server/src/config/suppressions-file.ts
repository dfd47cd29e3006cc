// The suppressions file on disk: gov-report-lint-suppressions.json in the
// draft's own folder (so a folder of drafts carries its suppressions when it
// is moved or copied, and finding it needs no workspace). Matching is pure and
// lives in core/suppress; this reads, validates, merges and writes the file.

import * as fs from 'node:fs';
import * as path from 'node:path';
import schema from '../../../schemas/gov-report-lint-suppressions.schema.json';
import { SUPPRESSIONS_FILE_NAME, sameEntry, type SuppressionEntry } from '../core/suppress';
import { nodeAt, parseJsonc, schemaProblems } from './json';
import { problemAt, readProblemMessage, type ConfigProblem } from './problems';
import { readJsonText } from './read';

export const SUPPRESSIONS_VERSION = 1;

/** The suppressions file for a draft: in the draft's folder. */
export function suppressionsFileFor(draftPath: string): string {
  return path.join(path.dirname(path.resolve(draftPath)), SUPPRESSIONS_FILE_NAME);
}

/** The draft as entries of `suppressionsFile` name it: relative to its folder, forward slashes. */
export function entryFileOf(suppressionsFile: string, draftPath: string): string {
  return path.relative(path.dirname(suppressionsFile), path.resolve(draftPath)).split(path.sep).join('/');
}

export interface EntryLocation {
  /** The entry's object in the file (UTF-16 offsets), and its 1-based line/column. */
  offset: number;
  length: number;
  line: number;
  column: number;
}

export interface LoadedSuppressions {
  file: string;
  exists: boolean;
  /** The valid entries, in file order. */
  entries: SuppressionEntry[];
  /** Where entries[i] is written, for pointing at an unused one. */
  locations: EntryLocation[];
  problems: ConfigProblem[];
  /**
   * False when rewriting the file could lose what is in it (a syntax error,
   * an entry that is not valid, another version): --suppress-all and
   * --prune-suppressions then leave it alone.
   */
  writable: boolean;
}

const empty = (file: string, exists: boolean): LoadedSuppressions => ({ file, exists, entries: [], locations: [], problems: [], writable: true });

function validEntry(v: unknown): SuppressionEntry | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const e = v as Record<string, unknown>;
  const keys = Object.keys(e);
  if (keys.some((k) => !['rule', 'file', 'anchor', 'occurrence', 'line'].includes(k))) return null;
  if (typeof e.rule !== 'string' || e.rule === '' || typeof e.file !== 'string' || e.file === '' || typeof e.anchor !== 'string') return null;
  if (typeof e.occurrence !== 'number' || !Number.isInteger(e.occurrence) || e.occurrence < 1) return null;
  if (e.line !== undefined && (typeof e.line !== 'number' || !Number.isInteger(e.line) || e.line < 1)) return null;
  const out: SuppressionEntry = { rule: e.rule, file: e.file, anchor: e.anchor, occurrence: e.occurrence };
  if (e.line !== undefined) out.line = e.line as number;
  return out;
}

/** Reads a suppressions file; a missing file is simply empty. Never throws. */
export function readSuppressionsFile(file: string): LoadedSuppressions {
  const read = readJsonText(file);
  if (!read.ok) {
    if (read.code === 'ENOENT') return empty(file, false);
    const m = readProblemMessage(read.code, read.detail);
    return { ...empty(file, true), writable: false, problems: [problemAt(file, '', 0, 0, { zh: `屏蔽文件${m.zh}`, en: `suppressions file: ${m.en}` })] };
  }
  const { text } = read;
  const parsed = parseJsonc(file, text);
  const problems = [...parsed.problems, ...schemaProblems(file, text, parsed, schema)];
  const out: LoadedSuppressions = { ...empty(file, true), problems, writable: problems.length === 0 };
  const v = parsed.value as Record<string, unknown> | undefined;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return out;
  // Another version may mean something else by the same fields: none of it applies.
  if (v.version !== undefined && v.version !== SUPPRESSIONS_VERSION) return out;
  if (!Array.isArray(v.suppressions)) return out;
  v.suppressions.forEach((raw, i) => {
    const entry = validEntry(raw);
    if (!entry) return;
    const node = nodeAt(parsed, ['suppressions', i]);
    const at = problemAt(file, text, node?.offset ?? 0, node?.length ?? 0, { zh: '', en: '' });
    out.entries.push(entry);
    out.locations.push({ offset: at.offset, length: at.length, line: at.line, column: at.column });
  });
  return out;
}

/** `existing` followed by those of `added` it does not already have (in their order). */
export function mergeEntries(existing: readonly SuppressionEntry[], added: readonly SuppressionEntry[]): SuppressionEntry[] {
  const out = [...existing];
  for (const a of added) if (!out.some((e) => sameEntry(e, a))) out.push(a);
  return out;
}

/** The file's text for `entries`: one entry per line, so a review diff shows one line per suppression. */
export function formatSuppressions(entries: readonly SuppressionEntry[]): string {
  const line = (e: SuppressionEntry) => {
    const o: Record<string, unknown> = { rule: e.rule, file: e.file, anchor: e.anchor, occurrence: e.occurrence };
    if (e.line !== undefined) o.line = e.line;
    return `    ${JSON.stringify(o)}`;
  };
  const body = entries.length === 0 ? '[]' : `[\n${entries.map(line).join(',\n')}\n  ]`;
  return `{\n  "version": ${SUPPRESSIONS_VERSION},\n  "suppressions": ${body}\n}\n`;
}

/** Writes the file whole: a temporary file beside it renamed over it, so a reader never sees half of it. */
export function writeSuppressionsFile(file: string, entries: readonly SuppressionEntry[]): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, formatSuppressions(entries), { flag: 'wx' });
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}
