import type { Server } from "node:http";

/**
 * Stops taking connections and lets the requests under way finish, for at most `graceMs`; then
 * closes whatever is still open. Idle keep-alive connections are closed as they become idle, and
 * the server layer answers `Connection: close` meanwhile, so clients go elsewhere at once.
 */
export async function drainServer(server: Server, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
  try {
    await closed;
  } finally {
    clearInterval(idle);
    clearTimeout(deadline);
  }
}
