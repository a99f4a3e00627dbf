"""Reads the name=value files bench/run.sh collected and prints the GenLab/PyTorch table; the full
suite also writes docs/benchmarks.md, the quick one fails when a measure's best pair exceeds its generous
limit (a load spike slows one pair; a regression slows every pair).

Usage: report.py OUT_DIR QUICK THREADS SECONDS
"""
import glob
import os
import re
import statistics
import sys

from machine import describe

out, quick, threads, seconds = sys.argv[1], sys.argv[2] == "1", sys.argv[3], sys.argv[4]
QUICK_LIMIT = 3.0
# issue 39's bounds: GenLab/PyTorch time ratio at most this (for a rate, PyTorch's rate over ours)
RATIO_TARGETS = {"vae_epoch_s": 1.0, "convgan_100_iterations_s": 1.0, "dualgan_1000_iterations_s": 1.0,
                 "iwae_k5000_1000_images_s": 0.7, "sample_images_per_s": 1.0}
IDEAL_TARGET = 0.6
MEMORY_TARGET_MB = 600
# training FLOPs per sample of the 784-400-20 VAE: 3x the forward products minus the unused input gradient
VAE_MACS = 784 * 400 + 400 * 40 + 20 * 400 + 400 * 784
VAE_FLOP_PER_SAMPLE = 2 * (3 * VAE_MACS - 784 * 400)
HIGHER_IS_BETTER = ("gflops", "per_s")


def values(path):
    text = open(path).read()
    return {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.eE+-]+)\b", text) if k not in ("threads", "interop")}


def peak_rss_mb(path):
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(path).read())
    return int(m.group(1)) / 1024 if m else float("nan")


rows, memory, engine_start, mismatched = [], {}, [], []
for workload in sorted({os.path.basename(p).split("-")[1] for p in glob.glob(f"{out}/genlab-*")}):
    pairs = sorted(p.rsplit("-", 1)[1] for p in glob.glob(f"{out}/genlab-{workload}-*"))
    ours = [values(f"{out}/genlab-{workload}-{p}") for p in pairs]
    theirs = [values(f"{out}/torch-{workload}-{p}") for p in pairs]
    memory[workload] = max(peak_rss_mb(f"{out}/time-{workload}-{p}") for p in pairs)
    engine_start += [o.pop("engine_start_s") for o in ours]
    for key in [k for k in ours[0] if k.endswith("_parameters")]:
        # both sides print their model's trained values: a twin of another size is not a twin
        counts = {o.pop(key) for o in ours} | {t.pop(key, None) for t in theirs}
        if len(counts) != 1:
            mismatched.append(f"{key}: GenLab and PyTorch train different models ({sorted(map(str, counts))})")
    for key in ours[0]:
        a, b = [o[key] for o in ours], [t[key] for t in theirs]
        # the ratio is GenLab's time over PyTorch's (< 1: GenLab is faster), per pair
        ratios = [(y / x) if key.endswith(HIGHER_IS_BETTER) else (x / y) for x, y in zip(a, b)]
        rows.append((key, statistics.median(a), statistics.median(b), ratios))

if mismatched:
    print("bench: " + "; ".join(mismatched), file=sys.stderr)
    sys.exit(1)
torch_info = open(f"{out}/torch-info").read().strip()
lines = [
    "| measure | GenLab (median) | PyTorch (median) | GenLab/PyTorch time ratio per pair | median ratio |",
    "|---|---:|---:|---|---:|",
]
for key, a, b, ratios in rows:
    lines.append(f"| {key} | {a:.3f} | {b:.3f} | {', '.join(f'{r:.2f}' for r in ratios)} | {statistics.median(ratios):.2f} |")
table = "\n".join(lines)
summary = {k: (a, b, r) for k, a, b, r in rows}
extra = []
if "vae_epoch_s" in summary and "matmul_gflops" in summary:
    gflops = summary["matmul_gflops"][0]
    ideal = 60000 * VAE_FLOP_PER_SAMPLE / (gflops * 1e9)
    epoch = summary["vae_epoch_s"][0]
    extra.append(f"- Matrix-work ideal of a VAE epoch: 60,000 x {VAE_FLOP_PER_SAMPLE / 1e6:.2f} MFLOP at "
                 f"{gflops:.1f} GFLOP/s = {ideal:.2f} s; our epoch {epoch:.2f} s is **{100 * ideal / epoch:.0f}%** of that ideal.")
for workload in ("vae", "convgan"):
    trace = f"{out}/rss-{workload}-1"
    if os.path.exists(trace):
        samples = [tuple(map(int, line.split())) for line in open(trace) if len(line.split()) == 2]
        extra.append(f"- Resident memory of GenLab's {workload} run over time (first pair, sampled every second "
                     "from outside; seconds: MB): " + ", ".join(f"{t}: {mb}" for t, mb in samples if mb > 0))
