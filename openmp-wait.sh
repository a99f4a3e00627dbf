# Sourced by ./genlab and ./test.sh: chooses how libtorch's OpenMP threads wait, from how busy the
# machine's cores are now. libgomp reads the choice once, when libtorch loads, so it is made before
# the JVM starts; a value the caller set (OMP_WAIT_POLICY or GOMP_SPINCOUNT) is kept.
#
# Idle cores: libgomp's default, spinning up to about 3 ms at each barrier before sleeping, the
# fastest setting on a quiet machine. Cores busy with other work: PASSIVE, sleeping at once, so a
# waiting thread never spins on a core another process needs (beside two busy loops a VAE epoch on
# two threads took 27 s spinning, 12 s passive; docs/benchmarks.md, "Under load"). The wait policy changes the
# speed, never the bits. The thread count, which decides the bits, is the CLI's choice: the launcher
# passes the load it sampled on as GENLAB_BUSY_CORES, and a training command given no --threads
# trains on the free cores (at least one).

# prints the other processes' share of the cores, in cores, over 0.2 s (/proc/stat: all CPUs' busy ticks)
genlab_busy_cores() {
  local a b
  read -r -a a < /proc/stat
  sleep 0.2
  read -r -a b < /proc/stat
  # cpu user nice system idle iowait irq softirq steal
  local busy=$(( (b[1] + b[2] + b[3] + b[6] + b[7] + b[8]) - (a[1] + a[2] + a[3] + a[6] + a[7] + a[8]) ))
  local total=$(( busy + (b[4] + b[5]) - (a[4] + a[5]) ))
  [ "$total" -gt 0 ] || { echo 0; return; }
  awk -v busy="$busy" -v total="$total" -v cores="$(nproc)" 'BEGIN { printf "%.2f\n", busy / total * cores }'
}

# genlab_choose_wait_policy THREADS: PASSIVE when other work leaves fewer free cores than THREADS
# (half a core counts as taken), else libgomp's default; THREADS 0 (no engine) samples nothing.
# Sets genlab_busy to the other processes' cores when it sampled them (the launcher passes it on).
genlab_choose_wait_policy() {
  genlab_busy=""
  if [[ "$1" =~ ^[1-9][0-9]{0,5}$ ]] && [ -r /proc/stat ]; then
    genlab_busy="$(genlab_busy_cores)"
    if [ -z "${OMP_WAIT_POLICY:-}" ] && [ -z "${GOMP_SPINCOUNT:-}" ] && awk -v busy="$genlab_busy" -v threads="$1" \
        -v cores="$(nproc)" 'BEGIN { exit !(busy >= cores - threads + 0.5) }'; then
      export OMP_WAIT_POLICY=PASSIVE
    fi
  fi
}
