#!/usr/bin/env bash
# Prints the cache key of the built CLI for this copy of the action: the runner's OS and
# architecture, the exact Java build (class-data archives only load in the JVM that wrote them) and
# the action's commit (ACTION_REF, when the workflow pins the action by SHA), else a digest of the
# sources the jar is built from. Quick: it must not eat into the cache-hit path.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

java_build() {
  local release="${JAVA_HOME:-}/release"
  if [[ -n "${JAVA_HOME:-}" && -f "$release" ]]; then
    sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"$/\1/p; s/^JAVA_VERSION="\(.*\)"$/\1/p' "$release" | tail -n 1
  else
    java -version 2>&1 | head -n 1 | tr -c 'A-Za-z0-9._+-' '_'
  fi
}

sources() {
  if [[ "${ACTION_REF:-}" =~ ^[0-9a-f]{40}$ ]]; then
    printf '%s\n' "$ACTION_REF"
    return
  fi
  (
    cd "$root" &&
      find . \( -name target -o -name .git -o -name node_modules -o -name .eksform \) -prune -o \
        -type f \( -path '*/src/main/*' -o -name pom.xml -o -path ./eksform \) -print |
      LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-40
  )
}

printf 'eksform-cli-%s-%s-java%s-%s\n' "${RUNNER_OS:-$(uname -s)}" "${RUNNER_ARCH:-$(uname -m)}" \
  "$(java_build)" "$(sources)"
