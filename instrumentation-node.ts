import { getEnv } from "./lib/env";
import { isServedByServerLayer, NEXT_START_REFUSAL } from "./lib/server/server-layer-mark";

try {
  getEnv();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// `next start` would serve every page without its Content-Security-Policy: refuse, saying why.
if (process.env.NODE_ENV === "production" && !isServedByServerLayer()) {
  console.error(NEXT_START_REFUSAL);
  process.exit(1);
}
