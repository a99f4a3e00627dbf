#!/usr/bin/env bash
# Sourced by the spark-submit tests: spark_install DIR makes DIR a plain Spark 4.0.2 install, a
# jars folder with spark-core and everything it needs, Spark's log4j2 binding among them, and no
# GenLab or DJL jar, at the versions of the distribution's jars folder (Maven alone would take
# jackson-core 2.17.2 from a transitive path).
spark_install() {
  local dir=$1 pom
  mkdir -p "$dir/jars"
  pom=$(mktemp -d /tmp/genlab-spark-pom.XXXXXX)
  cat > "$pom/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>genlab.test</groupId><artifactId>spark-install</artifactId><version>1</version>
  <dependencyManagement><dependencies>
    <dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-core</artifactId><version>2.18.2</version></dependency>
  </dependencies></dependencyManagement>
  <dependencies>
    <dependency><groupId>org.apache.spark</groupId><artifactId>spark-core_2.13</artifactId><version>4.0.2</version></dependency>
  </dependencies>
</project>
EOF
  if ! mvn -B -q -f "$pom/pom.xml" dependency:copy-dependencies -DoutputDirectory="$dir/jars" >"$pom/mvn.log" 2>&1; then
    echo "could not assemble a Spark install:" >&2; cat "$pom/mvn.log" >&2; rm -rf "$pom"; return 1
  fi
  rm -rf "$pom"
  if ls "$dir/jars" | grep -qE '^(genlab|pytorch|api-0)'; then
    echo "the Spark install holds GenLab or DJL jars" >&2; return 1
  fi
}
