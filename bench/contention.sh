#!/usr/bin/env bash
# GenLab under contention: each workload in four conditions (alone, beside one busy loop, beside two,
# beside a second GenLab run of the same workload at the launcher's defaults), at each candidate
# setting of libtorch's OpenMP pool (thread count, wait policy), and its PyTorch twin at its fastest
# quiet setting in the same conditions. Settings run one after another within a condition (round
# robin, --reps rounds); each cell is the median of its runs.
#   bench/contention.sh [--reps R] [--workloads "vae convgan dualgan iwae"] [--conditions "alone busy2"]
#                       [--settings "launcher,passive"] [--out FILE]
# Prints a Markdown table (seconds, and each setting's ratio to the row's best GenLab setting).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
reps=1; workloads="vae convgan dualgan iwae"; conditions="alone busy1 busy2 genlab2"; table=""; only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --reps) reps="$2"; shift 2 ;;
    --workloads) workloads="$2"; shift 2 ;;
    --conditions) conditions="$2"; shift 2 ;;
    --settings) only="$2"; shift 2 ;;
    --out) table="$2"; shift 2 ;;
    *) echo "contention.sh: unknown option $1 (expected --reps, --workloads, --conditions, --settings or --out)" >&2
       exit 2 ;;
  esac
done
export GENLAB_DATA="${GENLAB_DATA:-$root/../shared/data}"
cores="$(nproc)"
./genlab --version >/dev/null   # builds the jar when needed, outside the timings
eval "$(grep '^export MALLOC_' genlab)"

# label|threads|environment. "launcher" is the launcher as it ships: its default threads (one for the
# 2-D Dualing GAN, else all cores) and the wait policy openmp-wait.sh chooses from the load at start;
# the others set both. libgomp spins GOMP_SPINCOUNT times (about 100,000 a millisecond) before it
# sleeps; unset, 300,000.
all_settings=(
  "launcher||"
  "spin 300000|$cores|GOMP_SPINCOUNT=300000"
  "spin 10000|$cores|GOMP_SPINCOUNT=10000"
  "spin 1000|$cores|GOMP_SPINCOUNT=1000"
  "passive|$cores|OMP_WAIT_POLICY=PASSIVE GOMP_SPINCOUNT=0"
  "1 thread|1|GOMP_SPINCOUNT=300000"
)
settings=()
for s in "${all_settings[@]}"; do
  if [ -z "$only" ] || [[ ",$only," == *",${s%%|*},"* ]]; then settings+=("$s"); fi
done
# small enough that a setting which collapses under load still ends in minutes
count_of() { case "$1" in dualgan) echo 300 ;; iwae) echo 100 ;; *) echo 1000 ;; esac; }

out="$(mktemp -d)"
load_pids=()
stop_load() {
  for p in "${load_pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${load_pids[@]}"; do wait "$p" 2>/dev/null || true; done
  load_pids=()
}
trap 'stop_load; rm -rf "$out"' EXIT

start_load() {  # condition workload
  case "$1" in
    busy1) yes > /dev/null & load_pids+=($!) ;;
    busy2) yes > /dev/null & load_pids+=($!); yes > /dev/null & load_pids+=($!) ;;
    genlab2)
      # its own process group, so that stopping it stops the JVM it is running
      setsid bash -c "while true; do ./genlab bench $2 --iterations $(count_of "$2") >/dev/null 2>&1; done" &
      load_pids+=($!)
      sleep 3 ;;   # past the second run's engine start
  esac
}
stop_genlab2() { for p in "${load_pids[@]}"; do kill -- -"$p" 2>/dev/null || true; done; }

measure() {  # file command...: the workload's first printed time (nothing when the command failed)
  { "${@:2}" 2>>"$out/errors" || true; } | { grep -o '[a-z0-9_]*_s=[0-9.]*' || true; } | { grep -v engine_start || true; } \
    | head -1 | cut -d= -f2 >> "$1"
}

# the twin's setting: the fastest of three on a quiet machine, as bench/run.sh chooses it
twin_setting() {  # workload
  local best="" best_s=""
  for s in "$cores:$cores" "$cores:1" "1:$cores"; do
    local f="$out/probe"; rm -f "$f"
    measure "$f" env OPENBLAS_NUM_THREADS="${s#*:}" /usr/bin/python3 bench/torch_bench.py "$1" \
      --threads "${s%:*}" --iterations "$(count_of "$1")"
    local t; t="$(cat "$f")"
    if [ -z "$best" ] || awk "BEGIN{exit !($t < $best_s)}"; then best="$s"; best_s="$t"; fi
  done
  echo "$best"
}

started=$SECONDS
for w in $workloads; do
  twin="$(twin_setting "$w")"
  for c in $conditions; do
    echo "contention: $w, $c" >&2
    start_load "$c" "$w"
    for r in $(seq 1 "$reps"); do
      for i in "${!settings[@]}"; do
        IFS='|' read -r label threads envs <<< "${settings[$i]}"
        measure "$out/$w-$c-$i" env $envs ./genlab bench "$w" ${threads:+--threads "$threads"} \
          --iterations "$(count_of "$w")"
      done
      measure "$out/$w-$c-twin" env OPENBLAS_NUM_THREADS="${twin#*:}" /usr/bin/python3 bench/torch_bench.py "$w" \
        --threads "${twin%:*}" --iterations "$(count_of "$w")"
    done
    [ "$c" = genlab2 ] && stop_genlab2
    stop_load
  done
  echo "$twin" > "$out/$w-twin-setting"
done

python3 - "$out" "$workloads" "$conditions" "$((SECONDS - started))" "${settings[@]}" > "$out/table.md" <<'EOF'
import os, statistics, sys
sys.path.insert(0, "bench")
from machine import describe
out, workloads, conditions, seconds, settings = sys.argv[1], sys.argv[2].split(), sys.argv[3].split(), sys.argv[4], sys.argv[5:]
labels = [s.split("|")[0] for s in settings]
def median(path):
    xs = [float(x) for x in open(path).read().split()] if os.path.exists(path) else []
    return statistics.median(xs) if xs else float("nan")
print(f"CPU: {describe()}; {seconds} s. Cells: seconds (median), and / the row's best GenLab setting.\n")
print("| workload | condition | " + " | ".join(labels) + " | PyTorch twin |")
print("|---|---|" + "---:|" * (len(labels) + 1))
for w in workloads:
    twin = open(f"{out}/{w}-twin-setting").read().strip()
    for c in conditions:
        times = [median(f"{out}/{w}-{c}-{i}") for i in range(len(labels))]
        best = min(t for t in times if t == t)
        cells = [f"{t:.2f} ({t / best:.2f})" for t in times]
        tw = median(f"{out}/{w}-{c}-twin")
        print(f"| {w} | {c} | " + " | ".join(cells) + f" | {tw:.2f} ({tw / best:.2f}; {twin}) |")
EOF
cat "$out/table.md"
[ -s "$out/errors" ] && { echo "contention: errors of the runs:" >&2; sort -u "$out/errors" | head -20 >&2; }
[ -n "$table" ] && cp "$out/table.md" "$table"
exit 0
