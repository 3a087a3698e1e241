#!/usr/bin/env bash
# Restores an archive written by backup.sh into an EMPTY database and an empty attachments directory. Everything
# is checked before anything is written: the archive's own checksum (the .sha256 file beside it, if present), its
# layout and format, every file against the manifest inside it, and that the targets are empty.
#
#   db/scripts/restore.sh ARCHIVE.tar.gz
#
# Environment: as backup.sh (MARIADB_HOST, MARIADB_PORT, MARIADB_USER, MARIADB_PASSWORD, MARIADB_BIN), plus
# MARIADB_DATABASE the target database (created if missing; must hold no tables, views, routines or events) and
# TIDTAM_ATTACHMENTS_DIR the target directory for the files (created if missing; must be empty).
# Stop the application first (or point it at the restored database only afterwards).
set -euo pipefail
. "$(cd "$(dirname "$0")" && pwd)/common.sh"

[ $# -eq 1 ] || fail "usage: restore.sh ARCHIVE.tar.gz"
archive=$1
[ -f "$archive" ] || fail "no archive at $archive"
resolve_port
client=$(find_program mariadb mysql)
export MYSQL_PWD="$MARIADB_PASSWORD"

if [ -f "$archive.sha256" ]; then
    expected=$(cut -d ' ' -f 1 < "$archive.sha256")
    actual=$(sha256sum "$archive" | cut -d ' ' -f 1)
    [ "$expected" = "$actual" ] || fail "REFUSED: $archive does not match its checksum ($archive.sha256): the archive is damaged or was changed; nothing restored"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/tidtam-restore.XXXXXX")
trap 'rm -rf "$work"' EXIT
listing=$(tar -tzf "$archive" 2>/dev/null) || fail "REFUSED: $archive cannot be read as a tar.gz archive (damaged or not a backup); nothing restored"
top=$(printf '%s\n' "$listing" | head -n 1 | cut -d / -f 1)
case "$top" in
    tidtam-backup-*) ;;
    *) fail "REFUSED: $archive is not a Tidtam backup (no tidtam-backup-* folder); nothing restored" ;;
esac
if printf '%s\n' "$listing" | grep -v -e "^$top/" -e "^$top\$" | grep -q . || printf '%s\n' "$listing" | grep -q '\.\./'; then
    fail "REFUSED: $archive holds entries outside its backup folder; nothing restored"
fi
tar -xzf "$archive" -C "$work" || fail "REFUSED: $archive cannot be unpacked (damaged); nothing restored"
src="$work/$top"
for required in MANIFEST.sha256 backup-info.txt database.sql; do
    [ -f "$src/$required" ] || fail "REFUSED: the archive lacks $required; nothing restored"
done
grep -qx "format=$FORMAT_VERSION" "$src/backup-info.txt" \
    || fail "REFUSED: the archive's format is not $FORMAT_VERSION (backup-info.txt); nothing restored"

# every file must be in the manifest with its checksum, and every manifest line must find its file
(cd "$src" && sha256sum --check --strict --quiet MANIFEST.sha256 >"$work/check.log" 2>&1) || {
    sed 's/^/    /' "$work/check.log" >&2
    fail "REFUSED: files in the archive do not match its manifest (damaged or changed); nothing restored"
}
(cd "$src" && find . -type f ! -name MANIFEST.sha256 | sort) > "$work/present"
sed 's/^[0-9a-f]*  //' "$src/MANIFEST.sha256" | sort > "$work/listed"
if ! cmp -s "$work/present" "$work/listed"; then
    diff "$work/listed" "$work/present" | sed 's/^/    /' >&2 || true
    fail "REFUSED: the archive holds files its manifest does not list; nothing restored"
fi
tail -n 1 "$src/database.sql" | grep -q '^-- Dump completed' || fail "REFUSED: the dump in the archive is incomplete; nothing restored"

# the targets must be empty: a restore never merges into or overwrites live data
# shellcheck disable=SC2046
objects=$("$client" $(connection_args) --batch --skip-column-names -e "
    select (select count(*) from information_schema.tables where table_schema = '$MARIADB_DATABASE')
         + (select count(*) from information_schema.routines where routine_schema = '$MARIADB_DATABASE')
         + (select count(*) from information_schema.events where event_schema = '$MARIADB_DATABASE')") \
    || fail "cannot reach the database server on $MARIADB_HOST:$MARIADB_PORT as $MARIADB_USER"
[ "$objects" -eq 0 ] || fail "REFUSED: database '$MARIADB_DATABASE' is not empty ($objects tables/routines/events); restore only into an empty database; nothing restored"
if [ -d "$TIDTAM_ATTACHMENTS_DIR" ] && [ -n "$(ls -A "$TIDTAM_ATTACHMENTS_DIR")" ]; then
    fail "REFUSED: attachments directory $TIDTAM_ATTACHMENTS_DIR is not empty; nothing restored"
fi

# shellcheck disable=SC2046
"$client" $(connection_args) -e "create database if not exists \`$MARIADB_DATABASE\` character set utf8mb4 collate utf8mb4_unicode_ci"
# triggers and routines are created by the restoring user: the dump's DEFINER names the user of the source server
# (empty on the embedded server, which runs without grant tables) and may not exist here; rows are left untouched
# shellcheck disable=SC2046
sed -E '/^INSERT INTO/!s/DEFINER=`[^`]*`(@`[^`]*`)?//g' "$src/database.sql" \
    | "$client" $(connection_args) --database="$MARIADB_DATABASE" \
    || fail "FAILED while loading the dump: database '$MARIADB_DATABASE' now holds part of the backup; drop and recreate it, then run again"

mkdir -p "$TIDTAM_ATTACHMENTS_DIR"
if [ -d "$src/attachments" ]; then
    (cd "$src/attachments" && tar -cf - .) | (cd "$TIDTAM_ATTACHMENTS_DIR" && tar -xpf -)
fi
# the files as they now lie in the target, against the manifest once more
grep '  \./attachments/' "$src/MANIFEST.sha256" | sed 's#  \./attachments/#  ./#' > "$work/attachments.sha256" || true
if [ -s "$work/attachments.sha256" ]; then
    (cd "$TIDTAM_ATTACHMENTS_DIR" && sha256sum --check --strict --quiet "$work/attachments.sha256") \
        || fail "FAILED: attachments copied to $TIDTAM_ATTACHMENTS_DIR do not match the manifest"
fi

tables=$("$client" $(connection_args) --batch --skip-column-names \
    -e "select count(*) from information_schema.tables where table_schema = '$MARIADB_DATABASE'")
files=$(wc -l < "$work/attachments.sha256" | tr -d ' ')
say "restored $top: database '$MARIADB_DATABASE' ($tables tables) and $files attachment files into $TIDTAM_ATTACHMENTS_DIR"
