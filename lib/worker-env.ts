/**
 * What `npm run worker` lacks to run anywhere but a developer's machine. The web app refuses to start
 * in production without these (lib/env.ts); the worker runs under tsx with no NODE_ENV, where it
 * would fall back to development defaults: public constant secrets (so anyone could make its links)
 * and links to localhost. Outside NODE_ENV=development it must be given the real ones.
 */
export function workerEnvProblems(source: Record<string, string | undefined>): string[] {
  if (source.NODE_ENV === "development") return [];
  const missing: [string, string][] = [
    ["AUTH_SECRET", "AUTH_SECRET is not set: the worker would sign links with a public development secret"],
    ["IP_HASH_SECRET", "IP_HASH_SECRET is not set: the worker would hash with a public development secret"],
    ["APP_URL", "APP_URL is not set: the worker's links would point at localhost"],
  ];
  return missing.filter(([key]) => !source[key]).map(([, problem]) => problem);
}
