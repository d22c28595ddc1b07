import pino, { type Logger } from "pino";
import { getEnv } from "../env";
import { processSlot } from "../process-state.js";

// One JSON line per event on stdout, for whatever collects the container's output. Written
// asynchronously (a request never waits for the terminal); pino flushes what is left on exit.
// Never log personal data: no emails, names, client addresses or raw paths (they hold tokens).
const slot = processSlot<Logger>("logger");

export function getLogger(): Logger {
  return slot.getOrCreate(() =>
    pino(
      { level: getEnv().LOG_LEVEL, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime },
      pino.destination({ sync: false }),
    ),
  );
}

/**
 * What a log line may say of an error: its name and code, never its message or the object itself (a
 * database error's text can quote what it was given: an address, a name). The one way to log an error.
 */
export function errorKind(error: unknown): { error: string; code?: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return {
    error: error instanceof Error ? error.name : typeof error,
    ...(typeof code === "string" || typeof code === "number" ? { code: String(code) } : {}),
  };
}
