import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

// The e2e suite runs in E2E_WORKERS Playwright workers, each against a stack of its own: its own
// copy of the run's database, app servers, SMTP sink and fake Stripe, on ports E2E_WORKER_PORT_STEP
// apart. So no spec sees another's rows or mail, and any order of spec files gives the same answers.

export const E2E_WORKERS = Math.max(1, Number(process.env.E2E_WORKERS ?? 2));
const PORT_STEP = Number(process.env.E2E_WORKER_PORT_STEP ?? 50);

const port = (name: string, fallback: number, n: number) => Number(process.env[name] ?? fallback) + n * PORT_STEP;

export type TWorkerStack = ReturnType<typeof workerStack>;

/** Worker n's addresses and files. Worker 0's are the suite's documented defaults (E2E_PORT and friends). */
export function workerStack(n: number) {
  const mainPort = port("E2E_PORT", 3210, n);
  return {
    n,
    mainPort,
    baseUrl: `http://127.0.0.1:${mainPort}`,
    plainUrl: `http://127.0.0.1:${port("E2E_PLAIN_PORT", 3211, n)}`,
    partnerSite: `http://127.0.0.1:${port("E2E_PARTNER_PORT", 3212, n)}`,
    zeroSetupPort: port("E2E_ZERO_SETUP_PORT", 3213, n),
    smtpPort: port("E2E_SMTP_PORT", 2526, n),
    stripePort: port("E2E_STRIPE_PORT", 12112, n),
    mailbox: path.resolve(`.data/e2e-mailbox-${n}`),
    zeroSetupData: path.resolve(`.data/e2e-zero-setup-${n}`),
    /** Where the worker's main server writes the address of its database copy for the specs and the plain server. */
    databaseUrlFile: path.resolve(`.data/e2e-database-${n}.url`),
  };
}

/**
 * The stack of the Playwright worker this module is loaded in (Playwright sets TEST_PARALLEL_INDEX in
 * each worker before it loads the config), or worker 0's in the runner. In a worker, DATABASE_URL is
 * pointed at the worker's own database copy, so the specs' Prisma clients and the servers they start
 * use the same data as the pages they test.
 */
export const stack = workerStack(Number(process.env.TEST_PARALLEL_INDEX ?? 0));

if (process.env.TEST_PARALLEL_INDEX !== undefined) {
  // A worker without a stack of its own (more workers than E2E_WORKERS, or its main server gone) would
  // write into the database every copy is made from: stop instead.
  if (stack.n >= E2E_WORKERS || !existsSync(stack.databaseUrlFile))
    throw new Error(`e2e worker ${stack.n} has no stack of its own: run with E2E_WORKERS, not --workers`);
  process.env.DATABASE_URL = readFileSync(stack.databaseUrlFile, "utf8").trim();
}
