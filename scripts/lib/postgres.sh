# Shared by run.sh, bench.sh and scripts/soak.sh (sourced): running a private PostgreSQL cluster from Debian's
# packages. initdb and postgres refuse to run as root, so as root the cluster belongs to the postgres user.

is_root() { [ "$(id -u)" -eq 0 ]; }
as_root() { if is_root; then "$@"; else sudo "$@"; fi; }
as_pg() { if is_root; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }

# Installs Debian's PostgreSQL packages when no server is installed.
pg_install_if_missing() {
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null && return 0
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql postgresql-contrib
}

# The bin folder for a cluster: the major version it was created with, or the newest installed for a new one.
pg_bin_for() {
  local data_dir=$1 bin=""
  [ ! -s "$data_dir/PG_VERSION" ] || bin="/usr/lib/postgresql/$(cat "$data_dir/PG_VERSION")/bin"
  [ -x "$bin/pg_ctl" ] || bin=$(dirname "$(printf '%s\n' /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
  echo "$bin"
}

# Creates a folder the postgres user can reach: as root, adds o+x (search, not list) where a parent lacks it.
pg_reachable_dir() {
  local dir=$1 path="" part parts
  mkdir -p "$dir"
  if is_root && ! runuser -u postgres -- test -x "$dir"; then
    echo "Letting the postgres user reach $dir (chmod o+x on its folders)"
    IFS=/ read -ra parts <<<"${dir#/}"
    for part in "${parts[@]}"; do
      path="$path/$part"
      runuser -u postgres -- test -x "$path" || chmod o+x "$path"
    done
  fi
}

# A throwaway cluster for one run (scripts/soak.sh, scripts/erasure-latency.sh): created in work_dir/pg, started on
# 127.0.0.1:port with its socket and log in work_dir, with an empty database "matching". Stop it with
# pg_stop_throwaway before removing work_dir.
pg_start_throwaway() {
  local bin=$1 work_dir=$2 port=$3
  if is_root; then chown postgres:postgres "$work_dir"; fi
  pg_init_cluster "$bin" "$work_dir/pg"
  as_pg "$bin/pg_ctl" -D "$work_dir/pg" -l "$work_dir/pg.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$work_dir" start >/dev/null
  "$bin/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "CREATE DATABASE matching"
}

pg_stop_throwaway() { as_pg "$1/pg_ctl" -D "$2/pg" -m fast stop >/dev/null 2>&1; }

# Creates the cluster in data_dir unless one is there; what a failed initdb left behind is removed first.
pg_init_cluster() {
  local bin=$1 data_dir=$2
  [ ! -s "$data_dir/PG_VERSION" ] || return 0
  echo "Creating the PostgreSQL cluster in $data_dir"
  rm -rf "$data_dir"
  mkdir -p "$data_dir"
  if is_root; then chown postgres:postgres "$data_dir"; fi
  as_pg "$bin/initdb" -D "$data_dir" -U postgres -A trust -E UTF8 --no-locale >/dev/null
}
