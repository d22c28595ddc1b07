// nginx as the stack's load balancer (scripts/stack/services.ts), for a local run: the same rules as
// deploy/nginx/nginx.conf (client address appended, request id passed on, a retry only when an
// instance could not be reached), plus a one-second micro-cache of public pages and gzip.
import path from "node:path";

export function nginxConfig({ dir, port, upstreams }: { dir: string; port: number; upstreams: number[] }): string {
  const at = (name: string) => path.join(dir, name);
  return `daemon off;
worker_processes 2;
pid ${at("nginx.pid")};
# Errors to a file: a killed instance (R7) is expected to be logged there, not on the console.
error_log ${at("error.log")} error;
events { worker_connections 4096; }

http {
  access_log off;
  client_body_temp_path ${at("client_body")};
  proxy_temp_path ${at("proxy")};
  fastcgi_temp_path ${at("fastcgi")};
  uwsgi_temp_path ${at("uwsgi")};
  scgi_temp_path ${at("scgi")};
  server_tokens off;
  keepalive_timeout 60s;
  client_max_body_size 1m;

  # HTML comes gzipped from the app (compressed once per cached page); the rest is compressed here.
  gzip on;
  gzip_proxied any;
  gzip_vary on;
  gzip_min_length 1024;
  gzip_types text/css application/javascript application/json image/svg+xml text/plain text/csv;

  # The micro-cache: only answers the app marked shareable (s-maxage) and not private or no-store,
  # kept one second (nginx counts whole seconds, so up to two) whatever their s-maxage says (the app's
  # own ISR cache holds them longer). nginx never stores an answer that sets a cookie, nor a POST;
  # /admin is never looked up or stored.
  proxy_cache_path ${at("cache")} levels=1:2 keys_zone=pages:10m max_size=200m inactive=10s use_temp_path=off;
  map $upstream_http_cache_control $not_shareable {
    ~*(private|no-store|no-cache) 1;
    ~*s-maxage 0;
    default 1;
  }
  map $uri $never_cached {
    ~^/admin 1;
    default 0;
  }

  upstream app {
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join("\n")}
    keepalive 64;
  }

  server {
    listen 127.0.0.1:${port} default_server;

    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $host;
    # Appends the client's address: the app counts this one proxy (TRUSTED_PROXIES=1).
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_set_header X-Request-Id $request_id;
    # Another instance only when one could not be reached (connection refused or timed out). A POST
    # that reached an instance is never sent again (no non_idempotent), so a signature is not doubled;
    # a 503 from an instance (its database away) is passed on, not counted against it.
    proxy_next_upstream error timeout;
    proxy_next_upstream_tries 3;
    proxy_connect_timeout 1s;

    location = /api/metrics {
      return 404;
    }

    location /api/export/ {
      proxy_pass http://app;
      proxy_buffering off;
      proxy_read_timeout 300s;
    }

    location / {
      proxy_pass http://app;
      proxy_cache pages;
      proxy_cache_key $scheme$host$request_uri;
      proxy_ignore_headers Cache-Control Expires;
      proxy_cache_valid 200 1s;
      proxy_no_cache $not_shareable $never_cached;
      proxy_cache_bypass $never_cached;
      # One request per page goes to the app when the entry expires; the others wait for it briefly.
      proxy_cache_lock on;
      proxy_cache_lock_timeout 2s;
      proxy_cache_use_stale updating;
      add_header X-Cache $upstream_cache_status always;
    }
  }
}
`;
}
