#!/usr/bin/env bash
# setup-e2e.sh - install what the end-to-end tests need: a real VS Code for the web
# (code-server from npm), Debian's headless Chromium and playwright-core, cached under
# $VSCODE_WEB_HOME (default ~/.cache/vscode-web). Idempotent: ~1-2 min the first time
# (apt packages, native modules built from source), ~1 s after that.
#
# It calls the shared harness, which lives beside this repository:
#   <dir>/main            this repository
#   <dir>/shared/tools/vscode-web/setup.sh
# Set VSCODE_WEB_TOOL to use a copy elsewhere. Needs root (or sudo) for apt-get,
# unless SKIP_APT=1 and the Debian packages are installed already.
set -euo pipefail

REPO=$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel 2>/dev/null || (cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd))
TOOL=${VSCODE_WEB_TOOL:-$REPO/../shared/tools/vscode-web}

if [[ ! -f "$TOOL/setup.sh" || ! -f "$TOOL/serve.js" || ! -f "$TOOL/driver.js" ]]; then
  cat >&2 <<MSG
setup-e2e.sh: ERROR: the vscode-web harness is missing.
  looked for: $TOOL/{setup.sh,serve.js,driver.js}
  The end-to-end tests need the shared folder checked out beside this repository
  ($(cd "$REPO/.." && pwd)/shared/tools/vscode-web), or VSCODE_WEB_TOOL=/path/to/vscode-web.
MSG
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
export VSCODE_WEB_HOME=${VSCODE_WEB_HOME:-$HOME/.cache/vscode-web}
echo "setup-e2e.sh: harness $TOOL, cache $VSCODE_WEB_HOME"
bash "$TOOL/setup.sh" </dev/null
