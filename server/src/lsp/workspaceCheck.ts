// Every draft of the workspace in the Problems panel, not only the open ones
// (lessons.md 3). Nothing is linted until the user asks (or
// govReport.checkWorkspaceOnOpen says so): a check walks the workspace folders
// the way the CLI walks a directory, lints each closed draft from disk with its
// own config and suppressions, and from then on keeps those diagnostics
// current: a draft changed on disk is linted again, a deleted one cleared, a
// closed one linted from disk again. Open documents keep their own live
// diagnostics.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { collectFiles, DRAFT_EXTENSIONS } from '../cli/files';
import { decode } from '../cli/encoding';
import { MAX_FILE_BYTES, readRegular } from '../cli/read-file';
import type { Ctx } from './context';
import { isServed, lintSettings, ReportCache } from './documents';
import { fileUri, fsPathOf, isWithin } from './project';
import type { CheckWorkspaceResult } from './protocol';
import { compute } from './validate';

interface Tracked {
  /** The URI its diagnostics were published under. */
  uri: string;
  /** What they were computed from (file stamp, settings, suppressions): the same key needs no new lint. */
  key: string;
  problems: boolean;
}

const isDraftName = (p: string) => DRAFT_EXTENSIONS.some((ext) => p.toLowerCase().endsWith(ext));

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

export class WorkspaceCheck {
  /** Set by the first check: from then on closed drafts are kept current. */
  active = false;
  private tracked = new Map<string, Tracked>();
  /** The check running now; a newer one asked for supersedes it. */
  private run = 0;
  private running: Promise<unknown> = Promise.resolve();
  private refreshQueued = false;

  constructor(
    private ctx: Ctx,
    /** Publishes what the lints found about config and suppressions files. */
    private flush: () => void,
  ) {}

  /** The drafts under `folders`: the CLI's walk (no hidden folders, no node_modules, regular files only) with `ignore` honoured. */
  drafts(folders: readonly string[]): string[] {
    const { items } = collectFiles([...folders], (target, isDir) => this.ctx.project.ignored(target, isDir));
    const out: string[] = [];
    for (const i of items) if (i.kind === 'file' && i.entry.size <= MAX_FILE_BYTES) out.push(path.resolve(i.entry.path));
    return [...new Set(out)];
  }

  /** Lints every draft of `folders`; `progress(done, total)` after each; stops when `cancelled()` says so. */
  check(folders: readonly string[], progress: (done: number, total: number) => void, cancelled: () => boolean): Promise<CheckWorkspaceResult> {
    const id = ++this.run;
    const result = this.running.then(() => this.walk(id, folders, progress, cancelled));
    this.running = result.catch(() => undefined);
    return result;
  }

  /**
   * Checks again what was checked (a config, suppressions or settings
   * change): only drafts whose inputs changed are linted. Runs after a check
   * in progress, never instead of it; several asked for meanwhile run once.
   */
  refresh(): void {
    if (!this.active || this.refreshQueued) return;
    this.refreshQueued = true;
    const result = this.running.then(() => {
      this.refreshQueued = false;
      return this.walk(
        this.run,
        this.ctx.project.workspaceFolders,
        () => undefined,
        () => false,
      );
    });
    this.running = result.catch((err) => this.ctx.log(`workspace refresh failed: ${String(err)}`));
  }

  private async walk(
    id: number,
    folders: readonly string[],
    progress: (done: number, total: number) => void,
    cancelled: () => boolean,
  ): Promise<CheckWorkspaceResult> {
    this.active = true;
    const files = this.drafts(folders);
    const found = new Set(files);
    // Gone or newly ignored since the last check, or in a folder no longer in the workspace.
    for (const p of [...this.tracked.keys()]) {
      if (!found.has(p) && (folders.some((f) => isWithin(p, f)) || !this.ctx.project.folderOf(p))) this.forget(p);
    }
    const result: CheckWorkspaceResult = { total: files.length, checked: 0, withProblems: 0, cancelled: false };
    progress(0, files.length);
    for (const p of files) {
      if (cancelled() || id !== this.run) {
        result.cancelled = true;
        break;
      }
      if (await this.lint(p, false)) result.withProblems++;
      result.checked++;
      progress(result.checked, files.length);
      this.flush();
      // Edits in open documents and a cancellation are seen between two drafts.
      await nextTick();
    }
    return result;
  }

  /** Whether the draft at `p` is open in the editor (then its live diagnostics count, not the file's). */
  private isOpen(p: string): boolean {
    return this.ctx.documents.all().some((d) => isServed(d) && fsPathOf(d.uri) === p);
  }

