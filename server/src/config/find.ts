// Where the config file of a draft is: the nearest .gov-report-lint.jsonc (or
// .json) from the draft's folder upward, stopping at the root — the workspace
// folder in the editor; for the CLI the nearest folder holding .git, or the
// file system's root. The nearest file is the config: files further up are
// not merged in (a config that wants them says `extends`).

import * as fs from 'node:fs';
import * as path from 'node:path';

/** In this order: a folder with both uses the .jsonc (the .json gets a problem). */
export const CONFIG_FILE_NAMES: readonly string[] = ['.gov-report-lint.jsonc', '.gov-report-lint.json'];

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function exists(p: string): boolean {
  try {
    fs.statSync(p);
    return true;
  } catch {
    return false;
  }
}

/** The config files in one folder, in CONFIG_FILE_NAMES order. */
export function configFilesIn(dir: string): string[] {
  return CONFIG_FILE_NAMES.map((n) => path.join(dir, n)).filter(isFile);
}

/** The CLI's root for a draft's folder: the nearest folder (itself included) with a `.git` entry (folder or worktree file), else the file system's root. */
export function findProjectRoot(startDir: string): string {
  let dir = path.resolve(startDir);
  for (;;) {
    if (exists(path.join(dir, '.git'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return dir;
    dir = up;
  }
}

/**
 * The config file that applies to drafts in `startDir`: searched from there
 * upward, `root` included and nothing above it (no root, or a root that is not
 * above startDir: up to the file system's root). Null when there is none.
 */
export function findConfigFile(startDir: string, root?: string): string | null {
  let dir = path.resolve(startDir);
  const stop = root === undefined ? null : path.resolve(root);
  for (;;) {
    const [first] = configFilesIn(dir);
    if (first) return first;
    if (dir === stop) return null;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}
