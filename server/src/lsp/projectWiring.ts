// How the project's files reach the open documents and the workspace check:
// a config file (or a file one extends) changed on disk → every draft's
// config is read again and everything linted whose settings changed; a
// suppressions file changed → the drafts of its folder; a draft changed or
// deleted → the workspace check's view of it. Then the diagnostics on the
// config and suppressions files themselves are published.

import * as path from 'node:path';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  type CancellationToken,
  type ExecuteCommandParams,
  type FileEvent,
  type WorkDoneProgressReporter,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAMES } from '../config';
import type { Ctx } from './context';
import { isServed } from './documents';
import { notify } from './commands';
import { say, UI } from './locale';
import { fileUri, fsPathOf, isWithin, ProjectFiles } from './project';
import { ProjectDiagnostics } from './projectDiagnostics';
import type { CheckWorkspaceResult } from './protocol';
import { WorkspaceCheck } from './workspaceCheck';

export interface WatchSupport {
  /** The client registers file watchers the server asks for. */
  dynamic: boolean;
  /** …with a base folder and a pattern (LSP 3.17 RelativePattern). */
  relative: boolean;
}

export class ProjectWiring {
  readonly workspace: WorkspaceCheck;
  private diagnostics: ProjectDiagnostics;
  private flushQueued = false;
  private watched = '';
  private registration: Promise<{ dispose(): void }> | null = null;

  constructor(
    private ctx: Ctx,
    /** Lint an open document again (push: now; pull: at the next pull). */
    private revalidate: (uri: string) => void,
    private watch: WatchSupport,
  ) {
    this.diagnostics = new ProjectDiagnostics(ctx.connection, ctx.project, ctx.lang);
    this.workspace = new WorkspaceCheck(ctx, () => this.flush());
  }

  /** ProjectFiles' onDirty: publish soon, once for everything a validation loaded. */
  scheduleFlush(): void {
    if (this.flushQueued) return;
    this.flushQueued = true;
    setImmediate(() => {
      this.flushQueued = false;
      this.flush();
    });
  }

  flush(): void {
    this.diagnostics.flush();
    this.watchExtended();
  }

  /** Files a config extends can have any name and live anywhere: watched one by one, as the configs read name them. */
  private watchExtended(): void {
    if (!this.watch.dynamic) return;
    const files = this.ctx.project
      .configSources()
      .filter((f) => !CONFIG_FILE_NAMES.includes(path.basename(f)))
      .sort();
    const key = files.join('\n');
    if (key === this.watched) return;
    this.watched = key;
    const old = this.registration;
    this.registration = null;
    void old?.then((d) => d.dispose()).catch(() => undefined);
    if (files.length === 0) return;
    const watchers = files.map((f) => ({
      globPattern: this.watch.relative ? { baseUri: fileUri(path.dirname(f)), pattern: path.basename(f) } : f.split(path.sep).join('/'),
    }));
    this.registration = this.ctx.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    this.registration.catch((err) => this.ctx.log(`could not watch the extended config files: ${String(err)}`));
  }

  /** The open documents (served) whose file is in `dir`, or all of them. */
  private openDrafts(dir?: string): TextDocument[] {
    return this.ctx.documents.all().filter((d) => {
      if (!isServed(d)) return false;
      if (dir === undefined) return true;
      const p = fsPathOf(d.uri);
      return !!p && path.dirname(p) === dir;
    });
  }

  /** Every draft's settings may have changed (a config file, the editor settings). */
  private everything(): void {
    this.ctx.settings.generation++;
    this.ctx.years?.sourcesChanged();
    for (const d of this.openDrafts()) this.revalidate(d.uri);
    this.workspace.refresh();
  }

  /** The suppressions file `file` changed (on disk, or written by the server). */
  suppressionsChanged(file: string): void {
    this.ctx.project.dropSuppressions(file);
    this.ctx.settings.generation++;
    const dir = path.dirname(path.resolve(file));
    for (const d of this.openDrafts(dir)) this.revalidate(d.uri);
    for (const p of this.workspace.trackedIn(dir)) void this.workspace.lint(p, false);
  }

