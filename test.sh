#!/usr/bin/env bash
# Runs the whole test suite (unit, property and end-to-end tests on real MNIST).
# Real data comes from $GENLAB_DATA (the shared data folder); Maven resolves every dependency.
set -euo pipefail
cd "$(dirname "$0")"
if [ -z "${GENLAB_DATA:-}" ] && [ -d ../shared/data ]; then
  export GENLAB_DATA="$(cd ../shared/data && pwd)"
fi
mvn -B -q verify
