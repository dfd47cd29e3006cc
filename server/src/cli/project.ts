// A run's view of the project files: the config that applies to each draft
// (defaults < config files < command-line flags), the suppressions of each
// draft's folder, and at the end what --suppress-all / --prune-suppressions
// write and which entries went unused. Problems in these files are collected
// here and printed once by main.

import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ConfigResolver,
  entryFileOf,
  lintSettingsFor,
  mergeEntries,
  readSuppressionsFile,
  suppressionsFileFor,
  writeSuppressionsFile,
  type ConfigProblem,
  type LoadedSuppressions,
} from '../config';
import { directivesAllowed, sameEntry, type SuppressionEntry } from '../core/suppress';
import type { Locale, Msg } from '../core/types';
import type { CliOptions } from './args';
import type { FileResult, FileSettings } from './lint-file';
import { t } from './messages';

/** Where a draft's entries came from: its suppressions file and the entries' indices in it. */
interface DraftRef {
  file: string;
  indices: number[];
}

/** One line for stderr; `error` lines make the run exit 2. */
export interface ProjectMessage {
  /** The file it is about, as shown (relative to the working directory when inside it). */
  file: string;
  line?: number;
  column?: number;
  text: string;
  error: boolean;
}

export class ProjectFiles {
  readonly configs = new ConfigResolver();
  private readonly suppressions = new Map<string, LoadedSuppressions>();
  private readonly refs = new Map<string, DraftRef>();
  /** Per suppressions file: entry indices found unused, and entries --suppress-all adds. */
  private readonly unused = new Map<string, Set<number>>();
  private readonly added = new Map<string, SuppressionEntry[]>();
  /** Suppressions files some draft of this run lives beside. */
  private readonly touched = new Set<string>();

  constructor(
    private readonly options: CliOptions,
    readonly cwd: string = process.cwd(),
  ) {}

  ignored(target: string, isDir: boolean): boolean {
    return this.configs.ignored(path.resolve(this.cwd, target), isDir);
  }

  private readonly indexes = new WeakMap<LoadedSuppressions, Map<string, number[]>>();

  /** A suppressions file's entry indices by the draft they name (a folder of many drafts shares one file). */
  private byDraft(loaded: LoadedSuppressions): Map<string, number[]> {
    let index = this.indexes.get(loaded);
    if (!index) {
      index = new Map();
      for (const [i, e] of loaded.entries.entries()) {
        const list = index.get(e.file);
        if (list) list.push(i);
        else index.set(e.file, [i]);
      }
      this.indexes.set(loaded, index);
    }
    return index;
  }

  private loadSuppressions(file: string): LoadedSuppressions {
    let s = this.suppressions.get(file);
    if (!s) this.suppressions.set(file, (s = readSuppressionsFile(file)));
    return s;
  }

  /** The settings of the draft at `draftPath`, shown as `shown` (its name decides whether directives are read). */
  settingsFor(draftPath: string, shown: string): FileSettings {
    const abs = path.resolve(this.cwd, draftPath);
    const { config } = this.configs.forDraft(abs);
    const lint = lintSettingsFor(config, { rules: this.options.rules, template: this.options.template });
    const suppFile = suppressionsFileFor(abs);
    const loaded = this.loadSuppressions(suppFile);
    this.touched.add(suppFile);
    const key = entryFileOf(suppFile, abs);
    const indices = this.byDraft(loaded).get(key) ?? [];
    this.refs.set(abs, { file: suppFile, indices });
    const inline = directivesAllowed(shown) || directivesAllowed(abs);
    if (!inline && indices.length === 0 && !this.options.suppressAll) return { lint };
    return { lint, suppress: { inline, entries: indices.map((i) => loaded.entries[i]), file: key } };
  }

  /** The config's previousReports for a draft (absolute paths or globs). */
  previousReportsFor(draftPath: string): string[] {
    return this.configs.forDraft(path.resolve(this.cwd, draftPath)).config.previousReports;
  }

  /** Takes in what linting `draftPath` found about its suppressions. */
  record(draftPath: string, result: FileResult): void {
    const ref = this.refs.get(path.resolve(this.cwd, draftPath));
    if (!ref || result.error !== undefined) return;
    let unused = this.unused.get(ref.file);
    if (!unused) this.unused.set(ref.file, (unused = new Set()));
    for (const k of result.unused ?? []) unused.add(ref.indices[k]);
    if (result.added && result.added.length > 0) this.added.set(ref.file, [...(this.added.get(ref.file) ?? []), ...result.added]);
  }

  private shown(file: string): string {
    const rel = path.relative(this.cwd, file);
    return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
  }

  private problemMessage(p: ConfigProblem, locale: Locale): ProjectMessage {
    return { file: this.shown(p.file), line: p.line, column: p.column, text: pick(locale, p.message), error: true };
  }

  /**
   * Writes what --suppress-all and --prune-suppressions change, then returns
   * every message for stderr: config and suppressions file problems, entries
   * that went unused (when not pruned), files that could not be written.
   */
  finish(locale: Locale): ProjectMessage[] {
    const out: ProjectMessage[] = this.configs.problems().map((p) => this.problemMessage(p, locale));
    for (const file of [...this.touched].sort()) {
      const loaded = this.loadSuppressions(file);
      out.push(...loaded.problems.map((p) => this.problemMessage(p, locale)));
      const unused = this.unused.get(file) ?? new Set<number>();
      const added = this.added.get(file) ?? [];
      let next = loaded.entries;
      if (this.options.pruneSuppressions) {
        const dir = path.dirname(file);
        next = next.filter((e, i) => !unused.has(i) && fs.existsSync(path.resolve(dir, e.file)));
      } else {
        for (const i of [...unused].sort((a, b) => a - b)) out.push(this.unusedMessage(file, loaded, i, locale));
      }
      if (added.length > 0) next = mergeEntries(next, added);
      const changed = next.length !== loaded.entries.length || next.some((e, i) => !sameEntry(e, loaded.entries[i]));
      if (!changed) continue;
      if (!loaded.writable) {
        out.push({
          file: this.shown(file),
          text: t(locale, '屏蔽文件有问题，未改写（请先修正）', 'the suppressions file has problems; not rewritten (fix it first)'),
          error: true,
        });
        continue;
      }
      try {
        writeSuppressionsFile(file, next);
      } catch (err) {
        const m = (err as Error).message ?? String(err);
        out.push({ file: this.shown(file), text: t(locale, `屏蔽文件写入失败：${m}`, `cannot write the suppressions file: ${m}`), error: true });
      }
    }
    return out;
  }

  private unusedMessage(file: string, loaded: LoadedSuppressions, i: number, locale: Locale): ProjectMessage {
    const e = loaded.entries[i];
    const at = loaded.locations[i];
    const anchor = e.anchor.length > 40 ? `${e.anchor.slice(0, 40)}…` : e.anchor;
    return {
      file: this.shown(file),
      line: at?.line,
      column: at?.column,
      text: t(
        locale,
        `警告：屏蔽记录已不再匹配任何问题（${e.rule}，${e.file}：“${anchor}”），可用 --prune-suppressions 删除`,
        `warning: suppression no longer matches anything (${e.rule} in ${e.file}: "${anchor}"); remove it with --prune-suppressions`,
      ),
      error: false,
    };
  }
}

function pick(locale: Locale, m: Msg): string {
  return locale === 'en' ? m.en : m.zh;
}
