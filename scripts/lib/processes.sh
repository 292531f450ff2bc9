# Shared by bench.sh and the measurement scripts under scripts/ (sourced): the processes a run starts, stopped at its end.

# The process ids a script started (nodes, receivers); throwaway_cleanup and the script's own cleanup stop them.
pids=()

# Stops a process: TERM, up to 30 s for it to end, then KILL.
stop_pid() {
  local pid=$1
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}

# On exit, interrupt or termination: stops every process in pids, then the throwaway cluster of work_dir
# (pg_start_throwaway), and removes work_dir.
stop_throwaway_on_exit() {
  throwaway_bin=$1 throwaway_work=$2
  trap 'throwaway_cleanup; exit 130' INT
  trap 'throwaway_cleanup; exit 143' TERM
  trap throwaway_cleanup EXIT
}

throwaway_cleanup() {
  trap - INT TERM EXIT
  set +e
  for pid in ${pids[@]+"${pids[@]}"}; do stop_pid "$pid"; done
  pg_stop_throwaway "$throwaway_bin" "$throwaway_work"
  rm -rf "$throwaway_work"
}
