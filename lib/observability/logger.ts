import pino, { type Logger } from "pino";
import { getEnv } from "../env";

// One JSON line per event on stdout, for whatever collects the container's output. Written
// asynchronously (a request never waits for the terminal); pino flushes what is left on exit.
// Never log personal data: no emails, names, client addresses or raw paths (they hold tokens).
const KEY = Symbol.for("campaign.logger");
const holder = globalThis as unknown as { [KEY]?: Logger };

export function getLogger(): Logger {
  holder[KEY] ??= pino(
    { level: getEnv().LOG_LEVEL, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime },
    pino.destination({ sync: false }),
  );
  return holder[KEY];
}
