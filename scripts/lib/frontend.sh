# Sourced by scripts/test and scripts/lint: the card's npm dependencies in frontend/.
#
#   ensure_frontend_deps
#
# Installs them from frontend/package-lock.json with `npm ci` when node_modules is missing
# or older than the lockfile. Needs Node.js 20 or newer and npm.

ensure_frontend_deps() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "The card in frontend/ needs Node.js 20 or newer and npm on PATH." >&2
    return 1
  fi
  local installed=frontend/node_modules/.package-lock.json
  if [[ ! -f $installed || frontend/package-lock.json -nt $installed ]]; then
    echo "==> npm ci (frontend/)"
    npm ci --prefix frontend --no-audit --no-fund --loglevel=error
  fi
}
