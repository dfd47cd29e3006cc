// Loads the seed drafts and answers "which findings are on which line".

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, type LintedDocument } from '../../server/src/core/lint';
import { LineIndex } from '../../server/src/core/text/lines';
import type { Finding } from '../../server/src/core/types';

export const SEEDS = {
  s000: '000_0131eef5f6c80757.txt',
  s001: '001_1091e914623cb50c.txt',
  s002: '002_fd806472b05b3a75.txt',
  s003: '003_e5194636313e52a0.txt',
  s004: '004_27ba3d77fbcff05a.txt',
};

export function seedText(name: string): string {
  return readFileSync(join(process.cwd(), 'test/fixtures/seeds', name), 'utf8');
}

export interface Linted {
  text: string;
  result: LintedDocument;
  /** 1-based line of a finding's start. */
  line(f: Finding): number;
  of(rule: string): Finding[];
  lines(rule: string): number[];
}

export function lintText(text: string): Linted {
  const result = lint(text);
  const idx = new LineIndex(text);
  const line = (f: Finding) => idx.lineAt(f.range.start) + 1;
  const of = (rule: string) => result.findings.filter((f) => f.rule === rule);
  return { text, result, line, of, lines: (rule) => of(rule).map(line) };
}

export function lintSeed(name: string): Linted {
  return lintText(seedText(name));
}

export const ARITHMETIC = ['table-balance', 'table-row-total', 'table-column-total', 'table-review-total'];
