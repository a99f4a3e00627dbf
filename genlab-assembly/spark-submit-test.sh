#!/usr/bin/env bash
# spark-submit of the assembly jar to a standalone cluster of a plain Spark 4.0.2 install: a master
# and two one-core workers whose class path holds Spark's jars only, so the executors can find
# GenLab, DJL and libtorch nowhere but in the submitted jar. A 4-cell ring8 study with a relative
# --out must give the runs.csv of the embedded master, every column but the seconds, and the
# executors must leave their logs but not their copies of the jar.
# Needs the build (mvn package); prints one line and exits 0 when the tables agree.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
jar=$(ls "$root"/genlab-assembly/target/genlab-spark-*.jar)
work=$(mktemp -d /tmp/genlab-submit.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do pkill -KILL -P "$pid" 2>/dev/null || true; kill -KILL "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# a Spark install with no GenLab on its class path
. genlab-assembly/spark-install.sh
mkdir -p "$work/logs"
spark_install "$work/spark" || { echo "spark-submit-test: no Spark install" >&2; exit 1; }

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
master=spark://127.0.0.1:$port
export SPARK_HOME=$work/spark SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
spark() { java -Xmx512m -cp "$SPARK_HOME/jars/*" "$@"; }
spark org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" --webui-port 0 >"$work/logs/master.log" 2>&1 &
pids+=($!); disown $!
for i in $(seq 60); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.5; done
for i in 0 1; do
  spark org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 --memory 2g --webui-port 0 \
    --work-dir "$work/work-$i" "$master" >"$work/logs/worker-$i.log" 2>&1 &
  pids+=($!); disown $!
done

study=(compare --dataset ring8 --seeds 2 --epochs 1 --lrs 1e-3 --families linear --batch-size 64 --threads 1)
# submitted from a folder of its own, with a relative --out
mkdir -p "$work/submit"
(cd "$work/submit" && java -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit --master "$master" \
    --deploy-mode client --class genlab.cli.Main "$jar" "${study[@]}" --out runs/cmp) >"$work/logs/submit.log" 2>&1 \
  || { echo "spark-submit-test: the submitted study failed:" >&2; tail -30 "$work/logs/submit.log" >&2; exit 1; }
"$root/genlab" "${study[@]}" --out "$work/embedded" >"$work/logs/embedded.log" 2>&1 \
  || { echo "spark-submit-test: the embedded study failed:" >&2; tail -30 "$work/logs/embedded.log" >&2; exit 1; }

submitted=$work/submit/runs/cmp/runs.csv
# the cells ran in executors the workers started from the submitted jar
ls "$work"/work-*/app-*/*/stderr >/dev/null 2>&1 || { echo "spark-submit-test: no executor ran" >&2; exit 1; }
# and their copies of the jar went with them, their logs stayed
for i in $(seq 60); do ls "$work"/work-*/app-*/*/*.jar >/dev/null 2>&1 || break; sleep 0.5; done
if ls "$work"/work-*/app-*/*/*.jar >/dev/null 2>&1; then
  echo "spark-submit-test: the executors left their copies of the jar:" >&2; ls "$work"/work-*/app-*/*/*.jar >&2; exit 1
fi
[ -f "$submitted" ] || { echo "spark-submit-test: no $submitted (relative --out not resolved in the driver?)" >&2; exit 1; }
if ! diff <(cut -d, -f1-11 "$submitted") <(cut -d, -f1-11 "$work/embedded/runs.csv") >&2; then
  echo "spark-submit-test: runs.csv differs from the embedded master's" >&2
  exit 1
fi
echo "spark-submit-test: the submitted study on 2 workers of a plain Spark install gives the embedded master's runs.csv ($(($(wc -l <"$submitted") - 1)) runs)"
