#!/usr/bin/env bash
# Start / stop a local OpenAI-compatible server (llama-cpp-python) for the opt-in LLM test.
#
#   scripts/llm_server.sh start            start in the background, wait until /v1/models answers
#   scripts/llm_server.sh stop             stop the server this script started (pid file)
#   scripts/llm_server.sh run -- CMD ...   start, run CMD with SCREENER_LLM_* set, always stop
#
# Settings (environment): LLM_VENV (venv with llama-cpp-python[server]), LLM_MODEL_PATH (GGUF),
# LLM_HOST (127.0.0.1), LLM_PORT (8765), LLM_N_CTX (8192), LLM_THREADS (2), LLM_ALIAS,
# LLM_WAIT_S (180), LLM_CACHE (~/.cache/art5-screener). Only loopback hosts are used.
set -euo pipefail

LLM_CACHE=${LLM_CACHE:-$HOME/.cache/art5-screener}
LLM_VENV=${LLM_VENV:-$LLM_CACHE/llm-venv}
LLM_MODEL_PATH=${LLM_MODEL_PATH:-$LLM_CACHE/models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf}
LLM_HOST=${LLM_HOST:-127.0.0.1}
LLM_PORT=${LLM_PORT:-8765}
LLM_N_CTX=${LLM_N_CTX:-8192}
LLM_THREADS=${LLM_THREADS:-2}
LLM_ALIAS=${LLM_ALIAS:-qwen2.5-coder-1.5b-instruct-q4_k_m}
LLM_WAIT_S=${LLM_WAIT_S:-180}
PIDFILE=${LLM_PIDFILE:-$LLM_CACHE/llm-server.pid}
LOGFILE=${LLM_LOGFILE:-$LLM_CACHE/llm-server.log}
BASE_URL="http://$LLM_HOST:$LLM_PORT/v1"

ready() {
  "$LLM_VENV/bin/python" - "$BASE_URL/models" <<'EOF' >/dev/null 2>&1
import sys, urllib.request
with urllib.request.urlopen(sys.argv[1], timeout=2) as r:
    sys.exit(0 if r.status == 200 else 1)
EOF
}

start() {
  [ -x "$LLM_VENV/bin/python" ] || { echo "no venv at $LLM_VENV (run: make llm-server-deps)" >&2; exit 1; }
  [ -f "$LLM_MODEL_PATH" ] || { echo "no model at $LLM_MODEL_PATH (run: make llm-model)" >&2; exit 1; }
  if ready; then echo "something already answers at $BASE_URL; not starting another" >&2; exit 1; fi
  mkdir -p "$(dirname "$PIDFILE")"
  echo "starting llama_cpp.server on $BASE_URL (log: $LOGFILE)"
  nohup "$LLM_VENV/bin/python" -m llama_cpp.server \
    --model "$LLM_MODEL_PATH" --model_alias "$LLM_ALIAS" \
    --host "$LLM_HOST" --port "$LLM_PORT" \
    --n_ctx "$LLM_N_CTX" --n_threads "$LLM_THREADS" >"$LOGFILE" 2>&1 &
  echo $! >"$PIDFILE"
  local t0=$SECONDS
  until ready; do
    if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
      echo "server exited during start-up; last log lines:" >&2; tail -n 30 "$LOGFILE" >&2; rm -f "$PIDFILE"; exit 1
    fi
    if (( SECONDS - t0 > LLM_WAIT_S )); then
      echo "server not ready after ${LLM_WAIT_S}s" >&2; stop; exit 1
    fi
    sleep 1
  done
  echo "server ready after $((SECONDS - t0))s"
}

stop() {
  [ -f "$PIDFILE" ] || return 0
  local pid; pid=$(cat "$PIDFILE")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$PIDFILE"
  echo "server stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  run)
    shift; [ "${1:-}" = "--" ] && shift
    start
    trap stop EXIT
    export SCREENER_LLM_PROVIDER=openai SCREENER_LLM_BASE_URL="$BASE_URL" SCREENER_LLM_MODEL="$LLM_ALIAS"
    "$@"
    ;;
  *) echo "usage: $0 start|stop|run -- CMD ..." >&2; exit 2 ;;
esac