  /** Whether a check would lint `p`: a draft in a workspace folder, not hidden, not in node_modules, not ignored. */
  inScope(p: string): boolean {
    if (!isDraftName(p)) return false;
    const folder = this.ctx.project.folderOf(p);
    if (!folder) return false;
    const parts = path.relative(folder, p).split(path.sep);
    if (parts.some((s) => s.startsWith('.') || s === 'node_modules')) return false;
    let dir = folder;
    for (const s of parts.slice(0, -1)) {
      dir = path.join(dir, s);
      if (this.ctx.project.ignored(dir, true)) return false;
    }
    return !this.ctx.project.ignored(p, false);
  }

  /**
   * Lints the closed draft at `p` from disk and publishes its diagnostics
   * (nothing for a file that is not a report). Resolves whether it has any.
   */
  async lint(p: string, force: boolean): Promise<boolean> {
    if (this.isOpen(p)) return false;
    const uri = this.tracked.get(p)?.uri ?? fileUri(p);
    const folder = this.ctx.project.folderOf(p);
    // Settings are per folder for a closed file (language-specific settings need an open document).
    const raw = await this.ctx.settings.get(folder ? fileUri(folder) : uri);
    if (this.isOpen(p)) return false;
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      this.forget(p);
      return false;
    }
    const s = this.ctx.project.settingsFor(uri, raw);
    const languageId = /\.(md|markdown)$/i.test(p) ? 'markdown' : 'plaintext';
    const draft = this.ctx.project.suppressFor(uri, languageId);
    const key = JSON.stringify([
      stat.mtimeMs,
      stat.size,
      s.enable,
      s.maxProblems,
      lintSettings(TextDocument.create(uri, languageId, 0, ''), s),
      draft.inline,
      draft.entries,
    ]);
    const known = this.tracked.get(p);
    if (!force && known?.key === key) return known.problems;
    let diagnostics: Diagnostic[] = [];
    if (s.enable) {
      const text = this.read(p);
      if (text === null) {
        this.forget(p);
        return false;
      }
      const doc = TextDocument.create(uri, languageId, 0, text);
      // A cache of its own, dropped afterwards: closed files must not hold memory.
      const ctx = { ...this.ctx, cache: new ReportCache(this.ctx.lang, this.ctx.log) };
      ctx.cache.previous = this.ctx.cache.previous;
      if (!(await ctx.cache.warm(doc, s, () => !this.isOpen(p)))) return false;
      if (this.isOpen(p)) return false;
      diagnostics = compute(ctx, doc, s).diagnostics;
    } else {
      this.ctx.project.recordUnused(draft, []);
    }
    this.tracked.set(p, { uri, key, problems: diagnostics.length > 0 });
    // Nothing to say about a file that had nothing (notes, non-reports): most of a big workspace.
    if (diagnostics.length > 0 || known?.problems) this.send(uri, diagnostics);
    return diagnostics.length > 0;
  }

  private read(p: string): string | null {
    try {
      const read = readRegular(p, false);
      if (!read.ok) return null;
      const decoded = decode(read.bytes);
      return decoded.ok ? decoded.text : null;
    } catch {
      return null;
    }
  }

  private send(uri: string, diagnostics: Diagnostic[]): void {
    void this.ctx.connection.sendDiagnostics({ uri, diagnostics }).catch(() => undefined);
  }

  /** Clears the diagnostics of `p` and stops tracking it. */
  forget(p: string): void {
    const t = this.tracked.get(p);
    this.ctx.project.forgetDraft(p);
    if (!t) return;
    this.tracked.delete(p);
    if (t.problems) this.send(t.uri, []);
  }

  /** A draft was opened: its live diagnostics replace those from disk. */
  opened(p: string): void {
    this.forget(p);
  }

  /** A draft was closed: back to its file's diagnostics, if the workspace is being checked. */
  closed(p: string): void {
    if (this.active && this.inScope(p)) void this.lint(p, true);
  }

  /** A file changed on disk (created, changed: `deleted` false). */
  changedOnDisk(p: string, deleted: boolean): void {
    if (deleted) {
      // A deleted folder is one event: everything tracked under it goes.
      for (const t of [...this.tracked.keys()]) if (isWithin(t, p)) this.forget(t);
      this.ctx.project.forgetDraft(p);
      return;
    }
    if (this.active && this.inScope(p)) void this.lint(p, false);
  }

  /**
   * The previous years of the draft at `p` changed. Also while it is being
   * linted for the first time (its facts, known only then, found last year's):
   * not tracked yet, so whether a check would lint it is what counts.
   */
  previousChanged(p: string): void {
    if (this.active && this.inScope(p)) void this.lint(p, true);
  }

  /** The drafts tracked in folder `dir` (not below it): those a suppressions file there applies to. */
  trackedIn(dir: string): string[] {
    return [...this.tracked.keys()].filter((p) => path.dirname(p) === dir);
  }
}
