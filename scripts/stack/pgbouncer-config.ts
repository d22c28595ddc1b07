// PgBouncer for a local run (scripts/stack/services.ts): transaction mode in front of the database in
// DATABASE_URL, any database name passed through, no password asked (the local test server trusts
// loopback). The production config is deploy/pgbouncer/pgbouncer.ini.
import path from "node:path";

export function pgbouncerConfig({ dir, port, database }: { dir: string; port: number; database: URL }): string {
  const user = decodeURIComponent(database.username || "postgres");
  const password = database.password ? ` password=${decodeURIComponent(database.password)}` : "";
  return `[databases]
* = host=${database.hostname} port=${database.port || 5432} user=${user}${password}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
; No Unix socket: the machine's PostgreSQL owns the usual folder.
unix_socket_dir =
pidfile = ${path.join(dir, "pgbouncer.pid")}
auth_type = any
pool_mode = transaction
; PgBouncer 1.18 (Debian 12) keeps no prepared statements across transactions; the app's pg driver
; sends unnamed ones only, which transaction mode needs no help with.
max_client_conn = 1000
default_pool_size = 20
reserve_pool_size = 5
server_reset_query =
ignore_startup_parameters = extra_float_digits,options
; After a database restart: try to log in again within a second (default 15 s), and give a query
; waiting for a server connection up after 10 s, so the app answers 503 instead of hanging.
server_login_retry = 1
query_wait_timeout = 10
log_connections = 0
log_disconnections = 0
stats_period = 3600
`;
}
