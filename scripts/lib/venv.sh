# Sourced by scripts/setup and scripts/test: which Home Assistant release to test against.
#
#   select_venv ROOT
#
# HA_VERSION unset or empty: .venv with requirements_test.txt (the pinned Home Assistant)
# and requirements_dev.txt (what a real `hass` needs: scripts/develop, scripts/e2e).
# HA_VERSION=X.Y (e.g. 2026.3, the oldest release hacs.json claims): .venv-X.Y with
# requirements_test_X.Y.txt only, enough for the pytest suite against that release.
# Sets VENV (its path), VENV_NAME and REQUIREMENTS (file names relative to ROOT, in the
# order their contents are hashed into the venv's stamp). Returns 1 on an unknown version.

select_venv() {
  local root=$1
  if [ -z "${HA_VERSION:-}" ]; then
    VENV_NAME=.venv
    # This order keeps the stamp of a .venv made before HA_VERSION existed valid.
    REQUIREMENTS=(requirements_dev.txt requirements_test.txt)
  else
    VENV_NAME=".venv-$HA_VERSION"
    REQUIREMENTS=("requirements_test_$HA_VERSION.txt")
    if [[ ! "$HA_VERSION" =~ ^[0-9]{4}\.[0-9]{1,2}$ ]] || [ ! -f "$root/${REQUIREMENTS[0]}" ]; then
      local known=() file
      for file in "$root"/requirements_test_*.txt; do
        [ -f "$file" ] || continue
        file=${file##*/requirements_test_}
        known+=("${file%.txt}")
      done
      printf 'HA_VERSION=%s: no requirements_test_%s.txt; known: %s (or unset for the pinned release)\n' \
        "$HA_VERSION" "$HA_VERSION" "${known[*]:-none}" >&2
      return 1
    fi
  fi
  VENV="$root/$VENV_NAME"
}
