#!/usr/bin/env bash
# API load benchmark (issue 9): recording notifications and reading records over loopback, against pgbench on the
# same PostgreSQL server in the same run.
#
#   bench/http-load.sh [database] [clients] [seconds]    (defaults: vigil_import_bench, 16, 30)
#
# The database must hold a register already, e.g. the one bench/import.sh leaves behind. The script:
#  0. switches autovacuum on for the run, as a production server has it, if the server has it off (as these
#     machines do, in conf.d/90-ci.conf), and back off at the end; then vacuums and analyzes the register, which
#     is what autovacuum does within minutes of a bulk import, so that index-only scans can skip the table;
#  1. runs pgbench's TPC-B-like test and its select-only test (-S), 8 clients each, on a new scale-10 pgbench
#     database of its own;
#  2. starts the packaged service on the register in the demo profile (so that demo users exist and HTTP Basic
#     can make a personal access token) with -Xmx1g on port 18080;
#  3. as met.om, with a bearer token, reads random Metropolitan Police records (GET /api/v1/offenders/{id}) and
#     records a periodic notification for each of others (POST .../notifications, with its audit and
#     obligations), each for a warm-up and then the measured seconds, with wrk (bench/wrk-load.lua, two threads;
#     installed from Debian's packages if missing), or with bench/HttpLoad.java if CLIENT=java. Reading records
#     at 70,000, HttpLoad took 0.31 of the two cores that the service and PostgreSQL share and wrk 0.08 (38 against
#     153 microseconds of CPU a request; docs/benchmarks.md). The warm-up is
#     240 s (WARMUP=): on two cores, recording notifications, the JIT compiler threads still took about a third of
#     the service's CPU 150 s into the load and fell to under 1% by 180 s (6 December 2026), so a shorter one
#     measures the compiler as much as the service. Between the reads and the notifications, for scale, it times
#     the API's floor: a request that only authenticates its token (one query) and answers from memory
#     (GET /api/v1/agencies/MET), with a 60 s warm-up. Every API request pays at least this;
#  4. gives met.om a caseload of 50 Metropolitan Police offenders (the caseload target), then times the My work
#     page, signed in through the sign-in page, for met.om and for met.supervisor (whose page adds the team's
#     workload), and the agency-wide priority list and task APIs, each with one client.
# Results go to target/bench/http/results.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

db=${1:-vigil_import_bench}
clients=${2:-16}
seconds=${3:-30}
warmup=${WARMUP:-240}
jar=$(ls target/vigil-*.jar | grep -v plain | head -n 1)
out=target/bench/http
mkdir -p "$out"
port=18080
psql="psql -h 127.0.0.1 -U postgres -X -q"
results="$out/results.txt"
: > "$results"
if [ "${CLIENT:-wrk}" != java ] && ! command -v wrk > /dev/null; then
  echo "Installing wrk from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk > /dev/null
fi

service=
restore_autovacuum=
cleanup() {
  if [ -n "$service" ]; then kill "$service" 2>/dev/null || true; fi
  if [ -n "$restore_autovacuum" ]; then
    $psql -d postgres -c "alter system reset autovacuum" -c "select pg_reload_conf()" > /dev/null
  fi
}
trap cleanup EXIT
if [ "$($psql -d postgres -tAc "show autovacuum")" = off ]; then
  $psql -d postgres -c "alter system set autovacuum = on" -c "select pg_reload_conf()" > /dev/null
  restore_autovacuum=yes
  echo "autovacuum: switched on for this run (the server's configuration has it off)" | tee -a "$results"
fi
started=$(date +%s)
vacuumdb -h 127.0.0.1 -U postgres -q --analyze "$db"
echo "vacuumdb --analyze $db: $(( $(date +%s) - started )) s" | tee -a "$results"

