// The config that applies to a draft, and the lint settings it makes.
// Precedence: the rules' defaults < the config file (and what it extends) <
// command-line flags (CLI) or editor settings (language server), which the
// caller passes as `overrides`.

import * as path from 'node:path';
import type { LintSettings } from '../core/lint';
import type { TemplateSetting } from '../core/types';
import { findConfigFile, findProjectRoot } from './find';
import { isIgnored } from './ignore';
import { emptyConfig, loadConfig, type LoadedConfig, type ResolvedConfig, type RuleLevel } from './load';
import type { ConfigProblem } from './problems';

export interface DraftConfig extends LoadedConfig {
  /** The config file found for the draft, or null (then `config` is empty). */
  file: string | null;
  /** Where the search stopped. */
  root: string;
}

/** The config for a draft (which need not exist): searched from its folder up to `root` (default: the CLI's root, see findProjectRoot). */
export function configFor(draftPath: string, root?: string): DraftConfig {
  const dir = path.dirname(path.resolve(draftPath));
  const top = root ?? findProjectRoot(dir);
  const file = findConfigFile(dir, top);
  if (!file) return { file: null, root: top, config: emptyConfig(), problems: [], files: [] };
  return { file, root: top, ...loadConfig(file) };
}

export interface Overrides {
  rules?: Readonly<Record<string, RuleLevel>>;
  /** Null or undefined: not overridden. */
  template?: TemplateSetting | null;
}

/** The core's settings for a draft under `config`, with the caller's overrides on top. */
export function lintSettingsFor(config: ResolvedConfig, overrides: Overrides = {}): LintSettings {
  return {
    template: overrides.template ?? config.template ?? 'auto',
    rules: { ...config.rules, ...(overrides.rules ?? {}) },
  };
}

/**
 * Configs for many drafts (a CLI run): each folder's search and each config
 * file's load happen once, and each problem is reported once however many
 * drafts share the file.
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, DraftConfig>();
  private readonly byFile = new Map<string, LoadedConfig>();
  private readonly rootByDir = new Map<string, string>();

  constructor(private readonly rootFor: (dir: string) => string = findProjectRoot) {}

  forDraft(draftPath: string): DraftConfig {
    return this.forDir(path.dirname(path.resolve(draftPath)));
  }

  forDir(dir: string): DraftConfig {
    let found = this.byDir.get(dir);
    if (found) return found;
    let root = this.rootByDir.get(dir);
    if (root === undefined) this.rootByDir.set(dir, (root = this.rootFor(dir)));
    const file = findConfigFile(dir, root);
    if (!file) found = { file: null, root, config: emptyConfig(), problems: [], files: [] };
    else {
      let loaded = this.byFile.get(file);
      if (!loaded) this.byFile.set(file, (loaded = loadConfig(file)));
      found = { file, root, ...loaded };
    }
    this.byDir.set(dir, found);
    return found;
  }

  /** Whether the draft (or folder) is ignored by the config that applies to it. */
  ignored(target: string, isDir = false): boolean {
    const abs = path.resolve(target);
    return isIgnored(abs, isDir ? this.forDir(abs).config : this.forDraft(abs).config);
  }

  /** Every problem of every config file loaded so far, each once, in load order. */
  problems(): ConfigProblem[] {
    const seen = new Set<string>();
    const out: ConfigProblem[] = [];
    for (const loaded of this.byFile.values()) {
      for (const p of loaded.problems) {
        const key = `${p.file}\u0000${p.offset}\u0000${p.message.en}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(p);
      }
    }
    return out;
  }
}
