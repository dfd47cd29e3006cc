// Custom protocol shared by server and client. Type-only plus string
// constants, so the client bundle pulls in nothing from the server.

export const COMMAND_FIX_ALL = 'govReport.fixAll';
export const COMMAND_TOGGLE = 'govReport.toggle';
/** Argument: { uri, entry } (from the "Suppress this finding" quick fix). */
export const COMMAND_SUPPRESS = 'govReport.suppress';
/** Lints every draft of the workspace folders (optional argument: a folder URI); progress through workDoneToken. */
export const COMMAND_CHECK_WORKSPACE = 'govReport.checkWorkspace';
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

export interface SuppressCommandResult {
  applied: boolean;
  /** URI of the suppressions file. */
  file?: string;
  /** How: a WorkspaceEdit the client applied (and should save), the server wrote the file, or the entry was there already. */
  via?: 'edit' | 'write' | 'none';
  failure?: 'arguments' | 'broken' | 'timeout' | 'refused' | 'write';
}

export interface CheckWorkspaceResult {
  /** Draft files found (after `ignore`), and how many of them were linted before the end or the cancellation. */
  total: number;
  checked: number;
  /** Drafts with at least one diagnostic published. */
  withProblems: number;
  cancelled: boolean;
}
