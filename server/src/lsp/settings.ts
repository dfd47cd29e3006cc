// Settings per resource (workspace/configuration with scopeUri), validated so
// a typo in settings.json produces one clear warning instead of a crash or a
// silently ignored value (lessons.md 7).

import type { Connection } from 'vscode-languageserver';
import type { Msg, Severity, TemplateSetting } from '../core/types';
import { allRules } from '../core/rules';
import { say, UI } from './locale';
import { TIMED_OUT, withTimeout } from './timeouts';

export type RunMode = 'onType' | 'onSave';

export interface Settings {
  enable: boolean;
  run: RunMode;
  rules: Record<string, Severity | 'off'>;
  template: TemplateSetting;
  /** Most diagnostics published per document; 0 = no limit. */
  maxProblems: number;
  /** Check every draft of the workspace folder when it opens (not only open documents). */
  checkWorkspaceOnOpen: boolean;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, run: 'onType', rules: {}, template: 'auto', maxProblems: 500, checkWorkspaceOnOpen: false };

const LEVELS = new Set(['error', 'warning', 'info', 'hint', 'off']);
const KNOWN_RULES = new Set(allRules.map((r) => r.meta.id));

export interface Checked {
  settings: Settings;
  problems: Msg[];
  /** Every id in govReport.rules that names no rule, and the one problem about them (which names only a few). */
  unknownRules: { ids: string[]; problem: Msg } | null;
}

export function checkSettings(raw: unknown): Checked {
  const problems: Msg[] = [];
  const unknown: string[] = [];
  let unknownRules: Checked['unknownRules'] = null;
  const s: Settings = { ...DEFAULT_SETTINGS, rules: {} };
  if (raw === null || raw === undefined) return { settings: s, problems, unknownRules };
  if (typeof raw !== 'object') {
    problems.push(UI.badSetting('govReport', show(raw), 'defaults'));
    return { settings: s, problems, unknownRules };
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
  if (r.checkWorkspaceOnOpen !== undefined) {
    if (typeof r.checkWorkspaceOnOpen === 'boolean') s.checkWorkspaceOnOpen = r.checkWorkspaceOnOpen;
    else problems.push(UI.badSetting('govReport.checkWorkspaceOnOpen', show(r.checkWorkspaceOnOpen), 'false'));
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
      const badLevels: [string, string][] = [];
      for (const [id, level] of Object.entries(r.rules as Record<string, unknown>)) {
        if (!KNOWN_RULES.has(id)) unknown.push(id);
        else if (typeof level === 'string' && LEVELS.has(level)) s.rules[id] = level as Severity | 'off';
        else badLevels.push([id, show(level)]);
      }
      if (unknown.length > 0) {
        unknownRules = { ids: unknown, problem: UI.unknownRules(unknown.map(clip)) };
        problems.push(unknownRules.problem);
      }
      if (badLevels.length === 1) problems.push(UI.badSetting(`govReport.rules.${badLevels[0][0]}`, badLevels[0][1], 'default'));
      else if (badLevels.length > 1) problems.push(UI.badRuleLevels(badLevels.map(([id, v]) => `${id}: ${v}`)));
    }
  }
  return { settings: s, problems, unknownRules };
}

/** Values and ids as they appear in messages: a setting can hold anything, of any length. */
function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function show(v: unknown): string {
  try {
    return clip(JSON.stringify(v) ?? String(v));
  } catch {
    return clip(String(v));
  }
}

export interface SettingsOptions {
  log(message: string): void;
  /** How long workspace/configuration may take before the last known settings are used. */
  timeoutMs: number;
  /** An answer that came after its timeout differs from what was used meanwhile: validate again. */
  lateAnswer(uri: string): void;
}

/** Most unknown ids written to the log for one settings value. */
const LOGGED_IDS = 100;

/**
 * Caches the effective settings per document; the cache is dropped on
 * didChangeConfiguration. Clients without workspace/configuration get the
 * settings pushed in didChangeConfiguration, applied to every document.
 * A client that does not answer workspace/configuration in time gets its
 * documents checked with the last settings known for them (else the last
 * known for any document, else the defaults) until the answer comes.
 */
export class SettingsStore {
  private cache = new Map<string, Promise<Settings>>();
  /** Last settings received per document; kept across changes, so features need never wait. */
  private known = new Map<string, Settings>();
  private lastKnown: Settings | null = null;
  private global: Settings = DEFAULT_SETTINGS;
  private warned = new Set<string>();
  /** Bumped on every change (and on a late answer that changes a document's settings) so results keyed by it go stale. */
  generation = 0;

  constructor(
    private connection: Connection,
    private pull: boolean,
    private warn: (m: Msg) => void,
    private options: SettingsOptions,
  ) {}

  get(uri: string): Promise<Settings> {
    if (!this.pull) return Promise.resolve(this.global);
    let p = this.cache.get(uri);
    if (!p) {
      p = this.fetch(uri);
      this.cache.set(uri, p);
    }
    return p;
  }

  /**
   * Settings to answer a request with at once (hover, outline): the last known
   * ones, never waiting for the client. Starts fetching them if nobody has.
   */
  peek(uri: string): Settings {
    if (!this.pull) return this.global;
    void this.get(uri);
    return this.fallback(uri);
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
    this.known.delete(uri);
  }

  private fetch(uri: string): Promise<Settings> {
    const ms = this.options.timeoutMs;
    // Still the request that counts: no settings change or close replaced it meanwhile.
    const current = () => this.cache.get(uri) === result;
    const answer = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'govReport' }).then(
      (raw) => {
        const s = this.accept(raw);
        if (current()) {
          this.known.set(uri, s);
          this.lastKnown = s;
        }
        return s;
      },
      (err) => {
        this.options.log(`workspace/configuration failed for ${uri}: ${err instanceof Error ? err.message : String(err)}`);
        return null;
      },
    );
    const result: Promise<Settings> = withTimeout(answer, ms).then((s) => {
      if (s === null) return this.fallback(uri);
      if (s !== TIMED_OUT) return s;
      const used = this.fallback(uri);
      this.options.log(`workspace/configuration for ${uri} not answered within ${ms} ms; using the last known or default settings`);
      this.once(UI.configurationTimeout(ms));
      void answer.then((late) => {
        if (!late || !current()) return;
        this.cache.set(uri, Promise.resolve(late));
        if (JSON.stringify(late) === JSON.stringify(used)) return;
        this.generation++;
        this.options.lateAnswer(uri);
      });
      return used;
    });
    return result;
  }

  private fallback(uri: string): Settings {
    return this.known.get(uri) ?? this.lastKnown ?? DEFAULT_SETTINGS;
  }

  private accept(raw: unknown): Settings {
    const { settings, problems, unknownRules } = checkSettings(raw);
    for (const p of problems) {
      if (!this.once(p) || p !== unknownRules?.problem) continue;
      const ids = unknownRules.ids;
      this.options.log(
        `unknown rule ids in govReport.rules (${ids.length}): ${ids.slice(0, LOGGED_IDS).map(clip).join(', ')}${ids.length > LOGGED_IDS ? ', …' : ''}`,
      );
    }
    return settings;
  }

  /** Shows and logs a warning the first time its text comes up: a warning per keystroke or per document would be a storm. */
  private once(m: Msg): boolean {
    if (this.warned.has(m.en)) return false;
    this.warned.add(m.en);
    this.options.log(say(m, 'en'));
    this.warn(m);
    return true;
  }
}
