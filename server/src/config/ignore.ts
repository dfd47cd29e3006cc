// `ignore` globs, read like .gitignore lines: relative to the folder of the
// config file that has them; a pattern without a slash matches a file or
// folder name at any depth (`*.bak.txt`, `草稿`); a pattern with one matches
// the path from that folder (`archive/2019/**`, `/old`); a matched folder
// ignores everything in it. Negation (`!…`) is not supported.

import * as path from 'node:path';
import picomatch from 'picomatch';
import type { IgnorePattern, ResolvedConfig } from './load';

type Matcher = (candidate: string) => boolean;

const cache = new Map<string, { matcher: Matcher; anyDepth: boolean }>();

function compile(pattern: string): { matcher: Matcher; anyDepth: boolean } {
  let c = cache.get(pattern);
  if (!c) {
    const trimmed = pattern.replace(/\\/g, '/').replace(/^\/+/, '').replace(/\/+$/, '');
    const anyDepth = !pattern.replace(/\/+$/, '').includes('/');
    c = { matcher: picomatch(trimmed, { dot: true }), anyDepth };
    cache.set(pattern, c);
  }
  return c;
}

/** Whether `target` (a file or folder, absolute or relative to the working directory) is ignored by `p`. */
export function matchesIgnore(target: string, p: IgnorePattern): boolean {
  const rel = path.relative(p.base, path.resolve(target));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return false;
  const segments = rel.split(path.sep);
  const { matcher, anyDepth } = compile(p.pattern);
  if (anyDepth) return segments.some((s) => matcher(s));
  // The path itself, or any folder on the way to it.
  for (let i = 1; i <= segments.length; i++) if (matcher(segments.slice(0, i).join('/'))) return true;
  return false;
}

/** Whether the config's `ignore` excludes `target`. */
export function isIgnored(target: string, config: Pick<ResolvedConfig, 'ignore'>): boolean {
  return config.ignore.some((p) => matchesIgnore(target, p));
}
