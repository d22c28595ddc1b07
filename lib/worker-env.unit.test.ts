import { describe, expect, it } from "vitest";
import { workerEnvProblems } from "./worker-env";

const SET = {
  AUTH_SECRET: "a".repeat(40),
  IP_HASH_SECRET: "b".repeat(40),
  APP_URL: "https://campaign.example",
  DATABASE_URL: "postgresql://db/campaign",
};

describe("npm run worker outside development", () => {
  it("refuses the development defaults (printed links, public constant secrets) unless NODE_ENV=development", () => {
    expect(workerEnvProblems({ DATABASE_URL: SET.DATABASE_URL })).toEqual([
      expect.stringMatching(/AUTH_SECRET/),
      expect.stringMatching(/IP_HASH_SECRET/),
      expect.stringMatching(/APP_URL/),
    ]);
    expect(workerEnvProblems({ ...SET, NODE_ENV: "production" })).toEqual([]);
    expect(workerEnvProblems({ DATABASE_URL: SET.DATABASE_URL, NODE_ENV: "development" })).toEqual([]);
  });
});