settings = []
for workload in sorted({os.path.basename(p).split("-")[1] for p in glob.glob(f"{out}/probe-*")}):
    used = open(f"{out}/setting-{workload}").read().strip()
    probes = sorted((os.path.basename(p).rsplit("-", 1)[1].replace("_", ":"), values(p)) for p in glob.glob(f"{out}/probe-{workload}-*"))
    settings.append(f"{workload} " + ", ".join(f"{s} {next(iter(v.values())):.3f}{' (used)' if s == used else ''}" for s, v in probes))
if settings:
    extra.append("- PyTorch's thread settings, torch intra-op:OpenBLAS threads, one probe run each (first measure): "
                 + "; ".join(settings))
defaults = []
for path in sorted(glob.glob(f"{out}/defaults-*")):
    workload = os.path.basename(path).split("-", 1)[1]
    defaults.append(f"{workload} {next(iter(values(path).values())):.3f}")
if defaults:
    extra.append("- PyTorch with glibc's malloc defaults instead of the launcher's settings, one run each in the "
                 "setting used (first measure): " + "; ".join(defaults))
extra.append("- Peak resident memory per GenLab run (MB): " + ", ".join(f"{w} {m:.0f}" for w, m in memory.items()))
targets = []
for key, limit in RATIO_TARGETS.items():
    if key in summary:
        ratio = statistics.median(summary[key][2])
        targets.append(f"- {key}: ratio {ratio:.2f}, target <= {limit}: **{'met' if ratio <= limit else 'not met'}**")
if "vae_epoch_s" in summary and "matmul_gflops" in summary:
    fraction = ideal / epoch
    targets.append(f"- VAE epoch at {100 * fraction:.0f}% of the matrix-work ideal, target >= "
                   f"{100 * IDEAL_TARGET:.0f}%: **{'met' if fraction >= IDEAL_TARGET else 'not met'}**")
if "vae" in memory:
    targets.append(f"- VAE peak memory {memory['vae']:.0f} MB, target <= {MEMORY_TARGET_MB}: "
                   f"**{'met' if memory['vae'] <= MEMORY_TARGET_MB else 'not met'}**")
jvm = [float(open(p).read().split()[-1]) for p in glob.glob(f"{out}/jvm-*")]
extra.append(f"- Start-up: JVM + picocli (`java -jar genlab-cli/target/genlab.jar --version`), median {statistics.median(jvm):.2f} s; "
             f"engine (libtorch load + first op) inside a run, median {statistics.median(engine_start):.2f} s")
for command in ("help", "theory"):
    walls = [float(open(p).read().split()[-1]) for p in glob.glob(f"{out}/launcher-{command}-*")]
    if walls:
        wall = statistics.median(walls)
        label = "--help" if command == "help" else command
        targets.append(f"- `./genlab {label}` wall time {wall:.2f} s (median of {len(walls)}), target < 1 s (issue 16): "
                       f"**{'met' if wall < 1 else 'not met'}**")
report = "\n".join([
    f"Machine: {describe()}. GenLab with its default intra-op threads ({threads}, one for the 2-D Dualing GAN), 1 inter-op; PyTorch with 1 "
    f"inter-op and the fastest of three settings of its intra-op and OpenBLAS threads (listed below). Both "
    f"sides with the launcher's glibc malloc settings ({', '.join(f'{k}={v}' for k, v in sorted(os.environ.items()) if k.startswith('MALLOC_'))}).",
    f"PyTorch: {torch_info}",
    "",
    table,
    "",
    *extra,
    f"- Suite wall time: {seconds} s",
    *(["", "Targets (issue 39):", "", *targets] if targets else []),
])
print(report)
if quick:
    bad = [(k, min(r)) for k, a, b, r in rows if min(r) > QUICK_LIMIT]
    if bad:
        print(f"bench --quick: best pairs' ratios above {QUICK_LIMIT}: {bad}", file=sys.stderr)
        sys.exit(1)
    print(f"bench --quick: every measure's best pair within {QUICK_LIMIT}")
else:
    with open("docs/benchmarks.md.tmp", "w") as f:
        f.write("# Benchmarks: GenLab against PyTorch on the same CPU\n\n")
        f.write("Produced by `bench/run.sh` (GENLAB_DATA pointing at the shared MNIST); every number below is "
                "from that run. Each workload runs GenLab (`./genlab bench WORKLOAD`, through the launcher) and "
                "its PyTorch twin (`bench/torch_bench.py WORKLOAD`) alternately in fresh processes. Times in "
                "seconds; the ratio is GenLab's time over PyTorch's (below 1: GenLab is faster; for "
                "GFLOP/s and images/s it is PyTorch's rate over ours).\n\n")
        f.write(report + "\n")
        # the contention table (bench/contention.sh) and the hand-written notes, as they stand
        for extra_page in ("contention.md", "notes.md"):
            path = os.path.join(os.path.dirname(os.path.abspath(__file__)), extra_page)
            if os.path.exists(path):
                f.write("\n" + open(path).read())
    os.replace("docs/benchmarks.md.tmp", "docs/benchmarks.md")
