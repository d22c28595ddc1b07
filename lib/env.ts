import type { z } from "zod";
import { ZEnv } from "./env-schema";

/*
 * Every setting the app reads, validated in one place. `npm start` fills DATABASE_URL (embedded
 * database) and IP_HASH_SECRET (generated once into .data/) when they are not given, so only a server
 * started some other way can miss them, and then it stops at start-up listing what is missing.
 */
const DEV_IP_HASH_SECRET = "development-only-ip-hash-secret-not-for-production";
const DEV_AUTH_SECRET = "development-only-auth-secret-not-for-production-use";

// Settings with a development default that a production server must be given.
const REQUIRED_IN_PRODUCTION = {
  IP_HASH_SECRET: "IP_HASH_SECRET is not set (a random string of 32 or more characters)",
  AUTH_SECRET: "AUTH_SECRET is not set (a random string of 32 or more characters, for organiser sign-in)",
} as const;

export type TEnv = Omit<z.infer<typeof ZEnv>, "APP_URL" | "IP_HASH_SECRET" | "AUTH_SECRET"> & {
  APP_URL: string;
  IP_HASH_SECRET: string;
  AUTH_SECRET: string;
};

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

// A deployment's links go to supporters by email and its cookies carry organiser sessions: the
// address must be given, and https unless the site is only ever reached from this machine.
function deploymentUrlProblems(appUrl: string | undefined): string[] {
  if (!appUrl) return ["APP_URL is not set (the site's public address, e.g. https://example.org)"];
  const url = new URL(appUrl);
  if (url.protocol !== "https:" && !LOOPBACK.has(url.hostname))
    return ["APP_URL must start with https:// (http:// only for localhost or 127.0.0.1)"];
  return [];
}

/**
 * Whether `npm start` runs donations against its local fake of Stripe (lib/testing/local-test-stripe.ts),
 * so the whole journey can be tried on a bare machine, in Stripe's test mode: only the zero-setup start
 * (no DATABASE_URL, so the embedded database: one person trying the app on their own machine), with no
 * Stripe keys given and donations not switched off. A deployment (DATABASE_URL set) never does: its
 * donations are on only with real keys (lib/donations/config.ts).
 */
export function wantsLocalFakeStripe(source: Record<string, string | undefined>): boolean {
  return (
    !source.DATABASE_URL &&
    !source.STRIPE_SECRET_KEY &&
    !source.STRIPE_WEBHOOK_SECRET &&
    !source.STRIPE_API_BASE &&
    !["false", "0"].includes(source.DONATIONS_ENABLED ?? "")
  );
}

let cached: TEnv | undefined;

export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const result = ZEnv.safeParse(source);
  const problems = result.success ? [] : result.error.issues.map((issue) => issue.message);
  if (result.success) {
    const dkim = [result.data.DKIM_DOMAIN, result.data.DKIM_SELECTOR, result.data.DKIM_PRIVATE_KEY];
    if (dkim.some(Boolean) && !dkim.every(Boolean))
      problems.push("DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY must be set together (or none of them)");
  }
  if (source.NODE_ENV === "production") {
    for (const [key, message] of Object.entries(REQUIRED_IN_PRODUCTION)) if (!source[key]) problems.push(message);
    if (result.success && !result.data.EMBEDDED_DATABASE) problems.push(...deploymentUrlProblems(result.data.APP_URL));
    if (result.success && result.data.DONATIONS_ENABLED) {
      if (!source.STRIPE_SECRET_KEY) problems.push("DONATIONS_ENABLED is true but STRIPE_SECRET_KEY is not set");
      if (!source.STRIPE_WEBHOOK_SECRET)
        problems.push("DONATIONS_ENABLED is true but STRIPE_WEBHOOK_SECRET is not set");
    }
  }
  if (!result.success || problems.length) {
    const lines = problems.map((problem) => `  - ${problem}`);
    throw new Error(
      `The app cannot start; its configuration is incomplete:\n${lines.join("\n")}\n` +
        "See the configuration table in README.md.",
    );
  }
  const env = result.data;
  return {
    ...env,
    APP_URL: env.APP_URL ?? `http://localhost:${env.PORT}`,
    IP_HASH_SECRET: env.IP_HASH_SECRET ?? DEV_IP_HASH_SECRET,
    AUTH_SECRET: env.AUTH_SECRET ?? DEV_AUTH_SECRET,
  };
}

export function getEnv(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}
