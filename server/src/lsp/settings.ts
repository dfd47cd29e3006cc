// Settings per resource (workspace/configuration with scopeUri), validated so
// a typo in settings.json produces one clear warning instead of a crash or a
// silently ignored value (lessons.md 7).

import type { Connection } from 'vscode-languageserver';
import type { Msg, Severity, TemplateSetting } from '../core/types';
import { allRules } from '../core/rules';
import { UI } from './locale';

export type RunMode = 'onType' | 'onSave';

export interface Settings {
  enable: boolean;
  run: RunMode;
  rules: Record<string, Severity | 'off'>;
  template: TemplateSetting;
  /** Most diagnostics published per document; 0 = no limit. */
  maxProblems: number;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, run: 'onType', rules: {}, template: 'auto', maxProblems: 500 };

const LEVELS = new Set(['error', 'warning', 'info', 'hint', 'off']);
const KNOWN_RULES = new Set(allRules.map((r) => r.meta.id));

export interface Checked {
  settings: Settings;
  problems: Msg[];
}

export function checkSettings(raw: unknown): Checked {
  const problems: Msg[] = [];
  const s: Settings = { ...DEFAULT_SETTINGS, rules: {} };
  if (raw === null || raw === undefined) return { settings: s, problems };
  if (typeof raw !== 'object') {
    problems.push(UI.badSetting('govReport', show(raw), 'defaults'));
    return { settings: s, problems };
  }
  const r = raw as Record<string, unknown>;
  if (r.enable !== undefined) {
    if (typeof r.enable === 'boolean') s.enable = r.enable;
    else problems.push(UI.badSetting('govReport.enable', show(r.enable), 'true'));
  }
  if (r.run !== undefined) {
    if (r.run === 'onType' || r.run === 'onSave') s.run = r.run;
    else problems.push(UI.badSetting('govReport.run', show(r.run), 'onType'));
  }
  if (r.template !== undefined) {
    if (r.template === 'auto' || r.template === '2019' || r.template === '2021') s.template = r.template;
    else problems.push(UI.badSetting('govReport.template', show(r.template), 'auto'));
  }
  if (r.maxProblems !== undefined) {
    const n = r.maxProblems;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 0) s.maxProblems = n;
    else problems.push(UI.badSetting('govReport.maxProblems', show(n), String(DEFAULT_SETTINGS.maxProblems)));
  }
  if (r.rules !== undefined && r.rules !== null) {
    if (typeof r.rules !== 'object' || Array.isArray(r.rules)) {
      problems.push(UI.badSetting('govReport.rules', show(r.rules), '{}'));
    } else {
      for (const [id, level] of Object.entries(r.rules as Record<string, unknown>)) {
        if (!KNOWN_RULES.has(id)) problems.push(UI.unknownRule(id));
        else if (typeof level === 'string' && LEVELS.has(level)) s.rules[id] = level as Severity | 'off';
        else problems.push(UI.badSetting(`govReport.rules.${id}`, show(level), 'default'));
      }
    }
  }
  return { settings: s, problems };
}

function show(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/**
 * Caches the effective settings per document; the cache is dropped on
 * didChangeConfiguration. Clients without workspace/configuration get the
 * settings pushed in didChangeConfiguration, applied to every document.
 */
export class SettingsStore {
  private cache = new Map<string, Promise<Settings>>();
  private global: Settings = DEFAULT_SETTINGS;
  private warned = new Set<string>();
  /** Bumped on every change so cached results keyed by it go stale. */
  generation = 0;

  constructor(
    private connection: Connection,
    private pull: boolean,
    private warn: (m: Msg) => void,
  ) {}

  get(uri: string): Promise<Settings> {
    if (!this.pull) return Promise.resolve(this.global);
    let p = this.cache.get(uri);
    if (!p) {
      p = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'govReport' }).then(
        (raw) => this.accept(raw),
        () => DEFAULT_SETTINGS,
      );
      this.cache.set(uri, p);
    }
    return p;
  }

  changed(pushed: unknown): void {
    this.generation++;
    this.cache.clear();
    if (!this.pull) {
      const section = pushed && typeof pushed === 'object' ? (pushed as Record<string, unknown>).govReport : undefined;
      this.global = this.accept(section);
    }
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private accept(raw: unknown): Settings {
    const { settings, problems } = checkSettings(raw);
    for (const p of problems) {
      // Warn once per distinct problem: a notification per keystroke would be a storm.
      if (this.warned.has(p.en)) continue;
      this.warned.add(p.en);
      this.warn(p);
    }
    return settings;
  }
}
