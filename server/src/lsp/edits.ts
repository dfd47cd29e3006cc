// Core offset edits → LSP workspace edits, versioned whenever the client
// allows it so an edit computed for an older text is rejected, not misapplied.

import { TextDocumentEdit, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit as CoreEdit } from '../core/types';
import { toRange } from './diagnostics';
import type { Ctx } from './context';

export function toTextEdits(doc: TextDocument, edits: CoreEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: toRange(doc, e), newText: e.text }));
}

export function workspaceEdit(ctx: Ctx, doc: TextDocument, edits: CoreEdit[]): WorkspaceEdit {
  const lsp = toTextEdits(doc, edits);
  if (ctx.support.documentChanges) {
    return { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, lsp)] };
  }
  return { changes: { [doc.uri]: lsp } };
}

/** True when applying the edits would change the text (a no-op fix is never offered). */
export function changesText(text: string, edits: CoreEdit[]): boolean {
  return edits.some((e) => text.slice(e.start, e.end) !== e.text);
}
