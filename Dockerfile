# syntax=docker/dockerfile:1
# The app as a container: `docker build -t burma-campaign .`, then see compose.yaml and README.md.
# The build needs no database and no secrets; the image serves through the server layer
# (scripts/start.ts), never `next start` (which refuses: see lib/server/server-layer-mark.ts).

# 1. Dependencies, exactly as locked. postinstall generates the Prisma client from the schema.
FROM node:24.21-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma/schema.prisma prisma/schema.prisma
RUN npm ci --no-audit --no-fund

# 2. The production build, then only what runs it.
FROM deps AS build
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund && rm -rf .next/cache

# 3. The runtime: Node, the build, the server layer and the migrations; run as a user without a shell
#    or a home, on files it cannot change (Next's page cache is in Redis or memory, never on disk:
#    lib/server/isr-cache.js).
FROM node:24.21-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
COPY --from=build /app/package.json /app/next.config.js /app/tsconfig.json /app/prisma.config.ts ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/.next ./.next
COPY --from=build /app/public ./public
COPY --from=build /app/lib ./lib
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/prisma ./prisma
USER app
EXPOSE 3000
# Liveness only: a database outage must not get every container restarted (readiness is
# /api/health/ready, for the load balancer).
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/api/health/live`).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM (docker stop) drains requests for SHUTDOWN_GRACE_SECONDS; give the container longer.
STOPSIGNAL SIGTERM
CMD ["node", "--import", "tsx", "scripts/start.ts", "--no-build"]
