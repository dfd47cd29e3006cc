// Language status item: template generation, report year and problem count
// of the active document, fed by the server's govReport/status notification.

import * as vscode from 'vscode';
import { COMMAND_TOGGLE, type StatusParams } from '../../server/src/lsp/protocol';
import { t } from './messages';

const BASE: vscode.DocumentFilter[] = [{ language: 'gov-report' }];

export class ReportStatus implements vscode.Disposable {
  private item = vscode.languages.createLanguageStatusItem('govReport.status', BASE);
  private byUri = new Map<string, StatusParams>();
  private subs: vscode.Disposable[] = [];

  constructor() {
    this.item.name = t.name();
    this.subs.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri.toString())),
    );
  }

  update(p: StatusParams): void {
    const old = this.byUri.get(p.uri);
    if (old && old.version > p.version) return;
    this.byUri.set(p.uri, p);
    if (!old || old.isReport !== p.isReport) this.reselect();
    this.render();
  }

  private forget(uri: string): void {
    if (this.byUri.delete(uri)) this.reselect();
  }

  /** Plaintext/markdown files show the item only once the server has recognised them as reports. */
  private reselect(): void {
    const extra: vscode.DocumentFilter[] = [];
    for (const p of this.byUri.values()) {
      if (!p.isReport) continue;
      const uri = vscode.Uri.parse(p.uri);
      // VS Code matches a filter pattern equal to the fsPath exactly, so no glob escaping is needed.
      extra.push({ scheme: uri.scheme, pattern: uri.fsPath });
    }
    this.item.selector = [...BASE, ...extra];
  }

  private render(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const p = doc ? this.byUri.get(doc.uri.toString()) : undefined;
    if (!p) {
      this.item.text = t.name();
      this.item.detail = undefined;
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      this.item.command = { title: t.disable(), command: COMMAND_TOGGLE };
      return;
    }
    if (!p.enabled) {
      this.item.text = `$(circle-slash) ${t.disabled()}`;
      this.item.detail = t.name();
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      this.item.command = { title: t.enable(), command: COMMAND_TOGGLE };
      return;
    }
    this.item.text = t.summary(p.year, p.template, p.count);
    const limited = p.limited || p.skippedRules.length > 0;
    this.item.detail = limited ? t.limited(p.limited ?? 'size', p.skippedRules) : t.settings(p.run, p.overrides);
    this.item.severity = limited ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    this.item.command = { title: t.disable(), command: COMMAND_TOGGLE };
  }

  dispose(): void {
    this.item.dispose();
    this.subs.forEach((s) => s.dispose());
  }
}
