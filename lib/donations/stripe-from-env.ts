import "server-only";
import type Stripe from "stripe";
import { getEnv } from "../env";
import { createStripe } from "./stripe-client";

let client: Stripe | undefined;

/** The server's Stripe client, or null when donations are not configured. */
export function getStripe(): Stripe | null {
  const env = getEnv();
  if (!env.STRIPE_SECRET_KEY) return null;
  client ??= createStripe(env.STRIPE_SECRET_KEY, env.STRIPE_API_BASE);
  return client;
}
