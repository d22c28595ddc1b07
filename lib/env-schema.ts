import { z } from "zod";

// Every setting the app reads and what each may be: lib/env.ts parses the environment with it, and
// adds the rules between settings (production's requirements, DKIM's three together).

const flag = (name: string) =>
  z
    .enum(["true", "false", "1", "0", ""], { error: `${name} must be true or false` })
    .default("false")
    .transform((v) => v === "true" || v === "1");

const minorUnits = z.coerce.number().int().positive();

export const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Set by `npm start` when it runs the embedded database: one person trying the app on their own
  // machine. Only then may emails (links and all) be printed, and APP_URL be left out.
  EMBEDDED_DATABASE: flag("EMBEDDED_DATABASE"),
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set (a PostgreSQL connection string)" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://"),
  // PostgreSQL itself, when DATABASE_URL goes through a pooler in transaction mode: for migrations.
  DIRECT_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DIRECT_DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  // Redis, shared by every instance: rate limits on the signing path and Next's page cache. Without it
  // (the zero-setup `npm start`) both stay in PostgreSQL and in memory.
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "REDIS_URL must start with redis:// or rediss://")
    .optional()
    .transform((v) => v || undefined),
  // How long the server layer keeps a public page in memory (lib/server/page-cache.ts). 0 behind a
  // proxy that micro-caches pages itself (the nginx of `npm run stack`), so several instances never
  // serve a page older than an organiser's save for longer than that proxy's second.
  PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(1),
  APP_URL: z.url({ error: "APP_URL must be the site's public address, e.g. https://example.org" }).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  IP_HASH_SECRET: z.string().min(32, "IP_HASH_SECRET must be at least 32 characters").optional(),
  TRUSTED_PROXIES: z.coerce
    .number()
    .int()
    .min(0, "TRUSTED_PROXIES must be 0 or more")
    .max(10, "TRUSTED_PROXIES must be at most 10")
    .default(0),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
    .optional()
    .transform((v) => v || undefined),
  MAIL_FROM: z.string().min(3).default("Burma campaign <no-reply@localhost>"),
  PETITION_EMBED_ORIGINS: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url("PETITION_EMBED_ORIGINS must be a comma-separated list of origins like https://partner.org"))),
  SIGN_LIMIT_IP_PER_MINUTE: z.coerce.number().int().positive().default(10),
  SIGN_LIMIT_IP_PER_DAY: z.coerce.number().int().positive().default(100),
  SIGN_LIMIT_DOMAIN_PER_10_MINUTES: z.coerce.number().int().positive().default(100),
  // Above the limits above, signing asks the browser for a proof of work instead of refusing
  // (lib/petition/sign-gate.ts), up to a hard cap per address a day; without JavaScript, up to a
  // lower cap. Off: the limits above refuse, as before.
  SIGN_CHALLENGES: z
    .enum(["true", "false", "1", "0", ""], { error: "SIGN_CHALLENGES must be true or false" })
    .default("true")
    .transform((v) => v !== "false" && v !== "0"),
  SIGN_HARD_CAP_IP_PER_DAY: z.coerce.number().int().positive().default(4000),
  SIGN_NOSCRIPT_CAP_IP_PER_DAY: z.coerce.number().int().positive().default(100),
  // The site's onion address (http://….onion), announced to Tor Browser by an Onion-Location header.
  ONION_URL: z
    .url({ error: "ONION_URL must be an address like http://example.onion" })
    .refine((v) => new URL(v).hostname.endsWith(".onion"), "ONION_URL must be a .onion address")
    .optional(),
  // A person takes a moment to fill the form; measured by the server (lib/petition/form-token.ts).
  SIGN_MIN_FILL_SECONDS: z.coerce.number().min(0).max(60).default(2),
  // The last day of the charity's financial year ("MM-DD"): Gift Aid records are kept six years after
  // the end of the accounting period they relate to (lib/donations/donor-retention.ts).
  ACCOUNTING_YEAR_END: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "ACCOUNTING_YEAR_END must be a month and day, e.g. 03-31")
    .refine((v) => v !== "02-29", "ACCOUNTING_YEAR_END cannot be 29 February (it is not in every year)")
    .default("03-31"),
  ANONYMISE_DAYS_AFTER_CLOSE: z.coerce
    .number()
    .int()
    .min(0, "ANONYMISE_DAYS_AFTER_CLOSE must be 0 or more")
    .max(3650)
    .default(90),
  // Emails a minute for updates to supporters (lib/updates/pace-updates.ts): within what the SMTP
  // provider allows, and slow enough that confirmation emails never wait long behind an update.
  UPDATE_SEND_PER_MINUTE: z.coerce
    .number({ error: "UPDATE_SEND_PER_MINUTE must be a number of emails a minute" })
    .int("UPDATE_SEND_PER_MINUTE must be a whole number")
    .min(1, "UPDATE_SEND_PER_MINUTE must be at least 1")
    .max(1_000_000, "UPDATE_SEND_PER_MINUTE must be at most 1,000,000")
    .default(600),
  // Where replies go (Reply-To). Without it no email invites a reply: MAIL_FROM may be a no-reply address.
  MAIL_REPLY_TO: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.email("MAIL_REPLY_TO must be an email address").optional()),
  // DKIM signing of every email (all three, or none): the domain and selector of the public key's
  // TXT record (<selector>._domainkey.<domain>) and the private key in PEM (newlines as \n allowed).
  DKIM_DOMAIN: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .pipe(
      z
        .string()
        .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, "DKIM_DOMAIN must be a domain such as example.org")
        .optional(),
    ),
  DKIM_SELECTOR: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .pipe(
      z
        .string()
        .regex(/^[a-z0-9._-]+$/i, "DKIM_SELECTOR must be a selector such as mail2026")
        .optional(),
    ),
  DKIM_PRIVATE_KEY: z
    .string()
    .optional()
    .transform((v) => (v ? v.replace(/\\n/g, "\n") : undefined))
    .pipe(z.string().includes("PRIVATE KEY", { error: "DKIM_PRIVATE_KEY must be a PEM private key" }).optional()),
  // The suppression list's keys (lib/mail/suppression/suppression-keys.ts): `name=secret,…`, the
  // first for new entries; keep an old key after a new one until no entry uses it.
  SUPPRESSION_KEYS: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((pair) => pair.trim())
        .filter(Boolean)
        .map((pair) => ({ name: pair.slice(0, pair.indexOf("=")), secret: pair.slice(pair.indexOf("=") + 1) })),
    )
    .pipe(
      z.array(
        z.object({
          name: z
            .string()
            .regex(/^[a-z0-9_-]{1,40}$/i, "SUPPRESSION_KEYS must be name=secret pairs, names a-z 0-9 _ -"),
          secret: z.string().min(32, "each SUPPRESSION_KEYS secret must be at least 32 characters"),
        }),
      ),
    ),
  // Amazon SES bounces and complaints through SNS: the topic accepted at /api/mail-events/ses.
  SES_SNS_TOPIC_ARN: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .pipe(
      z
        .string()
        .regex(/^arn:aws[a-z-]*:sns:/, "SES_SNS_TOPIC_ARN must be an SNS topic ARN")
        .optional(),
    ),
  // SendGrid's signed Event Webhook: its verification key (base64), for /api/mail-events/sendgrid.
  SENDGRID_WEBHOOK_PUBLIC_KEY: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9+/=]{40,}$/, "SENDGRID_WEBHOOK_PUBLIC_KEY must be the base64 key SendGrid shows")
        .optional(),
    ),
  // Test-only (set by playwright.config.ts for its main server, never by a deployment): the seed's
  // Burmese drafts count as approved, so e2e specs can read Burmese pages (lib/i18n/content.ts).
  E2E_APPROVE_SEED_TRANSLATIONS: flag("E2E_APPROVE_SEED_TRANSLATIONS"),
  DONATIONS_ENABLED: flag("DONATIONS_ENABLED"),
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_/, "STRIPE_SECRET_KEY must be a Stripe secret key (sk_…)")
    .optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_/, "STRIPE_WEBHOOK_SECRET must be a webhook signing secret (whsec_…)")
    .optional(),
  STRIPE_API_BASE: z.url("STRIPE_API_BASE must be a URL such as http://127.0.0.1:12111").optional(),
  DONATION_CURRENCY: z
    .string()
    .regex(/^[a-z]{3}$/i, "DONATION_CURRENCY must be a three-letter code such as gbp")
    .default("gbp")
    .transform((v) => v.toLowerCase()),
  DONATION_MIN_MINOR: minorUnits.default(200),
  DONATION_MAX_MINOR: minorUnits.default(1_000_000),
  DONATION_PRESETS_MINOR: z
    .string()
    .default("500,1000,2500,5000")
    .transform((v) => v.split(",").map((n) => Number(n.trim())))
    .pipe(
      z.array(z.number().int().positive("DONATION_PRESETS_MINOR must be whole amounts in pence, e.g. 500,1000")).min(1),
    ),
  GIFT_AID_ENABLED: flag("GIFT_AID_ENABLED"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  // /api/metrics answers a request from this machine, or one with `Authorization: Bearer <token>`.
  METRICS_TOKEN: z.string().min(16, "METRICS_TOKEN must be at least 16 characters").optional(),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "silent"], {
      error: "LOG_LEVEL must be one of fatal, error, warn, info, debug, silent",
    })
    .default("info"),
  // On SIGTERM, how long requests already under way may take before their connections are closed.
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
  ORGANISER_EMAILS: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((e) => e.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.email("ORGANISER_EMAILS must be a comma-separated list of email addresses"))),
});
