// The project's own files, read the same way by the CLI and (later) the
// language server: the config file (.gov-report-lint.jsonc / .json, found
// from a draft's folder upward) and the suppressions file beside the drafts.
// Node-side on purpose: the core stays pure and gets only LintSettings and
// suppression entries.

export { CONFIG_FILE_NAMES, configFilesIn, findConfigFile, findProjectRoot } from './find';
export { LEVELS, emptyConfig, loadConfig, type IgnorePattern, type LoadedConfig, type ResolvedConfig, type RuleLevel } from './load';
export { isIgnored, matchesIgnore } from './ignore';
export { ConfigResolver, configFor, lintSettingsFor, type DraftConfig, type Overrides } from './resolve';
export type { ConfigProblem } from './problems';
export {
  SUPPRESSIONS_VERSION,
  entryFileOf,
  formatSuppressions,
  mergeEntries,
  readSuppressionsFile,
  suppressionsFileFor,
  writeSuppressionsFile,
  type EntryLocation,
  type LoadedSuppressions,
} from './suppressions-file';
