// The year facts the editor knows: those of the documents it linted (open
// documents, and closed drafts of a workspace check) and of last year's
// reports read from disk. A document is linted with the facts of its reports'
// previous years; when those change (last year's report edited, opened,
// closed, changed or deleted on disk, found) it is validated again.
//
// Last year's report is looked for only while a report lacks it, and once per
// document and year until something changes (a draft created or changed on
// disk, a config file, the workspace folders), in the order the CLI uses: the
// config's previousReports, the draft's folder, then the whole workspace.

import * as path from 'node:path';
import type { LintSettings } from '../core/lint';
import { isPreviousYear, type YearFacts } from '../core/model/yearFacts';
import { draftsIn, expand } from '../cli/previous';
import { fileUri, fsPathOf, isWithin } from './project';
import { DiskFacts } from './yearFactsDisk';

/** Where last year's reports may be, and what the editor has open. */
export interface YearSources {
  /** The config's previousReports for the draft at `p` (absolute paths or globs). */
  configured(p: string): readonly string[];
  /** Every draft of the workspace folders (the workspace check's walk). */
  workspaceDrafts(): readonly string[];
  /** Whether the document at `uri` is open (its text, not the file's, counts). */
  isOpen(uri: string): boolean;
}

const NO_SOURCES: YearSources = { configured: () => [], workspaceDrafts: () => [], isOpen: () => false };

interface Known {
  facts: YearFacts[];
  /** From a lint of the document (update), not read from its file. */
  linted: boolean;
  /** The settings it was read or linted with. */
  lint: LintSettings;
}

export class YearFactsStore {
  private byUri = new Map<string, Known>();
  private stamps = new Map<string, number>();
  /** Searches done, by document and the years it lacked. */
  private searched = new Set<string>();
  private drafts: readonly string[] | null = null;

  /** `changed(uri)`: the previous years of that document changed; validate it again. */
  constructor(
    private changed: (uri: string) => void,
    private sources: YearSources = NO_SOURCES,
    readonly disk = new DiskFacts(),
  ) {}

  /** The facts of other documents that are the previous year of one of this document's reports. */
  previousFor(uri: string): YearFacts[] {
    const mine = this.byUri.get(uri)?.facts ?? [];
    if (mine.length === 0) return [];
    const out: YearFacts[] = [];
    for (const [other, known] of this.byUri) {
      if (other === uri) continue;
      for (const f of known.facts) if (mine.some((m) => isPreviousYear(f, m))) out.push(f);
    }
    return out;
  }

  /** Changes whenever previousFor(uri) may have: part of what a pulled result was computed from. */
  stamp(uri: string): number {
    return this.stamps.get(uri) ?? 0;
  }

  /** A document's facts after a lint; its previous years are looked for when some report lacks them. */
  update(uri: string, facts: YearFacts[], lint: LintSettings): void {
    this.set(uri, { facts, linted: true, lint });
    if (this.lacking(uri).length > 0) this.search(uri, lint);
  }

  forget(uri: string): void {
    this.set(uri, null);
    this.stamps.delete(uri);
  }

  /** An open document was closed: what its file says counts again (its unsaved text no longer does). */
  closed(uri: string): void {
    const known = this.byUri.get(uri);
    const p = fsPathOf(uri);
    if (!known || !p) return this.forget(uri);
    this.disk.forget(p);
    this.set(uri, { facts: this.disk.facts(p, known.lint), linted: false, lint: known.lint });
  }

  /** A file was created, changed or deleted on disk (a deleted folder: everything in it). */
  fileChanged(p: string, deleted: boolean): void {
    this.disk.forget(p);
    for (const [uri, known] of [...this.byUri]) {
      const file = fsPathOf(uri);
      if (!file || !(deleted ? isWithin(file, p) : file === p)) continue;
      // An open document's text is what counts; a closed draft linted by the workspace check is read again too.
      if (this.sources.isOpen(uri)) continue;
      this.set(uri, deleted ? null : { facts: this.disk.facts(file, known.lint), linted: false, lint: known.lint });
    }
    if (deleted) {
      this.drafts = null;
      return;
    }
    // A new or changed draft may be someone's last year: the open documents that lack one look again.
    this.drafts = null;
    this.searched.clear();
    for (const [uri, known] of [...this.byUri]) {
      if (known.linted && this.sources.isOpen(uri) && this.lacking(uri).length > 0) this.search(uri, known.lint);
    }
  }

  /** Config files or the workspace folders changed: where to look may have. */
  sourcesChanged(): void {
    this.drafts = null;
    this.searched.clear();
  }

  /** This document's reports whose previous year is not known. */
  private lacking(uri: string): YearFacts[] {
    const mine = this.byUri.get(uri)?.facts ?? [];
    return mine.filter((cur) => ![...this.byUri].some(([other, k]) => other !== uri && k.facts.some((f) => isPreviousYear(f, cur))));
  }

  /** Sets (or, with null, removes) what is known of `uri`; validates again the documents whose previous years that changes. */
  private set(uri: string, next: Known | null): void {
    const before = this.byUri.get(uri);
    const facts = next?.facts ?? [];
    if (before && next && JSON.stringify(before.facts) === JSON.stringify(facts)) {
      this.byUri.set(uri, next);
      return;
    }
    if (!before && facts.length === 0) {
      if (next) this.byUri.set(uri, next);
      return;
    }
    const readers = this.readersOf(uri, [...(before?.facts ?? []), ...facts]);
    const own = JSON.stringify(this.previousFor(uri));
    if (next) this.byUri.set(uri, next);
    else this.byUri.delete(uri);
    for (const r of readers) this.bump(r);
    if (next && JSON.stringify(this.previousFor(uri)) !== own) this.bump(uri);
  }

  /** Documents whose reports have one of `facts` as their previous year. */
  private readersOf(uri: string, facts: YearFacts[]): string[] {
    const out: string[] = [];
    for (const [other, known] of this.byUri) {
      if (other !== uri && known.facts.some((m) => facts.some((f) => isPreviousYear(f, m)))) out.push(other);
    }
    return out;
  }

  private search(uri: string, lint: LintSettings): void {
    const wanted = this.lacking(uri).map((f) => ({ year: f.year - 1, body: f.body }));
    const years = [...new Set(wanted.map((w) => `${w.year}\u0001${w.body}`))].sort();
    const key = `${uri}\u0000${years.join(',')}`;
    if (this.searched.has(key)) return;
    this.searched.add(key);
    const self = fsPathOf(uri);
    const places: (() => readonly string[])[] = [
      () => (self ? this.sources.configured(self).flatMap((p) => expand(p)) : []),
      () => (self ? draftsIn(path.dirname(self)) : []),
      () => (this.drafts ??= this.sources.workspaceDrafts()),
    ];
    for (const place of places) {
      for (const file of place()) {
        const abs = path.resolve(file);
        const u = fileUri(abs);
        if (abs === self) continue;
        if (this.byUri.has(u)) continue;
        const facts = [...new Set(wanted.flatMap((w) => this.disk.factsIf(abs, w.year, lint, w.body)))];
        // Every document it is the previous year of is validated again, this one included.
        if (facts.length > 0) this.set(u, { facts, linted: false, lint });
      }
      if (this.lacking(uri).length === 0) break;
    }
  }

  private bump(uri: string): void {
    this.stamps.set(uri, this.stamp(uri) + 1);
    this.changed(uri);
  }
}
