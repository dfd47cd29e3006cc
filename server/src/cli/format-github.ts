// GitHub Actions workflow commands: one `::error …::message` line per finding
// (warning → ::warning, info and hint → ::notice), which the runner turns into
// annotations on the pull request's diff. The title is the rule id.
//
// Escaping (what the runner's parser undoes): in the message, % CR LF; in
// property values also : and , (they separate properties).

import type { Severity } from '../core/types';
import type { FileResult } from './lint-file';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(results: FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    // The runner resolves annotation paths with forward slashes.
    const file = escapeProperty(r.file.replace(/\\/g, '/'));
    for (const d of r.diagnostics) {
      const props = `file=${file},line=${d.line},col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn},title=${escapeProperty(d.rule)}`;
      lines.push(`::${COMMAND[d.severity]} ${props}::${escapeData(d.message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
