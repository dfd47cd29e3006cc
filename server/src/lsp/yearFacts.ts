// The year facts the editor knows: those of the open documents (after each
// lint) and of last year's drafts read from disk in an open draft's folder.
// A document is linted with the facts of its reports' previous years; when
// those change (last year's report edited, opened, found on disk) it is
// validated again.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LintSettings } from '../core/lint';
import { isPreviousYear, type YearFacts } from '../core/model/yearFacts';
import { factsOfFile, draftsIn } from '../cli/previous';
import { fileUri, fsPathOf } from './project';

export class YearFactsStore {
  private byUri = new Map<string, YearFacts[]>();
  private stamps = new Map<string, number>();
  private folders = new Set<string>();

  /** `changed(uri)`: the previous years of that document changed; validate it again. */
  constructor(private changed: (uri: string) => void) {}

  /** The facts of other documents that are the previous year of one of this document's reports. */
  previousFor(uri: string): YearFacts[] {
    const mine = this.byUri.get(uri) ?? [];
    if (mine.length === 0) return [];
    const out: YearFacts[] = [];
    for (const [other, facts] of this.byUri) {
      if (other === uri) continue;
      for (const f of facts) if (mine.some((m) => isPreviousYear(f, m))) out.push(f);
    }
    return out;
  }

  /** Changes whenever previousFor(uri) may have: part of what a pulled result was computed from. */
  stamp(uri: string): number {
    return this.stamps.get(uri) ?? 0;
  }

  /** A document's facts after a lint (file: documents also have their folder read once, for last year's draft). */
  update(uri: string, facts: YearFacts[], lint: LintSettings): void {
    const before = this.byUri.get(uri) ?? [];
    if (JSON.stringify(before) !== JSON.stringify(facts)) {
      const readers = this.readersOf(uri, [...before, ...facts]);
      const own = JSON.stringify(this.previousFor(uri));
      this.byUri.set(uri, facts);
      for (const r of readers) this.bump(r);
      if (JSON.stringify(this.previousFor(uri)) !== own) this.bump(uri);
    }
    const fsPath = fsPathOf(uri);
    if (fsPath && facts.some((f) => !this.hasPrevious(uri, f))) this.readFolder(path.dirname(fsPath), uri, lint);
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
    this.stamps.delete(uri);
  }

  private hasPrevious(uri: string, cur: YearFacts): boolean {
    for (const [other, facts] of this.byUri) if (other !== uri && facts.some((f) => isPreviousYear(f, cur))) return true;
    return false;
  }

  /** Documents whose reports have one of `facts` as their previous year. */
  private readersOf(uri: string, facts: YearFacts[]): string[] {
    const out: string[] = [];
    for (const [other, mine] of this.byUri) if (other !== uri && mine.some((m) => facts.some((f) => isPreviousYear(f, m)))) out.push(other);
    return out;
  }

  private readFolder(dir: string, uri: string, lint: LintSettings): void {
    if (this.folders.has(dir)) return;
    this.folders.add(dir);
    const own = JSON.stringify(this.previousFor(uri));
    const years = (this.byUri.get(uri) ?? []).map((f) => String(f.year - 1));
    for (const file of draftsIn(dir)) {
      const u = fileUri(file);
      // A cheap look first: last year's report names its year.
      if (this.byUri.has(u) || !mentions(file, years)) continue;
      const facts = factsOfFile(file, lint).map((f) => ({ ...f, uri: u }));
      if (facts.length > 0) this.byUri.set(u, facts);
    }
    if (JSON.stringify(this.previousFor(uri)) !== own) this.bump(uri);
  }

  private bump(uri: string): void {
    this.stamps.set(uri, this.stamp(uri) + 1);
    this.changed(uri);
  }
}

function mentions(file: string, years: string[]): boolean {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return years.some((y) => text.includes(y));
  } catch {
    return false;
  }
}
