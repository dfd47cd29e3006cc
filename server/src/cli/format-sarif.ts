// SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, any SARIF viewer): one
// run; the driver lists every rule and core notice with its page, so ruleIndex
// is stable from run to run; locations are relative URIs with forward slashes
// and 1-based regions whose columns count UTF-16 code units, as the run's
// columnKind says. Failures (unreadable files, broken config files) become
// tool execution notifications, so a viewer shows why the run was incomplete.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, Notification, ReportingDescriptor, Result } from 'sarif';
import { allRules } from '../core/rules';
import { coreNotices } from '../core/rules/notices';
import { docUrl } from '../core/rules/rule';
import type { Locale, Severity } from '../core/types';
import { version } from '../../../package.json';
import type { FileResult } from './lint-file';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/gov-report-lint/gov-report-lint';

type Level = 'error' | 'warning' | 'note';

export function sarifLevel(s: Severity): Level {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

/** A problem outside the findings (I/O, config file), shown as a notification. */
export interface SarifNotice {
  file: string;
  message: string;
  line?: number;
  column?: number;
}

export interface SarifOptions {
  locale: Locale;
  /** Relative URIs are relative to this folder (the working directory). */
  cwd: string;
  notices?: SarifNotice[];
  /** False when the run failed (exit status 2). */
  successful?: boolean;
}

/**
 * A path as a URI reference: relative to `cwd` (forward slashes, each segment
 * percent-encoded: drafts have Chinese names and spaces) when it lies inside
 * it, else an absolute file: URI.
 */
export function artifactUri(file: string, cwd: string): string {
  const abs = path.resolve(cwd, file);
  const rel = path.relative(cwd, abs);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return pathToFileURL(abs).href;
  return rel.split(path.sep).map(encodeURIComponent).join('/');
}

function descriptors(locale: Locale): ReportingDescriptor[] {
  const text = (d: { zh: string; en: string }) => (locale === 'en' ? d.en : d.zh);
  return [
    ...allRules.map((r) => ({
      id: r.meta.id,
      shortDescription: { text: text(r.meta.description) },
      helpUri: docUrl(r.meta.id),
      defaultConfiguration: { level: sarifLevel(r.meta.severity) },
    })),
    ...coreNotices.map((n) => ({
      id: n.id,
      shortDescription: { text: text(n.description) },
      helpUri: docUrl(n.id),
      defaultConfiguration: { level: sarifLevel(n.severity) },
    })),
  ];
}

export function sarifLog(results: FileResult[], options: SarifOptions): Log {
  const rules = descriptors(options.locale);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const out: Result[] = [];
  for (const r of results) {
    const uri = artifactUri(r.file, options.cwd);
    for (const d of r.diagnostics) {
      const result: Result = {
        ruleId: d.rule,
        level: sarifLevel(d.severity),
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
            },
          },
        ],
      };
      if (d.related) {
        result.relatedLocations = d.related.map((rel, id) => {
          const at = artifactUri(rel.file, options.cwd);
          return {
            id,
            physicalLocation: {
              // An absolute file: URI (a file outside the working directory) needs no base.
              artifactLocation: at.startsWith('file:') ? { uri: at } : { uri: at, uriBaseId: '%SRCROOT%' },
              region: { startLine: rel.line, startColumn: rel.column, endLine: rel.endLine, endColumn: rel.endColumn },
            },
            message: { text: rel.message },
          };
        });
      }
      const i = index.get(d.rule);
      if (i !== undefined) result.ruleIndex = i;
      out.push(result);
    }
  }
  const notifications: Notification[] = (options.notices ?? []).map((n) => ({
    level: 'error',
    message: { text: n.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(n.file, options.cwd), uriBaseId: '%SRCROOT%' },
          ...(n.line !== undefined ? { region: { startLine: n.line, startColumn: n.column ?? 1 } } : {}),
        },
      },
    ],
  }));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'gov-report-lint', version, semanticVersion: version, informationUri: INFORMATION_URI, rules } },
        invocations: [{ executionSuccessful: options.successful ?? true, toolExecutionNotifications: notifications }],
        columnKind: 'utf16CodeUnits',
        results: out,
      },
    ],
  };
}

export function formatSarif(results: FileResult[], options: SarifOptions): string {
  return `${JSON.stringify(sarifLog(results, options), null, 2)}\n`;
}
