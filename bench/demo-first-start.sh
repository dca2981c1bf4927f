#!/usr/bin/env bash
# Times the demo's first start: from launching the packaged service on an empty H2 database until the synthetic
# register is loaded. Usage: bench/demo-first-start.sh [runs] [offenders]   (run after ./mvnw package -DskipTests)
set -euo pipefail
runs=${1:-3}
offenders=${2:-50000}
jar=$(ls "$(cd "$(dirname "$0")/.." && pwd)"/target/vigil-*.jar | head -1)
work=$(mktemp -d)
trap 'pkill -f "$work" || true; rm -rf "$work"' EXIT
printf 'run\tstart to loaded (s)\tloading (ms)\tgenerating (ms)\n'
for run in $(seq 1 "$runs"); do
  rm -rf "$work/data" && mkdir -p "$work/data"
  start=$(date +%s.%N)
  (cd "$work" && exec java -jar "$jar" --server.port=0 --vigil.demo.offenders="$offenders" \
      --spring.datasource.url="jdbc:h2:file:$work/data/vigil;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
      > "$work/run.log" 2>&1) &
  pid=$!
  until grep -q "Loaded a synthetic register" "$work/run.log"; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/run.log"; exit 1; }
    sleep 0.2
  done
  end=$(date +%s.%N)
  line=$(grep "Loaded a synthetic register" "$work/run.log")
  loading=$(sed -E 's/.* in ([0-9]+) ms \(([0-9]+) ms generating\).*/\1/' <<< "$line")
  generating=$(sed -E 's/.* in ([0-9]+) ms \(([0-9]+) ms generating\).*/\2/' <<< "$line")
  printf '%s\t%.1f\t%s\t%s\n' "$run" "$(echo "$end - $start" | bc)" "$loading" "$generating"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
