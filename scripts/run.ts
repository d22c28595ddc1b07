import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

/**
 * Runs a command asynchronously (the embedded database lives in this process's event loop, so a
 * blocking spawnSync would starve the child of its database) and resolves with its exit code.
 */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward).on("SIGTERM", forward);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward).off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/**
 * `run`, with every line the command prints marked `[tag] ` when a tag is given (for commands run side by
 * side, whose output would otherwise interleave mid-line).
 */
export function runTagged(command: string, args: string[], env: NodeJS.ProcessEnv, tag?: string): Promise<number> {
  if (!tag) return run(command, args, env);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward).on("SIGTERM", forward);
    for (const [from, to] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const)
      createInterface({ input: from }).on("line", (line) => to.write(`[${tag}] ${line}\n`));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      process.off("SIGINT", forward).off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}
