// Which text of a document a result was computed from. The client's version
// number cannot say: a client that restarts its counter, or sends the same
// number twice, would make an old result look current (or a current one look
// stale). Every open and change gets a revision of its own instead, unique for
// the life of the server; the client's version is only echoed back to it.

import type { TextDocumentContentChangeEvent, TextDocuments, TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

const stamps = new WeakMap<TextDocument, { version: number; revision: number }>();
let last = 0;

function stamp(doc: TextDocument): TextDocument {
  stamps.set(doc, { version: doc.version, revision: ++last });
  return doc;
}

/** For TextDocuments: documents are still updated in place, but every update is a new revision. */
export const REVISED_DOCUMENTS: TextDocumentsConfiguration<TextDocument> = {
  create: (uri: string, languageId: string, version: number, content: string) => stamp(TextDocument.create(uri, languageId, version, content)),
  update: (doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number) => stamp(TextDocument.update(doc, changes, version)),
};

/**
 * The revision of the document's current text. A document that did not come
 * through REVISED_DOCUMENTS gets one per object and version, as before.
 */
export function revisionOf(doc: TextDocument): number {
  let s = stamps.get(doc);
  if (!s || s.version !== doc.version) stamps.set(doc, (s = { version: doc.version, revision: ++last }));
  return s.revision;
}

/** True while the open document still has the text it had at `revision`. */
export function stillAt(documents: TextDocuments<TextDocument>, uri: string, revision: number): boolean {
  const doc = documents.get(uri);
  return !!doc && revisionOf(doc) === revision;
}
