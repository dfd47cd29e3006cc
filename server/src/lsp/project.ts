// The editor's view of the project files the CLI reads (server/src/config):
// the config file that applies to each draft and the suppressions file beside
// it. Only file: URIs have them; untitled documents and virtual workspaces get
// the editor settings alone. Precedence as in the CLI, with the editor
// settings in the place of the command-line flags: the rules' defaults < the
// config file < govReport.rules / govReport.template, where only what the user
// set counts (an empty govReport.rules and govReport.template "auto" are the
// defaults, so they never hide a config file's values).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CONFIG_FILE_NAMES,
  ConfigResolver,
  configFilesIn,
  entryFileOf,
  lintSettingsFor,
  loadConfig,
  readSuppressionsFile,
  suppressionsFileFor,
  type ConfigProblem,
  type DraftConfig,
  type LoadedSuppressions,
} from '../config';
import { directivesAllowed, SUPPRESSIONS_FILE_NAME, type SuppressionEntry } from '../core/suppress';
import type { Settings } from './settings';

/** The file system path of a file: URI; null for any other scheme (untitled, virtual workspaces). */
export function fsPathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return path.resolve(fileURLToPath(uri));
  } catch {
    return null;
  }
}

export function fileUri(fsPath: string): string {
  return pathToFileURL(fsPath).href;
}

