// The cross-year pass of a CLI run. The first pass lints every file and keeps
// each report's year facts; then last year's reports are looked for where the
// run does not have them (`--previous`, the config's `previousReports`, the
// other drafts of the same folder), read only when some report of the run
// still lacks its previous year; finally the files whose reports have a
// previous year are linted again with those facts. A run with nothing to
// compare does no second pass and reads no extra file.

import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { createLinter, type LintSettings } from '../core/lint';
import { isPreviousYear, namesReport, titleStretches, yearFactsOf, type YearFacts } from '../core/model/yearFacts';
import { DRAFT_EXTENSIONS, type FileEntry } from './files';
import { readText, type FileResult } from './lint-file';

/** Where else last year's reports may be: files and globs (absolute), per draft of the run. */
export interface PreviousSources {
  /** `--previous` files, absolute. */
  flags: string[];
  /** The config's previousReports of a draft (absolute paths or globs). */
  configFor(draftPath: string): string[];
}

/** The facts of a result, named after its file. */
export function named(facts: YearFacts[] | undefined, absPath: string): YearFacts[] {
  return (facts ?? []).map((f) => ({ ...f, uri: absPath, name: path.basename(absPath) }));
}

/** Every report of a file read for its facts only (it is not reported). */
export function factsOfFile(absPath: string, lint: LintSettings): YearFacts[] {
  const read = readText({ file: absPath, path: absPath, size: 0 }, 'zh-cn');
  if ('file' in read) return [];
  return factsOfText(read.text, absPath, lint);
}

export function factsOfText(text: string, absPath: string, lint: LintSettings): YearFacts[] {
  const doc = createLinter({ template: lint.template, force: lint.force }).lint(text);
  const out: YearFacts[] = [];
  for (const p of doc.parts) {
    if (!p.report || !p.result || p.result.notReport) continue;
    const f = yearFactsOf(p.report, { text, offset: p.range.start, uri: absPath, name: path.basename(absPath) });
    if (f) out.push(f);
  }
  return out;
}

/** The facts of a report's previous year among `known`. */
function previousOf(cur: YearFacts, known: YearFacts[]): YearFacts[] {
  return known.filter((p) => isPreviousYear(p, cur));
}

/**
 * Adds the facts of the reports outside the run that some report of the run
 * needs; returns every fact known. `linted` holds the run's results (with
 * facts), `entries` their files.
 */
export function gatherPrevious(entries: FileEntry[], linted: FileResult[], sources: PreviousSources, lintOf: (e: FileEntry) => LintSettings): YearFacts[] {
  const known: YearFacts[] = [];
  const inRun = new Set<string>();
  entries.forEach((e, k) => {
    const abs = path.resolve(e.path);
    inRun.add(abs);
    known.push(...named(linted[k].facts, abs));
  });
  const read = new Set<string>(inRun);
  const lacking = () => known.filter((f) => inRun.has(f.uri) && previousOf(f, known).length === 0);
  const stretches = new Map<string, string[]>();
  const take = (file: string, lint: LintSettings, want?: { year: number; body: string }) => {
    const abs = path.resolve(file);
    if (read.has(abs) || (want !== undefined && !mentions(abs, want, stretches))) return;
    read.add(abs);
    known.push(...factsOfFile(abs, lint));
  };
  if (lacking().length === 0) return known;
  const settings = entries.length > 0 ? lintOf(entries[0]) : {};
  for (const f of sources.flags) take(f, settings);
  entries.forEach((e) => {
    const abs = path.resolve(e.path);
    if (!lacking().some((f) => f.uri === abs)) return;
    for (const p of sources.configFor(abs)) for (const file of expand(p)) take(file, lintOf(e));
  });
  // The same folder last: the explicit places win, and a folder of many drafts is read only for what is still missing.
  entries.forEach((e) => {
    const abs = path.resolve(e.path);
    const missing = lacking().filter((f) => f.uri === abs);
    if (missing.length === 0) return;
    for (const file of draftsIn(path.dirname(abs))) for (const f of missing) take(file, lintOf(e), { year: f.year - 1, body: f.body });
  });
  return known;
}

/**
 * For each file of the run, the facts of its reports' previous years that
 * its lint did not see: those of other files, and for a file linted in chunks
 * those of its other chunks (named like the file's own reports: "本文件中的…",
 * positioned in the whole file).
 */
export function previousFor(entries: FileEntry[], known: YearFacts[], linted: FileResult[] = []): (YearFacts[] | null)[] {
  return entries.map((e, k) => {
    const abs = path.resolve(e.path);
    const mine = known.filter((f) => f.uri === abs);
    const prev = new Set<YearFacts>();
    for (const f of mine) for (const p of previousOf(f, known)) if (p.uri !== abs) prev.add(p);
    const own = linted[k]?.facts;
    const chunkOf = linted[k]?.factChunks;
    if (own && chunkOf) {
      const elsewhere = new Set<number>();
      own.forEach((f, i) => own.forEach((p, j) => chunkOf[i] !== chunkOf[j] && isPreviousYear(p, f) && elsewhere.add(j)));
      for (const j of elsewhere) prev.add({ ...own[j], uri: abs, name: '' });
    }
    return prev.size > 0 ? [...prev] : null;
  });
}

/**
 * Drafts found (not named) as last year's report are at most this big: a
 * report is a few hundred KB even as a Word-pasted web page, and reading the
 * large merged files a folder may also hold would slow every lint in it.
 */
export const NEIGHBOUR_MAX_BYTES = 4 * 1024 * 1024;

/** A cheap look before parsing a neighbour: last year's report has a title naming the body and that year. */
function mentions(abs: string, want: { year: number; body: string }, cache: Map<string, string[]>): boolean {
  let found = cache.get(abs);
  if (!found) {
    try {
      found = fs.statSync(abs).size > NEIGHBOUR_MAX_BYTES ? [] : titleStretches(fs.readFileSync(abs, 'utf8'));
    } catch {
      found = [];
    }
    cache.set(abs, found);
  }
  return namesReport(found, want.body, want.year);
}

function isDraft(name: string): boolean {
  return DRAFT_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

export function draftsIn(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isFile() && isDraft(d.name))
      .map((d) => path.join(dir, d.name))
      .sort();
  } catch {
    return [];
  }
}

/** A path (file or folder) or a glob, as files. */
export function expand(p: string): string[] {
  const scan = picomatch.scan(p);
  if (!scan.isGlob) {
    try {
      return fs.statSync(p).isDirectory() ? draftsIn(p) : [p];
    } catch {
      return [];
    }
  }
  const match = picomatch(p.replace(/\\/g, '/'), { dot: true });
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > 8) return;
    let items: fs.Dirent[];
    try {
      items = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const d of items) {
      const full = path.join(dir, d.name);
      if (d.isDirectory()) walk(full, depth + 1);
      else if (d.isFile() && match(full.split(path.sep).join('/'))) out.push(full);
    }
  };
  walk(scan.base || '.', 0);
  return out.sort();
}
