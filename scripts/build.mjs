// Bundles the language server, the CLI and the VS Code client with esbuild.
import { build } from 'esbuild';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: false,
  minify: process.argv.includes('--minify'),
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's UMD build (its "main") requires its modules at run time,
  // which a bundle cannot resolve; its ES module build bundles.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

await Promise.all([
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js' }),
  build({
    ...common,
    entryPoints: ['server/src/cli.ts'],
    outfile: 'server/out/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] }),
]);
if (watch) console.log('watch mode is not supported; rerun npm run build');