  /** workspace/didChangeWatchedFiles. */
  filesChanged(changes: readonly FileEvent[]): void {
    const configs: string[] = [];
    for (const c of changes) {
      const p = fsPathOf(c.uri);
      if (!p) continue;
      const deleted = c.type === FileChangeType.Deleted;
      if (this.ctx.project.isConfigFile(p)) configs.push(p);
      else if (ProjectFiles.isSuppressionsFile(p)) this.suppressionsChanged(p);
      else {
        this.workspace.changedOnDisk(p, deleted);
        this.ctx.years?.fileChanged(p, deleted);
      }
      if (!deleted) continue;
      // A deleted folder is one event: the config and suppressions files read from inside it are gone too.
      if (this.ctx.project.configSources().some((f) => isWithin(f, p))) configs.push(p);
      for (const s of this.ctx.project.loadedSuppressions()) if (s.file !== p && isWithin(s.file, p)) this.suppressionsChanged(s.file);
    }
    if (configs.length > 0) {
      this.ctx.project.dropConfigs(configs);
      this.everything();
    }
  }

  /** The previous years of the draft at `uri` changed: a closed draft the workspace check keeps current is linted again. */
  yearsChanged(uri: string): void {
    const p = fsPathOf(uri);
    if (p) this.workspace.previousChanged(p);
  }

  /** didChangeConfiguration: closed drafts follow the new settings too. */
  settingsChanged(): void {
    this.workspace.refresh();
  }

  opened(doc: TextDocument): void {
    const p = fsPathOf(doc.uri);
    if (p && isServed(doc)) this.workspace.opened(p);
  }

  closed(uri: string): void {
    const p = fsPathOf(uri);
    if (!p) return;
    this.ctx.project.forgetDraft(p);
    this.workspace.closed(p);
  }

  setFolders(folders: string[]): void {
    this.ctx.project.setFolders(folders);
    this.everything();
  }

  /**
   * govReport.checkWorkspace, with "n / m" progress: on the client's token
   * when the request carries one (the VS Code client shows it as a cancellable
   * notification), else on one the server creates. Cancelling either stops it.
   */
  async checkCommand(params: ExecuteCommandParams, token: CancellationToken): Promise<CheckWorkspaceResult | null> {
    const arg = params.arguments?.[0];
    const folder = typeof arg === 'string' ? fsPathOf(arg) : null;
    const folders = folder ? [folder] : [...this.ctx.project.workspaceFolders];
    if (folders.length === 0) {
      notify(this.ctx, MessageType.Warning, UI.noWorkspace);
      return null;
    }
    const attached = params.workDoneToken === undefined ? null : this.ctx.connection.window.attachWorkDoneProgress(params.workDoneToken);
    const result = await this.checkWithProgress(folders, token, attached);
    notify(this.ctx, MessageType.Info, result.cancelled ? UI.checkCancelled(result.checked, result.total) : UI.checked(result.total, result.withProblems));
    return result;
  }

  /** govReport.checkWorkspaceOnOpen: the folders whose settings say so are checked when the server starts. */
  async checkOnOpen(): Promise<void> {
    const folders: string[] = [];
    for (const f of this.ctx.project.workspaceFolders) {
      if ((await this.ctx.settings.get(fileUri(f))).checkWorkspaceOnOpen) folders.push(f);
    }
    if (folders.length > 0) await this.checkWithProgress(folders, null, null);
  }

  private async checkWithProgress(
    folders: string[],
    token: CancellationToken | null,
    attached: WorkDoneProgressReporter | null,
  ): Promise<CheckWorkspaceResult> {
    let reporter = attached;
    let serverToken: CancellationToken | null = null;
    if (!reporter && this.ctx.support.workDoneProgress) {
      const created = await this.ctx.connection.window.createWorkDoneProgress();
      reporter = created;
      serverToken = created.token;
    }
    reporter?.begin(say(UI.checkTitle, this.ctx.lang), 0, undefined, true);
    try {
      return await this.workspace.check(
        folders,
        (done, total) => reporter?.report(total === 0 ? 100 : Math.floor((done * 100) / total), `${done} / ${total}`),
        () => !!token?.isCancellationRequested || !!serverToken?.isCancellationRequested,
      );
    } finally {
      reporter?.done();
    }
  }
}
