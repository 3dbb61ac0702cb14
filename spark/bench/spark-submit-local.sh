#!/usr/bin/env bash
# Runs the job jar the way spark-submit does (org.apache.spark.deploy.SparkSubmit, Spark's own jars
# on the class path, the job jar as the application), in local[2]: checks the shaded jar itself.
# Usage (from spark/, after `mvn -B package`): bench/spark-submit-local.sh JOB-ARGS...
# e.g.  bench/spark-submit-local.sh --files-from paths.txt -o /tmp/out --site-templates
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q dependency:build-classpath -DincludeScope=provided -Dmdep.outputFile=target/spark.classpath >/dev/null
JVM_OPTS=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' pom.xml)
export SPARK_LOCAL_IP=127.0.0.1
# shellcheck disable=SC2086
exec java $JVM_OPTS -Xmx2g -cp "$(cat target/spark.classpath)" org.apache.spark.deploy.SparkSubmit \
  --master 'local[2]' --conf spark.ui.enabled=false --class io.textmend.spark.CleanJob \
  target/textmend-spark-job.jar "$@"
