// Every request about a document first waits for that document's settings
// (workspace/configuration is a round trip to the client), and the text may
// change meanwhile. This is the one place that sequence is written: it says
// whether the document is still there and still the text the request was for.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Ctx } from './context';
import type { Settings } from './settings';
import { isServed } from './documents';
import { revisionOf } from './revisions';

export type Settled =
  | { kind: 'ready'; doc: TextDocument; s: Settings; revision: number }
  /** Not open (any more), or not a language the server looks at. */
  | { kind: 'gone' }
  /** Changed while the settings loaded: ranges in the request point into an older text. */
  | { kind: 'moved'; s: Settings };

export async function settle(ctx: Ctx, uri: string): Promise<Settled> {
  const first = ctx.documents.get(uri);
  if (!first || !isServed(first)) return { kind: 'gone' };
  // TextDocuments updates documents in place: remember the revision, not the object.
  const revision = revisionOf(first);
  // The editor settings over the draft's config file (project.ts).
  const s = ctx.project.settingsFor(uri, await ctx.settings.get(uri));
  const doc = ctx.documents.get(uri);
  if (!doc) return { kind: 'gone' };
  if (revisionOf(doc) !== revision) return { kind: 'moved', s };
  return { kind: 'ready', doc, s, revision };
}
