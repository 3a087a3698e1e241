# Sourced by the MariaDB image's entrypoint on the primary's first start (/docker-entrypoint-initdb.d), after the
# database and the replication login exist: the login the application nodes read the replica with. Made on the
# primary, so that replication carries it to the replica. SELECT reads, REPLICA MONITOR reads SHOW REPLICA STATUS
# (the application's lag check); nothing else — the application never writes through it. (An underscore in a
# grant's database name is a wildcard, hence the escape.)
if [ -n "${TIDTAM_REPLICA_PASSWORD:-}" ]; then
	readerPassword=$(docker_sql_escape_string_literal "$TIDTAM_REPLICA_PASSWORD")
	docker_process_sql <<-EOSQL
		CREATE USER IF NOT EXISTS 'tidtam_read'@'%' IDENTIFIED BY '${readerPassword}';
		GRANT SELECT ON \`${MARIADB_DATABASE//_/\\_}\`.* TO 'tidtam_read'@'%';
		GRANT REPLICA MONITOR ON *.* TO 'tidtam_read'@'%';
	EOSQL
fi
