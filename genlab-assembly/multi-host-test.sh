#!/usr/bin/env bash
# A study on two "hosts", one of them lost mid-study. Each host is a Linux network namespace with an
# address of its own on a bridge, running a Spark worker from a Spark install of its own (no GenLab
# jar in either). The master and the spark-submit driver run in this namespace, on the bridge's
# address; the study's --out is a folder both hosts see. Once a cell training on host B has saved
# a checkpoint, every process of host B is killed. The study must finish on host A with the
# embedded master's table: runs.csv equal in every column but resumed_after_epoch and seconds, the
# lost cell resumed after its checkpoint. Needs root (ip netns) and the build (mvn package).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
jar=$(ls "$root"/genlab-assembly/target/genlab-spark-*.jar)
work=$(mktemp -d /tmp/genlab-hosts.XXXXXX)
id=$(( $$ % 10000 ))
bridge=glbr$id hosts=(gla$id glb$id) net=10.231.77
pids=()
log() { echo "multi-host-test: $*" >&2; }
cleanup() {
  for ns in "${hosts[@]}"; do
    ip netns pids "$ns" 2>/dev/null | xargs -r kill -KILL 2>/dev/null || true
    ip netns del "$ns" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do pkill -KILL -P "$pid" 2>/dev/null || true; kill -KILL "$pid" 2>/dev/null || true; done
  ip link del "$bridge" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
ip netns list >/dev/null 2>&1 && [ "$(id -u)" = 0 ] || { log "needs root and ip netns"; exit 1; }

# the network: this namespace on $net.1, host A on $net.2, host B on $net.3
ip link add "$bridge" type bridge
ip addr add "$net.1/24" dev "$bridge"
ip link set "$bridge" up
for i in 0 1; do
  ns=${hosts[$i]}
  ip netns add "$ns"
  ip link add "v$i$bridge" type veth peer name eth0 netns "$ns"
  ip link set "v$i$bridge" master "$bridge" up
  ip -n "$ns" addr add "$net.$((i + 2))/24" dev eth0
  ip -n "$ns" link set eth0 up
  ip -n "$ns" link set lo up
done

# a Spark install for the master and the driver, and one per host (its own folder, hard links)
. genlab-assembly/spark-install.sh
mkdir -p "$work/logs"
spark_install "$work/spark" || { log "no Spark install"; exit 1; }
for h in a b; do mkdir -p "$work/host-$h"; cp -al "$work/spark" "$work/host-$h/spark"; done

port=$(python3 -c "import socket; s=socket.socket(); s.bind(('$net.1', 0)); print(s.getsockname()[1])")
master=spark://$net.1:$port
export SPARK_SCALA_VERSION=2.13
SPARK_HOME=$work/spark SPARK_LOCAL_IP=$net.1 java -Xmx512m -cp "$work/spark/jars/*" \
  org.apache.spark.deploy.master.Master --host "$net.1" --port "$port" --webui-port 0 >"$work/logs/master.log" 2>&1 &
pids+=($!); disown $!
for i in $(seq 60); do (exec 3<>"/dev/tcp/$net.1/$port") 2>/dev/null && break; sleep 0.5; done
for i in 0 1; do
  h=$([ $i = 0 ] && echo a || echo b)
  ip netns exec "${hosts[$i]}" env SPARK_HOME="$work/host-$h/spark" SPARK_LOCAL_IP="$net.$((i + 2))" \
    java -Xmx512m -cp "$work/host-$h/spark/jars/*" org.apache.spark.deploy.worker.Worker --host "$net.$((i + 2))" \
    --cores 1 --memory 2g --webui-port 0 --work-dir "$work/host-$h/work" "$master" >"$work/logs/worker-$h.log" 2>&1 &
  disown $!
done

study=(compare --dataset ring8 --seeds 2 --epochs 4 --lrs 1e-3 --families linear --batch-size 64 --threads 1)
out=$work/shared/cmp
SPARK_LOCAL_IP=$net.1 java -cp "$work/spark/jars/*" org.apache.spark.deploy.SparkSubmit --master "$master" \
  --deploy-mode client --conf "spark.driver.host=$net.1" --class genlab.cli.Main "$jar" "${study[@]}" --out "$out" \
  >"$work/logs/submit.log" 2>&1 &
driver=$!
pids+=($driver)

# a cell that host B trains and that has saved a checkpoint: its lock's holder is a process of host B
lost=
for i in $(seq 1200); do
  kill -0 "$driver" 2>/dev/null || break
  b_pids=" $(ip netns pids "${hosts[1]}" | tr '\n' ' ') "
  for cell in "$out"/cells/*/; do
    [ -f "$cell/checkpoint.bin" ] && [ ! -f "$cell/row.json" ] && [ -f "$cell/.genlab.lock" ] || continue
    holder=$(tr -d ' \n' <"$cell/.genlab.lock" 2>/dev/null || true)
    if [ -n "$holder" ] && [[ $b_pids == *" $holder "* ]]; then lost=$(basename "$cell"); break 2; fi
  done
  sleep 0.1
done
[ -n "$lost" ] || { log "no cell on host B saved a checkpoint before the study ended"; tail -20 "$work/logs/submit.log" >&2; exit 1; }
ip netns pids "${hosts[1]}" | xargs -r kill -KILL
log "killed every process of host B while it trained $lost"

wait "$driver" || { log "the study failed after host B was lost:"; tail -30 "$work/logs/submit.log" >&2; exit 1; }
"$root/genlab" "${study[@]}" --out "$work/embedded" >"$work/logs/embedded.log" 2>&1 \
  || { log "the embedded study failed:"; tail -30 "$work/logs/embedded.log" >&2; exit 1; }
if ! diff <(cut -d, -f1-10 "$out/runs.csv") <(cut -d, -f1-10 "$work/embedded/runs.csv") >&2; then
  log "runs.csv differs from the embedded master's"; exit 1
fi
resumed=$(python3 - "$out/runs.csv" "$lost" <<'EOF'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
name = sys.argv[2]
for r in rows:
    if f"{r['method']}-{r['family']}-lr{r['lr']}-seed{r['seed']}" == name:
        print(r['resumed_after_epoch'])
EOF
)
[ "${resumed:-0}" -ge 1 ] || { log "the lost cell $lost did not resume from its checkpoint (resumed_after_epoch ${resumed:-?})"; exit 1; }
echo "multi-host-test: host B killed while training $lost; the study finished on host A with the embedded master's table, $lost resumed after epoch $resumed"
