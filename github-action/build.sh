#!/usr/bin/env bash
# Builds the CLI jar from the action's source (a cache miss only) and makes its class-data
# archives, so that the cache saved at the end of the job holds everything a later run needs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"
mvn -B -q -DskipTests -Dspotless.check.skip=true -pl cli -am package
# The launcher writes the archives on its first run; --version is the cheapest first run.
EKSFORM_NO_BUILD=1 "$root/eksform" --version