/** Whether `p` is `dir` or inside it. */
export function isWithin(p: string, dir: string): boolean {
  const rel = path.relative(dir, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function hasGit(dir: string): boolean {
  try {
    fs.statSync(path.join(dir, '.git'));
    return true;
  } catch {
    return false;
  }
}

/** What hides findings of one draft: its inline directives and its entries of the suppressions file. */
export interface DraftSuppress {
  /** Directives are honoured: a Markdown or HTML draft (by name; an untitled Markdown document by language). */
  inline: boolean;
  /** The suppressions file beside the draft; null for a document that is not a file. */
  file: string | null;
  /** The draft as entries of that file name it. */
  key: string;
  /** The entries naming this draft, and their indices in the file. */
  entries: SuppressionEntry[];
  indices: number[];
  loaded: LoadedSuppressions | null;
}

export class ProjectFiles {
  private folders: string[] = [];
  private resolver: ConfigResolver;
  private suppressions = new Map<string, LoadedSuppressions>();
  /** Config files read for some draft (extends targets included): what a change of must re-lint. */
  private sources = new Set<string>();
  /** Config files loaded because they changed on disk, for their problems (no draft may use them yet). */
  private direct = new Map<string, ConfigProblem[]>();
  /** Per suppressions file: per draft (as entries name it), the indices of its entries that matched nothing when it was last linted. */
  private unused = new Map<string, Map<string, number[]>>();
  /** Set when something was loaded whose problems may not be published yet. */
  dirty = false;

  /** `onDirty`: called when `dirty` is set (the server then publishes the files' diagnostics soon). */
  constructor(
    folders: string[] = [],
    private onDirty: () => void = () => undefined,
  ) {
    this.folders = [...new Set(folders.map((f) => path.resolve(f)))];
    this.resolver = this.newResolver();
  }

  private markDirty(): void {
    if (this.dirty) return;
    this.dirty = true;
    this.onDirty();
  }

  /** The workspace folders (file system paths); configs are searched up to the nearest of them. */
  setFolders(folders: string[]): void {
    this.folders = [...new Set(folders.map((f) => path.resolve(f)))];
    this.dropConfigs();
  }

  get workspaceFolders(): readonly string[] {
    return this.folders;
  }

  /** The innermost workspace folder holding `p`, if any. */
  folderOf(p: string): string | null {
    let best: string | null = null;
    for (const f of this.folders) if (isWithin(p, f) && (!best || f.length > best.length)) best = f;
    return best;
  }

  private newResolver(): ConfigResolver {
    // Where the search stops: a workspace folder or the repository root (a folder with .git), whichever is nearer.
    return new ConfigResolver((dir) => {
      let d = path.resolve(dir);
      for (;;) {
        if (this.folders.includes(d) || hasGit(d)) return d;
        const up = path.dirname(d);
        if (up === d) return d;
        d = up;
      }
    });
  }

  /** The config of the draft at `p` (cached per folder until a config file changes). */
  configOf(p: string): DraftConfig {
    const found = this.resolver.forDraft(p);
    for (const f of found.files) {
      if (this.sources.has(f)) continue;
      this.sources.add(f);
      this.markDirty();
    }
    return found;
  }

  ignored(p: string, isDir = false): boolean {
    return this.resolver.ignored(p, isDir);
  }

  /** The editor settings `s` of the document at `uri`, over its config file. */
  settingsFor(uri: string, s: Settings): Settings {
    const p = fsPathOf(uri);
    if (!p) return s;
    const { config } = this.configOf(p);
    if (Object.keys(config.rules).length === 0 && config.template === undefined) return s;
    const merged = lintSettingsFor(config, { rules: s.rules, template: s.template === 'auto' ? null : s.template });
    return { ...s, rules: { ...(merged.rules ?? {}) }, template: merged.template ?? 'auto' };
  }

  /** The suppressions that apply to the document at `uri`. */
  suppressFor(uri: string, languageId: string): DraftSuppress {
    const p = fsPathOf(uri);
    if (!p) {
      const name = uri.replace(/[?#].*$/, '');
      return { inline: directivesAllowed(name) || languageId === 'markdown', file: null, key: '', entries: [], indices: [], loaded: null };
    }
    const file = suppressionsFileFor(p);
    const loaded = this.suppressionsFile(file);
    const key = entryFileOf(file, p);
    const indices: number[] = [];
    loaded.entries.forEach((e, i) => {
      if (e.file === key) indices.push(i);
    });
    return { inline: directivesAllowed(p), file, key, entries: indices.map((i) => loaded.entries[i]), indices, loaded };
  }

  suppressionsFile(file: string): LoadedSuppressions {
    let s = this.suppressions.get(file);
    if (!s) {
      this.suppressions.set(file, (s = readSuppressionsFile(file)));
      if (s.problems.length > 0) this.markDirty();
    }
    return s;
  }

  /** Every suppressions file read so far. */
  loadedSuppressions(): LoadedSuppressions[] {
    return [...this.suppressions.values()];
  }

  /** A suppressions file changed (or was written): read it again when next needed. */
  dropSuppressions(file: string): void {
    const abs = path.resolve(file);
    this.suppressions.delete(abs);
    // The indices were of the old text; the drafts linted again record theirs anew.
    this.unused.delete(abs);
    this.markDirty();
  }

  /** What linting a draft found about its entries. */
  recordUnused(draft: DraftSuppress, unused: readonly number[]): void {
    if (!draft.file) return;
    let byDraft = this.unused.get(draft.file);
    if (!byDraft) this.unused.set(draft.file, (byDraft = new Map()));
    const prev = byDraft.get(draft.key) ?? [];
    if (prev.length === unused.length && prev.every((x, i) => x === unused[i])) return;
    if (unused.length === 0) byDraft.delete(draft.key);
    else byDraft.set(draft.key, [...unused]);
    this.markDirty();
  }

  /** The draft at `p` is no longer linted (closed, deleted): its entries are no longer judged. */
  forgetDraft(p: string): void {
    const file = suppressionsFileFor(p);
    if (this.unused.get(file)?.delete(entryFileOf(file, p))) this.markDirty();
  }

  /** Entries of a suppressions file that matched nothing in the drafts linted, in file order. */
  unusedIn(file: string): number[] {
    const all = new Set<number>();
    for (const list of this.unused.get(file)?.values() ?? []) for (const i of list) all.add(i);
    return [...all].sort((a, b) => a - b);
  }

  /** Whether a change of `p` can change some draft's config: a config file name, or a file some config extends. */
  isConfigFile(p: string): boolean {
    return CONFIG_FILE_NAMES.includes(path.basename(p)) || this.sources.has(path.resolve(p));
  }

  static isSuppressionsFile(p: string): boolean {
    return path.basename(p) === SUPPRESSIONS_FILE_NAME;
  }

  /** Config files changed: every config is read again when next needed. `changed` are loaded now, for their problems. */
  dropConfigs(changed: string[] = []): void {
    this.resolver = this.newResolver();
    this.sources = new Set();
    this.direct = new Map();
    for (const dir of new Set(changed.filter((f) => CONFIG_FILE_NAMES.includes(path.basename(f))).map((f) => path.dirname(path.resolve(f))))) {
      // The folder's config as a draft there would get it (a .json beside a .jsonc is only reported, not read).
      const [first] = configFilesIn(dir);
      if (first) this.direct.set(first, loadConfig(first).problems);
    }
    this.markDirty();
  }

  /** Files configs were read from (for watching the extends targets). */
  configSources(): string[] {
    return [...this.sources];
  }

  /** Every problem of the config files read, each once. */
  configProblems(): ConfigProblem[] {
    const out = this.resolver.problems();
    const seen = new Set(out.map(problemKey));
    for (const list of this.direct.values()) {
      for (const p of list) {
        if (seen.has(problemKey(p))) continue;
        seen.add(problemKey(p));
        out.push(p);
      }
    }
    return out;
  }

  /** Config files the problems were looked for in (those read for a draft, and those loaded because they changed). */
  configFilesSeen(): string[] {
    return [...new Set([...this.sources, ...this.direct.keys()])];
  }
}

function problemKey(p: ConfigProblem): string {
  return `${p.file}\u0000${p.offset}\u0000${p.message.en}`;
}
