"""Prints the fastest of a twin's probe runs as TORCH_THREADS:OPENBLAS_THREADS, judged by the
workload's first printed measure (a time, or a rate for _per_s and _gflops).

Usage: fastest_setting.py OUT_DIR WORKLOAD   (reads OUT_DIR/probe-WORKLOAD-T_B, as bench/run.sh writes them)
"""
import glob
import re
import sys

out, workload = sys.argv[1], sys.argv[2]
results = {}
for path in glob.glob(f"{out}/probe-{workload}-*"):
    key, value = re.search(r"(\w+)=([0-9.eE+-]+)", open(path).read()).groups()
    results[path.rsplit("-", 1)[1].replace("_", ":")] = (key, float(value))
higher_is_better = next(iter(results.values()))[0].endswith(("per_s", "gflops"))
best = (max if higher_is_better else min)(results, key=lambda s: results[s][1])
print(best)
