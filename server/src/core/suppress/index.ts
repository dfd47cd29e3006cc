// Suppressions, pure: inline directives (Markdown and HTML drafts) and the
// matching of suppressions-file entries. The adapters read and write the file.

export { DIRECTIVE_EXTENSIONS, directivesAllowed, parseDirectives, type Directive, type DirectiveKind } from './directives';
export { MAX_ANCHOR, SUPPRESSIONS_FILE_NAME, anchorOf, sameEntry, suppressionEntriesFor, suppressionEntryFor, type SuppressionEntry } from './entries';
export { SUPPRESSION_NOTICE, applySuppressions, type SuppressOptions, type SuppressedFinding, type SuppressionResult, type UnusedEntry } from './apply';
