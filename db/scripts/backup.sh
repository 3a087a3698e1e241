#!/usr/bin/env bash
# Backs up Tidtam while it runs: one consistent dump of the whole database (the application's tables, Camunda's
# ACT_* tables, routines, triggers and events) plus the stored attachments, into one dated archive with a SHA-256
# manifest of everything in it.
#
#   db/scripts/backup.sh [OUTPUT_DIR]            # default OUTPUT_DIR: ./backups
#
# Environment: MARIADB_HOST (127.0.0.1) MARIADB_PORT (the running embedded server's, else 3306) MARIADB_USER (root)
# MARIADB_PASSWORD (empty) MARIADB_DATABASE (tidtam) TIDTAM_ATTACHMENTS_DIR (./data/attachments)
# MARIADB_BIN (directory with mariadb-dump; default PATH, then the binaries the embedded server unpacked).
# Prints the archive's path on the last line. Exit code 0 only when the archive is complete and verified.
set -euo pipefail
. "$(cd "$(dirname "$0")" && pwd)/common.sh"

out_dir=${1:-./backups}
resolve_port
dump=$(find_program mariadb-dump mysqldump)
client=$(find_program mariadb mysql)
export MYSQL_PWD="$MARIADB_PASSWORD"

[ -d "$TIDTAM_ATTACHMENTS_DIR" ] || [ ! -e "$TIDTAM_ATTACHMENTS_DIR" ] \
    || fail "TIDTAM_ATTACHMENTS_DIR=$TIDTAM_ATTACHMENTS_DIR is not a directory"
# shellcheck disable=SC2046
tables=$("$client" $(connection_args) --batch --skip-column-names \
    -e "select count(*) from information_schema.tables where table_schema = '$MARIADB_DATABASE'") \
    || fail "cannot reach database '$MARIADB_DATABASE' on $MARIADB_HOST:$MARIADB_PORT as $MARIADB_USER"
[ "$tables" -gt 0 ] || fail "database '$MARIADB_DATABASE' on $MARIADB_HOST:$MARIADB_PORT has no tables: nothing to back up"

stamp=$(date -u +%Y%m%d-%H%M%S)
name="tidtam-backup-$stamp"
mkdir -p "$out_dir"
work=$(mktemp -d "${TMPDIR:-/tmp}/tidtam-backup.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/$name/attachments"

# The files named by the database before the dump must all be in the archive: a wrong TIDTAM_ATTACHMENTS_DIR would
# otherwise give a backup without its files. (Files are on disk before their rows commit and never deleted.)
# The table is case_attachment since V16; a database not yet migrated still has directive_attachment.
# shellcheck disable=SC2046
"$client" $(connection_args) --batch --skip-column-names --database="$MARIADB_DATABASE" \
    -e "select storage_key from case_attachment" > "$work/keys" 2>/dev/null \
    || "$client" $(connection_args) --batch --skip-column-names --database="$MARIADB_DATABASE" \
        -e "select storage_key from directive_attachment" > "$work/keys" 2>/dev/null \
    || : > "$work/keys"

# --single-transaction reads every table from one InnoDB snapshot (a REPEATABLE READ consistent-snapshot
# transaction of its own), so the dump is consistent while users keep working and no table is locked. Naming the
# database without --databases writes no CREATE DATABASE/USE: the dump restores into whatever database is named.
# shellcheck disable=SC2046
"$dump" $(connection_args) --single-transaction --quick --routines --triggers --events --hex-blob \
    --no-tablespaces --skip-add-locks "$MARIADB_DATABASE" \
    > "$work/$name/database.sql" || fail "mariadb-dump failed; no archive written"
tail -n 1 "$work/$name/database.sql" | grep -q '^-- Dump completed' || fail "the dump is incomplete; no archive written"

# Attachments after the dump: a file is on disk before its row commits and is never deleted afterwards, so every
# row in the snapshot finds its file (files of rows committed later come along and are harmless).
if [ -d "$TIDTAM_ATTACHMENTS_DIR" ]; then
    # only finished files: incoming-*.part are uploads still in progress
    (cd "$TIDTAM_ATTACHMENTS_DIR" && find . -type f ! -name 'incoming-*.part' -print0 \
        | tar --null -T - -cf -) | (cd "$work/$name/attachments" && tar -xf -)
fi

missing=0
while IFS= read -r key; do
    [ -f "$work/$name/attachments/$key" ] || missing=$((missing + 1))
done < "$work/keys"
[ "$missing" -eq 0 ] || fail "$missing attachment files named in the database are not in TIDTAM_ATTACHMENTS_DIR=$TIDTAM_ATTACHMENTS_DIR (wrong folder?); no archive written"

server=$("$client" $(connection_args) --batch --skip-column-names -e "select version()")
files=$(cd "$work/$name/attachments" && find . -type f | wc -l | tr -d ' ')
cat > "$work/$name/backup-info.txt" <<INFO
format=$FORMAT_VERSION
created_utc=$stamp
database=$MARIADB_DATABASE
source=$MARIADB_HOST:$MARIADB_PORT
server_version=$server
tables=$tables
attachment_files=$files
INFO
(cd "$work/$name" && find . -type f ! -name MANIFEST.sha256 -print0 | sort -z | xargs -0 sha256sum > MANIFEST.sha256)

archive="$out_dir/$name.tar.gz"
tar -C "$work" -czf "$archive.tmp" "$name"
mv "$archive.tmp" "$archive"
(cd "$out_dir" && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
say "database '$MARIADB_DATABASE' ($tables tables) and $files attachment files backed up"
echo "$archive"
