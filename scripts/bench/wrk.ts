// Runs wrk (C, from Debian's package): two threads take little CPU, leaving the cores to the server.
import { spawn } from "node:child_process";

export type TWrkResult = { rps: number; p50: number; p99: number; total: number; non2xx: number; errors: number };

export function runWrk(options: {
  url: string;
  connections: number;
  seconds: number;
  script?: string;
  env?: Record<string, string>;
}): Promise<TWrkResult> {
  const args = ["-t2", `-c${options.connections}`, `-d${options.seconds}s`, "--latency", "--timeout", "10s"];
  if (options.script) args.push("-s", options.script);
  args.push(options.url);
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", args, { env: { ...process.env, ...options.env } });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`wrk exited ${code}: ${out}`));
      resolve(parseWrk(out));
    });
  });
}

const ms = (text: string | undefined) => {
  const m = /([\d.]+)(us|ms|s)/.exec(text ?? "");
  if (!m) return NaN;
  return Number(m[1]) * (m[2] === "us" ? 0.001 : m[2] === "s" ? 1000 : 1);
};

export function parseWrk(out: string): TWrkResult {
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    rps: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0)),
    p50: ms(/\s50%\s+(\S+)/.exec(out)?.[1]),
    p99: ms(/\s99%\s+(\S+)/.exec(out)?.[1]),
    total: Number(/(\d+) requests in/.exec(out)?.[1] ?? 0),
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0),
    errors: errors ? errors.slice(1).reduce((a, b) => a + Number(b), 0) : 0,
  };
}
