#!/usr/bin/env bash
# Local Neo4j 5.26 Community (embedded jars from Maven Central, Bolt only, 127.0.0.1).
#
#   neo4j/neo4j.sh fetch                                 build/fetch jars into neo4j/target (idempotent)
#   neo4j/neo4j.sh start [--dir DIR] [--port N] [--auth]  start in background, print bolt URI
#   neo4j/neo4j.sh stop  [--dir DIR]                     SIGTERM, then SIGKILL after NEO4J_STOP_TIMEOUT s
#   neo4j/neo4j.sh status [--dir DIR]                    exit 0 if running (prints pid + URI), 3 if not
#
# DIR (default neo4j/run) holds pid, uri, neo4j.log and the database under DIR/home (kept across
# restarts; delete DIR for a fresh database). --port defaults to $NEO4J_BOLT_PORT or 7687; 0 = any
# free port. --auth enables auth for user neo4j with the password in env NEO4J_PASSWORD.
# Env: NEO4J_JAVA_OPTS (default "-Xms256m -Xmx1g"), NEO4J_MVN_ARGS (extra Maven args, e.g. -o).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TARGET="$HERE/target"
STAMP="$TARGET/lib/.built"   # written after a successful build; newer than pom + sources => skip Maven
MAIN=papergraph.EmbeddedNeo4j

die() { echo "neo4j.sh: $*" >&2; exit 1; }

fetch() {
  mkdir -p "$TARGET"
  # Subshell holds the lock on fd 9 so concurrent fetches serialise, and the fd is closed
  # afterwards (a JVM started later must not inherit the lock).
  ( flock 9; fetch_locked ) 9>"$TARGET/.fetch.lock"
}

fetch_locked() {
  if [[ -f "$STAMP" && -d "$TARGET/classes/papergraph" && "$STAMP" -nt "$HERE/pom.xml" ]] &&
     [[ -z "$(find "$HERE/src" -newer "$STAMP" -print -quit)" ]]; then
    return 0
  fi
  command -v mvn >/dev/null || die "fetch: mvn not found (needs Maven 3.8+ and Java 17+)"
  local log="$TARGET/fetch.log"
  rm -rf "$TARGET/lib"   # drop jars of an older neo4j.version so they can't shadow the new ones
  echo "neo4j.sh: building embedded Neo4j with Maven (a cold ~/.m2 downloads ~175 MB)..." >&2
  # shellcheck disable=SC2086  # NEO4J_MVN_ARGS is intentionally word-split
  if ! mvn -B -q -Dstyle.color=never -f "$HERE/pom.xml" ${NEO4J_MVN_ARGS:-} package >"$log" 2>&1; then
    echo "neo4j.sh: fetch FAILED: Maven could not build/fetch the Neo4j jars. Maven said:" >&2
    grep -E '\[ERROR\]|Could not|BUILD FAILURE' "$log" | head -n 30 >&2 || tail -n 40 "$log" >&2
    echo "neo4j.sh: full log: $log" >&2
    exit 1
  fi
  touch "$STAMP"
}

# Parse --dir/--port/--auth into DIR, PORT, AUTH.
parse_args() {
  DIR="$HERE/run"; PORT="${NEO4J_BOLT_PORT:-7687}"; AUTH=""
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --dir)  DIR="$2"; shift 2 ;;
      --port) PORT="$2"; shift 2 ;;
      --auth) AUTH="--auth"; shift ;;
      *) die "unknown argument: $1" ;;
    esac
  done
  mkdir -p "$DIR"
  DIR="$(cd "$DIR" && pwd)"
}

# Prints the pid if DIR/pid names a live EmbeddedNeo4j process (guards against recycled pids).
running_pid() {
  local pid
  pid="$(cat "$DIR/pid" 2>/dev/null)" || return 1
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null &&
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$MAIN" && echo "$pid"
}

start() {
  parse_args "$@"
  if pid="$(running_pid)"; then
    echo "neo4j.sh: already running (pid $pid)" >&2
    cat "$DIR/uri"
    return 0
  fi
  fetch
  [[ "$AUTH" && -z "${NEO4J_PASSWORD:-}" ]] && die "start --auth needs NEO4J_PASSWORD in the environment"
  rm -f "$DIR/uri" "$DIR/pid"
  : >"$DIR/stdout.log"
  # setsid: own session, so Ctrl-C in the calling terminal doesn't reach it. It execs java
  # (we're not a process-group leader), so $! is the JVM's pid.
  # shellcheck disable=SC2086  # NEO4J_JAVA_OPTS is intentionally word-split
  nohup setsid "${JAVA_HOME:+$JAVA_HOME/bin/}java" @"$HERE/jvm.args" ${NEO4J_JAVA_OPTS:--Xms256m -Xmx1g} \
    -cp "$TARGET/classes:$TARGET/lib/*" "$MAIN" --home "$DIR/home" --port "$PORT" $AUTH \
    >"$DIR/stdout.log" 2>"$DIR/neo4j.log" </dev/null &
  local pid=$! uri=""
  echo "$pid" >"$DIR/pid"
  for _ in $(seq 1 480); do   # 480 x 0.25 s = 120 s
    uri="$(sed -n 's/^NEO4J_READY //p' "$DIR/stdout.log")"
    [[ -n "$uri" ]] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  if [[ -z "$uri" ]]; then
    echo "neo4j.sh: Neo4j did not become ready; log tail ($DIR/neo4j.log):" >&2
    tail -n 40 "$DIR/neo4j.log" >&2
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$DIR/pid"
    exit 1
  fi
  echo "$uri" >"$DIR/uri"
  echo "$uri"
}

stop() {
  parse_args "$@"
  local pid
  if ! pid="$(running_pid)"; then
    echo "neo4j.sh: not running" >&2
    rm -f "$DIR/pid" "$DIR/uri"
    return 0
  fi
  kill -TERM "$pid"
  local timeout="${NEO4J_STOP_TIMEOUT:-30}"
  for _ in $(seq 1 $((timeout * 4))); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "neo4j.sh: no exit after ${timeout}s, sending SIGKILL" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$DIR/pid" "$DIR/uri"
  echo "neo4j.sh: stopped (pid $pid)" >&2
}

status() {
  parse_args "$@"
  local pid
  if pid="$(running_pid)"; then
    echo "running pid=$pid uri=$(cat "$DIR/uri" 2>/dev/null)"
  else
    echo "stopped"
    exit 3
  fi
}

cmd="${1:-}"; shift || true
case "$cmd" in
  fetch) fetch ;;
  start) start "$@" ;;
  stop) stop "$@" ;;
  status) status "$@" ;;
  *) echo "usage: $0 {fetch|start|stop|status} [--dir DIR] [--port N] [--auth]" >&2; exit 2 ;;
esac
