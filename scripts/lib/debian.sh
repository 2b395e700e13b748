# Sourced by scripts/develop and scripts/e2e: install Debian packages that are missing.
#
#   ensure_debian_packages WHO PACKAGE:CHECK...
#
# CHECK is a command that succeeds when PACKAGE is already there. Missing packages are
# installed with apt-get (as root, or with passwordless sudo); when that is impossible
# or fails, WHO says so on stderr and the function returns 1.

ensure_debian_packages() {
  local who=$1 item package check
  shift
  local missing=()
  for item in "$@"; do
    package=${item%%:*}
    check=${item#*:}
    eval "$check" >/dev/null 2>&1 || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo -n)
  if ! command -v apt-get >/dev/null || { [ ${#sudo[@]} -gt 0 ] && ! sudo -n true 2>/dev/null; }; then
    printf '%s: %s missing, and apt-get is not usable here: install them\n' "$who" "${missing[*]}" >&2
    return 1
  fi
  printf '==> installing %s (apt-get)\n' "${missing[*]}"
  local install=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}")
  # Try with the package lists the machine has; refresh them only when that fails.
  if "${install[@]}" >/dev/null 2>&1 \
    || { "${sudo[@]}" apt-get update -qq >/dev/null && "${install[@]}" >/dev/null; }; then
    return 0
  fi
  printf '%s: apt-get could not install %s\n' "$who" "${missing[*]}" >&2
  return 1
}
