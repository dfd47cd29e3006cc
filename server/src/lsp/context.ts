// What every feature handler needs, passed explicitly instead of globals so
// each lsp/ file stays small and testable.

import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ReportCache } from './documents';
import type { SettingsStore } from './settings';
import type { Locale } from './locale';
import type { Timeouts } from './timeouts';
import type { ProjectFiles } from './project';
import type { YearFactsStore } from './yearFacts';

export interface ClientSupport {
  /** Client pulls diagnostics (textDocument/diagnostic); otherwise we push. */
  pullDiagnostics: boolean;
  /** Client accepts versioned TextDocumentEdits in WorkspaceEdit.documentChanges. */
  documentChanges: boolean;
  /** Client can resolve a code action's edit lazily (codeAction/resolve). */
  resolveEdit: boolean;
  /** Client accepts hierarchical DocumentSymbol[]. */
  hierarchicalSymbols: boolean;
  /** Client can create files in a WorkspaceEdit (documentChanges with resource operations). */
  createFiles: boolean;
  /** Client accepts server-initiated progress (window/workDoneProgress/create). */
  workDoneProgress: boolean;
}

export interface Ctx {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  cache: ReportCache;
  settings: SettingsStore;
  /** Config and suppressions files (file: documents only). */
  project: ProjectFiles;
  lang: Locale;
  support: ClientSupport;
  /** For requests the server sends to the client. */
  timeouts: Timeouts;
  /** Year facts of the open documents and their folders, for the cross-year rules. */
  years?: YearFactsStore;
  log(message: string): void;
}
