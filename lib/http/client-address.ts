import { isIP } from "node:net";
import { keyedHash } from "../crypto/keyed-hash";

/**
 * The header the server layer (lib/server/serve-app.ts) sets on every request it hands on, after
 * removing any the client sent: the client's address as `clientAddress` derived it. Code behind the
 * layer (Next's routes and server actions, the signing fast path) reads this and nothing else.
 */
export const CLIENT_ADDRESS_HEADER = "x-campaign-client-address";

/**
 * Who is asking, as far as the network can tell. With no trusted proxies (the default: a bare
 * `npm start`), the socket's peer, whatever X-Forwarded-For says. Behind N proxies of our own, each
 * appending the address it saw, the chain is [...X-Forwarded-For, socket]; its last N entries are our
 * proxies and the entry before them is the client. A request with fewer hops than that did not come
 * through our proxies, so it is keyed on the socket. IPv6 clients are keyed per /64, the block one
 * subscriber is usually given, so rotating through it gains nothing.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | null | undefined,
  trustedProxies: number,
): string {
  const socket = normaliseAddress(socketAddress ?? "") ?? "unknown";
  if (trustedProxies <= 0) return socket;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = [
    ...header
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    socket,
  ];
  if (chain.length <= trustedProxies) return socket;
  return normaliseAddress(chain[chain.length - 1 - trustedProxies]) ?? socket;
}

/** An IPv4 address as is (also when IPv4-mapped), an IPv6 one as its /64; null if not an address. */
export function normaliseAddress(raw: string): string | null {
  const address = raw.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped && isIP(mapped[1]) === 4) return mapped[1];
  const kind = isIP(address);
  if (kind === 4) return address;
  if (kind !== 6) return null;
  return `${expandIpv6(address).slice(0, 4).join(":")}::/64`;
}

function expandIpv6(address: string): string[] {
  const [head, tail] = address.includes("::") ? address.split("::") : [address, undefined];
  const groups = (part: string | undefined) => (part ? part.split(":") : []);
  // An embedded IPv4 tail (e.g. 64:ff9b::1.2.3.4) lies past the /64, so it only has to be counted.
  const left = groups(head);
  const right = groups(tail).flatMap((g) => (g.includes(".") ? ["0", "0"] : [g]));
  const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...fill, ...right].map((g) => parseInt(g, 16).toString(16));
}

/**
 * The client's address as a keyed hash, from the header the server layer set: enough to rate-limit,
 * useless to identify anyone. Without that layer (Next started on its own) the header is missing and
 * every client shares one key: limits then hold too tightly rather than not at all.
 */
export function hashClientAddress(headers: Pick<Headers, "get">, secret: string): string {
  const address = headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
  return keyedHash(address, secret);
}
