// Diagnostics on the project's own files: every problem of a config file (bad
// JSONC, an unknown rule id, a wrong level, a missing or circular extends) at
// its place in that file, and in a suppressions file its problems and the
// entries that no longer match anything in the drafts linted — what the CLI
// prints on stderr, where the editor can show it. Cleared once fixed.

import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigProblem } from '../config';
import { readJsonText } from '../config/read';
import { SUPPRESSION_NOTICE } from '../core/suppress';
import { SOURCE } from './diagnostics';
import { say, UI, type Locale } from './locale';
import { fileUri, type ProjectFiles } from './project';

export class ProjectDiagnostics {
  /** What was last published per file (path → JSON), so an unchanged state sends nothing. */
  private sent = new Map<string, string>();

  constructor(
    private connection: Connection,
    private project: ProjectFiles,
    private lang: Locale,
  ) {}

  /** Publishes what changed since the last call (nothing when the project loaded nothing new). */
  flush(): void {
    if (!this.project.dirty) return;
    this.project.dirty = false;
    const texts = new Map<string, TextDocument | null>();
    const textOf = (file: string) => {
      if (!texts.has(file)) {
        const read = readJsonText(file);
        texts.set(file, read.ok ? TextDocument.create(fileUri(file), 'json', 0, read.text) : null);
      }
      return texts.get(file) ?? null;
    };
    const want = new Map<string, Diagnostic[]>();
    const add = (file: string, d: Diagnostic) => {
      const list = want.get(file);
      if (list) list.push(d);
      else want.set(file, [d]);
    };
    for (const p of this.project.configProblems()) add(p.file, this.problem(p, textOf(p.file), DiagnosticSeverity.Error));
    for (const loaded of this.project.loadedSuppressions()) {
      for (const p of loaded.problems) add(p.file, this.problem(p, textOf(p.file), DiagnosticSeverity.Error));
      for (const i of this.project.unusedIn(loaded.file)) {
        const e = loaded.entries[i];
        const at = loaded.locations[i];
        if (!e || !at) continue;
        const doc = textOf(loaded.file);
        const anchor = e.anchor.length > 40 ? `${e.anchor.slice(0, 40)}…` : e.anchor;
        add(loaded.file, {
          range: doc
            ? { start: doc.positionAt(at.offset), end: doc.positionAt(at.offset + at.length) }
            : { start: { line: at.line - 1, character: at.column - 1 }, end: { line: at.line - 1, character: at.column - 1 } },
          severity: DiagnosticSeverity.Warning,
          code: SUPPRESSION_NOTICE,
          source: SOURCE,
          message: say(UI.unusedEntry(e.rule, e.file, anchor), this.lang),
        });
      }
    }
    for (const file of [...this.sent.keys()]) {
      if (want.has(file)) continue;
      this.sent.delete(file);
      this.send(file, []);
    }
    for (const [file, diagnostics] of want) {
      const json = JSON.stringify(diagnostics);
      if (this.sent.get(file) === json) continue;
      this.sent.set(file, json);
      this.send(file, diagnostics);
    }
  }

  private problem(p: ConfigProblem, doc: TextDocument | null, severity: DiagnosticSeverity): Diagnostic {
    const start = { line: p.line - 1, character: p.column - 1 };
    const range = doc ? { start: doc.positionAt(p.offset), end: doc.positionAt(p.offset + p.length) } : { start, end: start };
    return { range, severity, source: SOURCE, message: say(p.message, this.lang) };
  }

  private send(file: string, diagnostics: Diagnostic[]): void {
    void this.connection.sendDiagnostics({ uri: fileUri(file), diagnostics }).catch(() => undefined);
  }
}
