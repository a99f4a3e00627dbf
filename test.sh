#!/usr/bin/env bash
# Runs the whole test suite (unit, property and end-to-end tests on real MNIST, then the benchmark smoke run).
# Real data comes from $GENLAB_DATA (the shared data folder); Maven resolves every dependency.
set -euo pipefail
cd "$(dirname "$0")"
if [ -z "${GENLAB_DATA:-}" ] && [ -d ../shared/data ]; then
  export GENLAB_DATA="$(cd ../shared/data && pwd)"
fi
# headless Chromium from Debian renders a run report in ReportRenderingTest (skipped, and counted, without it)
if ! command -v chromium >/dev/null; then
  echo "test.sh: installing chromium from Debian..." >&2
  .ci/apt-install chromium \
    || echo "test.sh: chromium could not be installed (no package registry?): the report rendering test is skipped" >&2
fi
# the test JVMs' libtorch threads sleep at once when other work holds the cores (openmp-wait.sh)
. ./openmp-wait.sh
genlab_choose_wait_policy 2
rm -rf */target/surefire-reports
mvn -B -q verify
# the assembly jar through spark-submit on a plain Spark install's standalone cluster (about a minute)
genlab-assembly/spark-submit-test.sh
# two hosts as network namespaces, one killed mid-study (about a minute; needs root and ip netns)
if [ "$(id -u)" = 0 ] && ip netns add genlab-probe$$ 2>/dev/null; then
  ip netns del genlab-probe$$
  genlab-assembly/multi-host-test.sh
else
  echo "test.sh: multi-host-test.sh skipped: it needs root and network namespaces (ip netns)" >&2
fi
# the speed suite's smoke mode (GenLab vs PyTorch, generous limits; installs PyTorch from Debian)
bench/run.sh --quick
# one closing line for CI: the totals of every surefire report
awk -F'[:,]' '/^Tests run:/ {t += $2; f += $4; e += $6; s += $8}
    END {printf "\n%d passed, %d failed, %d skipped\n", t - f - e - s, f + e, s}' */target/surefire-reports/*.txt
