import { describe, expect, it } from "vitest";
import type { IncomingMessage } from "node:http";
import { allowedHosts, hostProblem, onionLocation } from "./allowed-hosts";

const ONION = "http://campaignexampleonionaddressxxxxxxxxxxxxxxxxxxxxxxx.onion";
const env = { APP_URL: "https://campaign.example.org", ONION_URL: ONION };
const request = (url: string, rawHeaders: string[]) => ({ url, rawHeaders }) as unknown as IncomingMessage;

describe("the allowed hosts", () => {
  it("are APP_URL's and ONION_URL's, and a request line may name only those", () => {
    const hosts = allowedHosts(env);
    expect([...hosts]).toEqual(["campaign.example.org", new URL(ONION).host]);
    const ours = request("https://campaign.example.org/about?x=1", ["Host", "campaign.example.org"]);
    expect(hostProblem(ours, hosts)).toBeNull();
    expect(ours.url).toBe("/about?x=1");
    expect(hostProblem(request(`${ONION}/my`, ["Host", "x"]), hosts)).toBeNull();
    expect(hostProblem(request("http://other.example/", ["Host", "campaign.example.org"]), hosts)).toMatch(/another/);
    expect(hostProblem(request("/", ["Host", "a", "host", "b"]), hosts)).toMatch(/two Host/);
    expect(hostProblem(request("/", ["Host", "campaign.example.org"]), hosts)).toBeNull();
  });

  it("announce the onion address of the same page on https answers only", () => {
    expect(onionLocation(env, "/countries/japan?x=1")).toBe(`${ONION}/countries/japan?x=1`);
    expect(onionLocation({ ...env, APP_URL: "http://localhost:3000" }, "/")).toBeNull();
    expect(onionLocation({ APP_URL: env.APP_URL }, "/")).toBeNull();
  });
});
