#!/usr/bin/env bash
# Resident memory of a whole `./genlab vae` run, sampled every 2 s from outside the process, with the
# epoch each sample falls in. Prints the machine, the peak, and the rise from the end of epoch 2 to the
# highest sample after it (issue 39: peak at most 600 MB, flat after epoch 2).
#   bench/memory.sh [genlab vae options]     e.g. bench/memory.sh --epochs 30 --out /tmp/vae-mem --force
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
trace="$(mktemp -d)"
trap 'rm -rf "$trace"' EXIT
"$root/genlab" --version >/dev/null   # builds the jar when needed, outside the trace
start=$SECONDS
# every line the run prints, with the second it arrived
"$root/genlab" vae "$@" 2>&1 | while IFS= read -r line; do echo "$(( SECONDS - start )) $line"; done > "$trace/log" &
pipeline=$!
sleep 0.5
jvm=""
while kill -0 "$pipeline" 2>/dev/null; do
  [ -z "$jvm" ] && jvm="$(pgrep -f 'genlab.jar vae' | head -1 || true)"
  [ -n "$jvm" ] && echo "$(( SECONDS - start )) $(( $(ps -o rss= -p "$jvm" 2>/dev/null || echo 0) / 1024 ))" >> "$trace/rss"
  sleep 2
done
wait "$pipeline"
/usr/bin/python3 - "$trace/log" "$trace/rss" "$root/bench" <<'PY'
import re, sys
sys.path.insert(0, sys.argv[3])
from machine import describe
print(f"machine: {describe()}")
ends = {}
for line in open(sys.argv[1]):
    m = re.match(r"(\d+) .*epoch\s+(\d+)/(\d+)", line)
    if m:
        ends[int(m.group(2))] = int(m.group(1))
samples = [tuple(map(int, l.split())) for l in open(sys.argv[2]) if l.split()[1] != "0"]
def epoch_of(t):
    return next((e for e in sorted(ends) if t <= ends[e]), max(ends, default=0) + 1)
print("epoch  seconds  RSS MB (last sample of the epoch)")
last = {}
for t, mb in samples:
    last[epoch_of(t)] = (t, mb)
for e, (t, mb) in sorted(last.items()):
    print(f"{e:5d}  {t:7d}  {mb:6d}")
peak = max(mb for _, mb in samples)
print(f"peak {peak} MB over {len(samples)} samples")
if 2 in ends:
    at2 = last[2][1]
    after = max(mb for t, mb in samples if t > ends[2])
    print(f"end of epoch 2: {at2} MB; highest sample after it: {after} MB; rise {100 * (after - at2) / at2:.1f}%")
PY
