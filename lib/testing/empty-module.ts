// Stands in for `server-only` under vitest, which does not resolve React's server export condition.
export {};
