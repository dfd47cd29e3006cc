// Parse once per document version: every feature (diagnostics, hover,
// outline, folding, code actions) asks this cache, never the parser directly.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Report } from '../core/model/report';
import { parse } from '../core/model/parse';
import { lintReport, parseOptions, type LintOptions, type LintResult } from '../core/lint';
import type { Settings } from './settings';

export const GOV_REPORT = 'gov-report';
const SERVED = new Set([GOV_REPORT, 'plaintext', 'markdown']);

/** Languages the server looks at; anything else is left alone. */
export function isServed(doc: TextDocument): boolean {
  return SERVED.has(doc.languageId);
}

/** Above this size a plaintext/markdown file must at least mention 公开 before we parse it. */
const SNIFF_ABOVE = 1_000_000;

/**
 * A cheap gate in front of the parser for big plaintext/markdown files (logs,
 * data dumps): every report draft talks about 公开, and parsing a 20 MB log
 * would stall every other document (lessons.md 5).
 */
function worthParsing(doc: TextDocument): boolean {
  if (doc.languageId === GOV_REPORT) return true;
  const text = doc.getText();
  return text.length <= SNIFF_ABOVE || text.includes('公开');
}

export function lintOptions(doc: TextDocument, s: Settings): LintOptions {
  // A file the user marked as gov-report is linted even when detection hesitates
  // (an early draft with only a title); plaintext/markdown must prove it is a report.
  return { generation: s.template, rules: s.rules, force: doc.languageId === GOV_REPORT };
}

interface Entry {
  version: number;
  generation: string;
  report: Report | null;
  lintKey?: string;
  lint?: LintResult | null;
}

export class ReportCache {
  private entries = new Map<string, Entry>();

  constructor(private log: (m: string) => void) {}

  /** The parsed model of this exact version (null if the parser failed on it or it was not worth parsing). */
  report(doc: TextDocument, s: Settings): Report | null {
    return this.entry(doc, s).report;
  }

  /** Lint result of this exact version; null when not served or the core failed. */
  lint(doc: TextDocument, s: Settings): LintResult | null {
    const e = this.entry(doc, s);
    if (!e.report) return null;
    const opts = lintOptions(doc, s);
    const key = JSON.stringify([opts.rules, opts.force]);
    if (e.lintKey !== key) {
      e.lintKey = key;
      try {
        e.lint = lintReport(e.report, opts);
      } catch (err) {
        this.log(`lint failed for ${doc.uri}@${doc.version}: ${stack(err)}`);
        e.lint = null;
      }
    }
    return e.lint ?? null;
  }

  /** The report if the document is one we should show features for. */
  served(doc: TextDocument, s: Settings): Report | null {
    if (!isServed(doc)) return null;
    const r = this.report(doc, s);
    if (!r) return null;
    return r.isReport || doc.languageId === GOV_REPORT ? r : null;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  private entry(doc: TextDocument, s: Settings): Entry {
    const old = this.entries.get(doc.uri);
    if (old && old.version === doc.version && old.generation === s.template) return old;
    let report: Report | null = null;
    try {
      if (worthParsing(doc)) report = parse(doc.getText(), parseOptions({ generation: s.template }));
    } catch (err) {
      // Cache the failure too, so a pathological version is not re-parsed per request.
      this.log(`parse failed for ${doc.uri}@${doc.version}: ${stack(err)}`);
    }
    const e: Entry = { version: doc.version, generation: s.template, report };
    this.entries.set(doc.uri, e);
    return e;
  }
}

export function stack(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}
