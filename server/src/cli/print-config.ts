// --print-config FILE: the configuration that applies to that draft (which
// need not exist yet), as JSON — every rule's effective level, and the files
// it came from — so "why is this rule (not) reported?" has an answer.

import * as path from 'node:path';
import { isIgnored, lintSettingsFor, suppressionsFileFor } from '../config';
import { allRules } from '../core/rules';
import { directivesAllowed } from '../core/suppress';
import type { CliOptions } from './args';
import type { ProjectFiles } from './project';

export function printConfig(file: string, options: CliOptions, project: ProjectFiles, cwd: string): string {
  const abs = path.resolve(cwd, file);
  const found = project.configs.forDraft(abs);
  const settings = lintSettingsFor(found.config, { rules: options.rules, template: options.template });
  const rules = Object.fromEntries(allRules.map((r) => [r.meta.id, settings.rules?.[r.meta.id] ?? r.meta.severity]));
  const out = {
    file,
    root: found.root,
    configFiles: found.config.sources,
    ignored: isIgnored(abs, found.config),
    template: settings.template,
    rules,
    ignore: found.config.ignore,
    previousReports: found.config.previousReports,
    suppressionsFile: suppressionsFileFor(abs),
    inlineDirectives: directivesAllowed(file),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