echo "pgbench (scale 10, 8 clients, 2 threads, ${seconds} s)" | tee -a "$results"
# A new pgbench database each run: one left from earlier runs has grown and slows pgbench, flattering the ratios.
$psql -d postgres -c "drop database if exists pgbench_bench" -c "create database pgbench_bench"
pgbench -h 127.0.0.1 -U postgres -i -s 10 -q pgbench_bench > /dev/null 2>&1
tpcb=$(pgbench -h 127.0.0.1 -U postgres -n -c 8 -j 2 -T "$seconds" pgbench_bench 2>/dev/null \
    | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
selects=$(pgbench -h 127.0.0.1 -U postgres -n -S -c 8 -j 2 -T "$seconds" pgbench_bench 2>/dev/null \
    | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
echo "pgbench TPC-B-like: $tpcb tps; select-only (-S): $selects tps" | tee -a "$results"

offenders=$($psql -d "$db" -tAc "select count(*) from offender")
echo "register: $offenders offenders in $db" | tee -a "$results"
$psql -d "$db" -tAc "select id from offender where managing_agency_code = 'MET' and status = 'ACTIVE'
    order by md5(id::text) limit 20000" > "$out/read-ids.txt"
$psql -d "$db" -tAc "select id from offender where managing_agency_code = 'MET' and status = 'ACTIVE'
    order by md5(id::text) desc limit 20000" > "$out/notify-ids.txt"

java -Xmx1g -jar "$jar" --spring.profiles.active=demo --server.port=$port \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db?reWriteBatchedInserts=true" \
    --spring.datasource.username=postgres --spring.datasource.password= \
    --logging.level.root=warn > "$out/service.log" 2>&1 &
service=$!
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null && break
  sleep 1
done
token=$(curl -sf -u met.om:vigil-demo-password -X POST "http://127.0.0.1:$port/api/v1/account/tokens" \
    -H 'Content-Type: application/json' \
    -d '{"name":"benchmark","scopes":["OFFENDER_READ","OFFENDER_WRITE"],"days":1}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
floor=$(curl -sf -u met.om:vigil-demo-password -X POST "http://127.0.0.1:$port/api/v1/account/tokens" \
    -H 'Content-Type: application/json' \
    -d '{"name":"benchmark","scopes":["REFERENCE_READ"],"days":1}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
supervisor=$(curl -sf -u met.supervisor:vigil-demo-password -X POST "http://127.0.0.1:$port/api/v1/account/tokens" \
    -H 'Content-Type: application/json' \
    -d '{"name":"benchmark","scopes":["OFFENDER_READ","TEAM_WORKLOAD_READ"],"days":1}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')

load() { java bench/HttpLoad.java --url="http://127.0.0.1:$port" "$@"; }

# wrk's warm-up, whose figures are dropped, then its measured run: wrk_load warm-up-seconds mode ids-or-path token
wrk_load() {
  wrk -t2 -c"$clients" -d"$1s" -s bench/wrk-load.lua "http://127.0.0.1:$port" -- "$2" "$3" "$4" > /dev/null
  wrk -t2 -c"$clients" -d"${seconds}s" --timeout 30s -s bench/wrk-load.lua "http://127.0.0.1:$port" \
      -- "$2" "$3" "$4" | sed -n '/^mode=/,$p'
}

# Read or notify (mode, ids file) with the chosen client.
api_load() {
  if [ "${CLIENT:-wrk}" = java ]; then
    load --token="$token" --mode="$1" --ids="$2" --clients="$clients" --warmup="$warmup" --seconds="$seconds"
  else
    wrk_load "$warmup" "$1" "$2" "$token"
  fi
}

echo "read a record (GET /api/v1/offenders/{id}), $clients clients:" | tee -a "$results"
api_load read "$out/read-ids.txt" | tee -a "$results"
echo "the API's floor: GET /api/v1/agencies/MET (the token's one query, then an answer from memory), $clients clients:" \
    | tee -a "$results"
if [ "${CLIENT:-wrk}" = java ]; then
  load --token="$floor" --mode=get --path=/api/v1/agencies/MET --clients="$clients" --warmup=60 --seconds="$seconds"
else
  wrk_load 60 get /api/v1/agencies/MET "$floor"
fi | tee -a "$results"
echo "record a notification (POST /api/v1/offenders/{id}/notifications), $clients clients:" | tee -a "$results"
api_load notify "$out/notify-ids.txt" | tee -a "$results"
$psql -d "$db" -c "update offender set offender_manager = 'met.om' where id in (select id from offender
    where managing_agency_code = 'MET' and status = 'ACTIVE' order by md5(id::text) limit 50)" > /dev/null
for user in met.om met.supervisor; do
  echo "My work page: GET / as $user, 1 client:" | tee -a "$results"
  load --sign-in="$user:vigil-demo-password:${VIGIL_DEMO_TOTP_SECRET:-VIGILDEMOVIGILDEMOVIGILDEMOVIGIL}" --mode=get \
      --path=/ --clients=1 --warmup=30 --seconds=20 | tee -a "$results"
done
for path in "/api/v1/priorities?scope=AGENCY" "/api/v1/tasks" "/api/v1/risk-tasks"; do
  echo "My work: GET $path as met.supervisor, 1 client:" | tee -a "$results"
  load --token="$supervisor" --mode=get --path="$path" --clients=1 --warmup=30 --seconds=20 | tee -a "$results"
done
echo "service heap: $(grep -c OutOfMemoryError "$out/service.log" || true) OutOfMemoryError in the log (-Xmx1g)" \
    | tee -a "$results"
