#!/usr/bin/env bash
# Import benchmark (issue 9): `vigil import` of a synthetic register into PostgreSQL, against the baseline of
# loading the same rows with COPY in psql.
#
#   ./mvnw -q package -DskipTests && bench/import.sh [offenders] [runs]     (defaults: 1000000 and 2)
#   BASELINE=no bench/import.sh 1000000 1     only imports, to leave a register for bench/http-load.sh
#
# It generates the register once (`vigil generate`, JSON Lines, seed 20240101) under target/bench/import/. Each run
# then starts from a new database with only the migrations and one administrator, and times the import command
# from launch to exit, in a 1 GB heap, as an operator would run it. After the last run it takes every row the
# import wrote (offenders and their child rows, revisions, notifications, requirements, obligations, name keys,
# audit events and the import's own tables) out with COPY, restores the pre-import database into a second one,
# and times COPY of those rows back in with psql, in one transaction, with the same indexes, keys and triggers.
# Results go to target/bench/import/results.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

offenders=${1:-1000000}
runs=${2:-2}
jar=$(ls target/vigil-*.jar | grep -v plain | head -n 1)
out=target/bench/import
mkdir -p "$out"
file="$out/register-$offenders.jsonl"
psql="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -X"
db=vigil_import_bench
copydb=vigil_copy_bench
export VIGIL_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db?reWriteBatchedInserts=true" VIGIL_DB_USER=postgres \
    VIGIL_DB_PASSWORD=
# The prod profile needs a key to seal authenticator-app secrets; a benchmark run makes a throwaway one.
export VIGIL_TOTP_ENCRYPTION_KEY=${VIGIL_TOTP_ENCRYPTION_KEY:-$(head -c 32 /dev/urandom | base64)}

now() { date +%s.%N; }

if [ ! -f "$file" ]; then
  echo "Generating $offenders offenders into $file"
  java -Xmx1g -jar "$jar" generate --offenders="$offenders" --seed=20240101 --out="$file"
fi
records=$(wc -l < "$file")
echo "File: $file, $records records, $(du -h "$file" | cut -f1)" | tee "$out/results.txt"

fresh_database() {
  $psql -d postgres -c "drop database if exists $1" -c "create database $1"
}

for run in $(seq 1 "$runs"); do
  fresh_database $db
  java -jar "$jar" create-admin bench.admin --agency=NCA --name="Benchmark administrator" \
      --spring.profiles.active=prod > /dev/null
  pg_dump -h 127.0.0.1 -U postgres -Fc -f "$out/before.dump" $db
  audit_before=$($psql -d $db -tAc "select coalesce(max(seq), 0) from audit_event")
  started=$(now)
  java -Xmx1g -jar "$jar" import "$file" --source=synthetic --as=bench.admin --spring.profiles.active=prod \
      2> "$out/progress-$run.txt" | tee "$out/import-$run.txt"
  ended=$(now)
  seconds=$(echo "$ended - $started" | bc -l)
  echo "run $run: vigil import $(printf '%.1f' "$seconds") s, $(echo "$records / $seconds" | bc) records/s" \
      | tee -a "$out/results.txt"
done

# BASELINE=no stops here, leaving the register for bench/http-load.sh without the COPY baseline.
if [ "${BASELINE:-yes}" = no ]; then
  exit 0
fi

# The rows the import wrote, table by table, in an order that satisfies the foreign keys.
tables="import_job offender offender_alias offender_alias_date_of_birth offender_mark offender_passport conviction
  offender_address offender_revision notification_requirement notification obligation name_key import_source
  import_problem"
rows=0
: > "$out/copy-in.sql"
echo "begin;" >> "$out/copy-in.sql"
for t in $tables; do
  $psql -d $db -c "\\copy $t to '$out/$t.copy'"
  n=$($psql -d $db -tAc "select count(*) from $t")
  rows=$((rows + n))
  echo "\\copy $t from '$out/$t.copy'" >> "$out/copy-in.sql"
done
$psql -d $db -c "\\copy (select * from audit_event where seq > $audit_before order by seq) to '$out/audit_event.copy'"
rows=$((rows + $($psql -d $db -tAc "select count(*) from audit_event where seq > $audit_before")))
echo "\\copy audit_event from '$out/audit_event.copy'" >> "$out/copy-in.sql"
echo "commit;" >> "$out/copy-in.sql"

fresh_database $copydb
pg_restore -h 127.0.0.1 -U postgres -d $copydb "$out/before.dump"
$psql -d $copydb -c "checkpoint"
started=$(now)
$psql -d $copydb -f "$out/copy-in.sql"
ended=$(now)
seconds=$(echo "$ended - $started" | bc -l)
echo "baseline: COPY of the same $rows rows in psql $(printf '%.1f' "$seconds") s," \
    "$(echo "$records / $seconds" | bc) offenders/s" | tee -a "$out/results.txt"
