import Stripe from "stripe";

/**
 * Stripe's official SDK. STRIPE_API_BASE points it at another host (a local fake of Stripe's HTTP
 * API in tests); unset, it talks to Stripe itself.
 */
export function createStripe(secretKey: string, apiBase?: string): Stripe {
  if (!apiBase) return new Stripe(secretKey, { maxNetworkRetries: 2 });
  const url = new URL(apiBase);
  return new Stripe(secretKey, {
    host: url.hostname,
    port: url.port || (url.protocol === "https:" ? 443 : 80),
    protocol: url.protocol.replace(":", "") as "http" | "https",
    maxNetworkRetries: 0,
  });
}
