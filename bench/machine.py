"""The processor a benchmark ran on, as every table states it: its model name, its core count and the
vector instruction sets that choose libtorch's and oneDNN's kernels (the flags genlab's
provenance.json records, genlab.run.Processor).

Usage: machine.py (prints the line), or import describe() from it.
"""
import os
import platform
import re

# the same families as genlab.run.Processor's VECTOR pattern
VECTOR = re.compile(r"avx.*|amx.*|fma|f16c|sse4_[12]")


def field(name):
    """The value of /proc/cpuinfo's first line NAME : VALUE, or None."""
    try:
        for line in open("/proc/cpuinfo"):
            key, sep, value = line.partition(":")
            if sep and key.strip() == name:
                return value.strip()
    except OSError:
        pass
    return None


def describe():
    """'AMD EPYC, 2 cores; vector flags: sse4_1 sse4_2 fma ...'"""
    model = field("model name") or platform.processor() or "unknown processor"
    flags = [f for f in (field("flags") or "").split() if VECTOR.fullmatch(f)]
    return f"{model}, {os.cpu_count()} cores; vector flags: {' '.join(flags) if flags else 'unknown'}"


if __name__ == "__main__":
    print(describe())
