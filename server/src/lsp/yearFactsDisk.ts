// Year facts of closed files, read from disk and kept per file. Looking for
// last year's report may go through every draft of the workspace, and a draft
// is linted on every keystroke: so each file is read once for the years it
// mentions (a cheap look: last year's report names its year) and parsed only
// when it mentions the year looked for, both kept until the file changes.
// Inside the workspace folders the client's file watcher says when that is
// (the workspace check relies on it too); elsewhere (a config's
// previousReports outside the workspace) the file's mtime and size do.

import * as fs from 'node:fs';
import type { LintSettings } from '../core/lint';
import { namesReport, titleStretches, type YearFacts } from '../core/model/yearFacts';
import { factsOfFile, NEIGHBOUR_MAX_BYTES } from '../cli/previous';
import { MAX_FILE_BYTES, readRegular } from '../cli/read-file';
import { decode } from '../cli/encoding';
import { toHalfWidth } from '../core/text/normalize';
import { fileUri, isWithin } from './project';

interface Entry {
  mtimeMs: number;
  size: number;
  years: ReadonlySet<number>;
  /** Title-like stretches (see titleStretches): last year's report must have one naming its body. */
  titles: string[];
  /** Parsed facts by the lint settings that read them (template, force). */
  facts: Map<string, YearFacts[]>;
}

const YEAR = /(?:19|20)[0-9]{2}/g;

export class DiskFacts {
  private files = new Map<string, Entry>();
  /** How many times a file was read (tests: nothing is read again on a keystroke). */
  reads = 0;

  /** `watched(p)`: a change of `p` is reported (fileChanged), so its entry needs no stat. */
  constructor(private watched: (p: string) => boolean = () => false) {}

  /**
   * The facts of the file at `p` when it mentions `year` (with `body`: in a
   * title naming that body); [] otherwise (and for a file that cannot be read).
   */
  factsIf(p: string, year: number, lint: LintSettings, body?: string): YearFacts[] {
    const e = this.entry(p);
    if (!e || !e.years.has(year)) return [];
    if (body !== undefined && (e.size > NEIGHBOUR_MAX_BYTES || !namesReport(e.titles, body, year))) return [];
    return this.parsed(p, e, lint);
  }

  /** The facts of the file at `p`, whatever years it mentions. */
  facts(p: string, lint: LintSettings): YearFacts[] {
    const e = this.entry(p);
    return e ? this.parsed(p, e, lint) : [];
  }

  /** `p` changed or was deleted (a folder: everything under it). */
  forget(p: string): void {
    this.files.delete(p);
    for (const k of [...this.files.keys()]) if (isWithin(k, p)) this.files.delete(k);
  }

  private parsed(p: string, e: Entry, lint: LintSettings): YearFacts[] {
    const key = JSON.stringify([lint.template ?? null, lint.force ?? null]);
    let out = e.facts.get(key);
    if (!out) {
      this.reads++;
      const uri = fileUri(p);
      out = factsOfFile(p, lint).map((f) => ({ ...f, uri }));
      e.facts.set(key, out);
    }
    return out;
  }

  private entry(p: string): Entry | null {
    const known = this.files.get(p);
    if (known && this.watched(p)) return known;
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      this.files.delete(p);
      return null;
    }
    if (!st.isFile() || st.size > MAX_FILE_BYTES) return null;
    if (known && known.mtimeMs === st.mtimeMs && known.size === st.size) return known;
    let text: string;
    try {
      this.reads++;
      const read = readRegular(p, false);
      const decoded = read.ok ? decode(read.bytes) : null;
      if (!decoded?.ok) throw new Error('unreadable');
      text = decoded.text;
    } catch {
      this.files.delete(p);
      return null;
    }
    const years = new Set<number>();
    for (const m of toHalfWidth(text).matchAll(YEAR)) years.add(Number(m[0]));
    const e: Entry = { mtimeMs: st.mtimeMs, size: st.size, years, titles: titleStretches(text), facts: new Map() };
    this.files.set(p, e);
    return e;
  }
}
