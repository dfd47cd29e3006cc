// Custom protocol shared by server and client. Type-only plus string
// constants, so the client bundle pulls in nothing from the server.

export const COMMAND_FIX_ALL = 'govReport.fixAll';
export const COMMAND_TOGGLE = 'govReport.toggle';
export const FIX_ALL_KIND = 'source.fixAll.govReport';
export const STATUS_NOTIFICATION = 'govReport/status';

/** Sent after every validation so the client's language status item can show what was detected. */
export interface StatusParams {
  uri: string;
  version: number;
  /** False when govReport.enable is off for this document. */
  enabled: boolean;
  /** False for plaintext/markdown documents that are not report drafts. */
  isReport: boolean;
  year: number | null;
  template: '2019' | '2021' | null;
  /** Number of diagnostics published for this version. */
  count: number;
  errors: number;
  /** Why checking was limited (size), or null. */
  limited: string | null;
  skippedRules: string[];
  /** Effective settings, shown so "my config is ignored" can be checked at a glance. */
  run: 'onType' | 'onSave';
  /** Number of rules whose severity the settings override (including 'off'). */
  overrides: number;
}

export interface FixAllCommandResult {
  applied: number;
  changed: boolean;
  /** Why nothing changed when the fixes were sent: the editor refused them, did not answer in time, or the text kept changing. */
  failure?: 'refused' | 'timeout' | 'changing';
}
