import { randomUUID } from "node:crypto";

// A request id from the caller (a proxy or load balancer of ours) is kept only if it cannot carry
// anything else into the logs: a short run of letters, digits and - _ . characters.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === "string" && SAFE_REQUEST_ID.test(header) ? header : randomUUID();
}
