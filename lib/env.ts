import { z } from "zod";

/*
 * Every setting the app reads, validated in one place. `npm start` fills DATABASE_URL with the
 * embedded database when none is given, so only a server started some other way (next start in a
 * deployment) can miss it, and then it stops at start-up with the list of what is missing.
 */
const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set (a PostgreSQL connection string)" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://"),
  APP_URL: z.url({ error: "APP_URL must be the site's public address, e.g. https://example.org" }).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
});

export type TEnv = z.infer<typeof ZEnv> & { APP_URL: string };

let cached: TEnv | undefined;

export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const result = ZEnv.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.message}`);
    throw new Error(`The app cannot start; its configuration is incomplete:\n${lines.join("\n")}\nSee the configuration table in README.md.`);
  }
  return { ...result.data, APP_URL: result.data.APP_URL ?? `http://localhost:${result.data.PORT}` };
}

export function getEnv(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}
