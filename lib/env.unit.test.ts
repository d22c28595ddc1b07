import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("fills defaults around a database URL outside production", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://u@localhost:5432/db" });
    expect(env.PORT).toBe(3000);
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.NODE_ENV).toBe("development");
    expect(env.IP_HASH_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it("stops with one message that lists every missing or malformed setting", () => {
    expect(() => parseEnv({ NODE_ENV: "production", APP_URL: "not a url" })).toThrowError(
      new RegExp(
        /configuration is incomplete:\n {2}- DATABASE_URL is not set.*\n {2}- APP_URL must be.*/.source +
          /\n {2}- IP_HASH_SECRET is not set.*\n {2}- AUTH_SECRET is not set/.source,
        "s",
      ),
    );
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrowError(/must start with postgres/);
    expect(() => parseEnv({ DATABASE_URL: "postgres://x", IP_HASH_SECRET: "short" })).toThrowError(/at least 32/);
  });

  it("stops a production start with donations on but no Stripe keys", () => {
    const base = {
      NODE_ENV: "production",
      DATABASE_URL: "postgres://x",
      APP_URL: "https://c.example.org",
      IP_HASH_SECRET: "s".repeat(40),
      AUTH_SECRET: "a".repeat(40),
      DONATIONS_ENABLED: "true",
    };
    expect(() => parseEnv(base)).toThrowError(
      new RegExp(
        /DONATIONS_ENABLED is true but STRIPE_SECRET_KEY is not set\n/.source +
          / {2}- DONATIONS_ENABLED is true but STRIPE_WEBHOOK_SECRET/.source,
      ),
    );
    expect(
      parseEnv({ ...base, STRIPE_SECRET_KEY: "sk_test_1", STRIPE_WEBHOOK_SECRET: "whsec_1" }).DONATIONS_ENABLED,
    ).toBe(true);
    expect(parseEnv({ DATABASE_URL: "postgres://x", DONATIONS_ENABLED: "true" }).DONATIONS_ENABLED).toBe(true);
  });

  it("stops a deployment without an https APP_URL; the embedded npm start needs none", () => {
    const base = {
      NODE_ENV: "production",
      DATABASE_URL: "postgres://x",
      IP_HASH_SECRET: "s".repeat(40),
      AUTH_SECRET: "a".repeat(40),
    };
    expect(() => parseEnv(base)).toThrowError(/APP_URL is not set/);
    expect(() => parseEnv({ ...base, APP_URL: "http://campaign.example.org" })).toThrowError(
      /APP_URL must start with https:\/\//,
    );
    expect(parseEnv({ ...base, APP_URL: "http://127.0.0.1:3000" }).APP_URL).toBe("http://127.0.0.1:3000");
    expect(parseEnv({ ...base, APP_URL: "https://campaign.example.org" }).APP_URL).toBe("https://campaign.example.org");
    expect(parseEnv({ ...base, EMBEDDED_DATABASE: "true" }).APP_URL).toBe("http://localhost:3000");
  });

  it("accepts a complete production configuration", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgres://x",
      APP_URL: "https://campaign.example.org",
      IP_HASH_SECRET: "s".repeat(40),
      AUTH_SECRET: "a".repeat(40),
      ORGANISER_EMAILS: " Ann@Example.org, bo@example.org",
    });
    expect(env.ORGANISER_EMAILS).toEqual(["ann@example.org", "bo@example.org"]);
    expect(env.IP_HASH_SECRET).toBe("s".repeat(40));
  });
});
