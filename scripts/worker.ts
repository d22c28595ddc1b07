// `npm run worker`: the email worker on its own, for deployments that run it apart from the web
// servers (`npm start` runs one inside itself). Needs DATABASE_URL.
import { createPrismaClient } from "../lib/db/client";
import { getEnv } from "../lib/env";
import { runWorker } from "../lib/mail/run-worker";
import { createMailTransport, MAIL_MODE_WORDS, mailMode } from "../lib/mail/transport";
import { workerEnvProblems } from "../lib/worker-env";
import { loadDotEnv } from "./database";

loadDotEnv();
const problems = workerEnvProblems(process.env);
if (problems.length) {
  console.error(
    `The worker will not start on development defaults:\n${problems.map((p) => `  - ${p}`).join("\n")}\n` +
      "Set them (the same values as the web app's), or NODE_ENV=development on a developer's machine.",
  );
  process.exit(1);
}
const env = getEnv();
const db = createPrismaClient(env.DATABASE_URL, 3);
const worker = runWorker(db, createMailTransport(env), {
  appUrl: env.APP_URL,
  linkSecret: env.AUTH_SECRET,
  anonymiseDaysAfterClose: env.ANONYMISE_DAYS_AFTER_CLOSE,
  updates: { perMinute: env.UPDATE_SEND_PER_MINUTE, secret: env.AUTH_SECRET },
});
console.log(`Email worker running. ${MAIL_MODE_WORDS[mailMode(env)]}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    await worker.stop();
    await db.$disconnect();
    process.exit(0);
  });
}
