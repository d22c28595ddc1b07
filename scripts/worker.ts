// `npm run worker`: the background jobs (lib/jobs/: email delivery, update pacing, reminders,
// retention…) on their own, for deployments that run them apart from the web servers (`npm start`
// runs them inside itself). Needs DATABASE_URL.
import { createPrismaClient } from "../lib/db/client";
import { getEnv } from "../lib/env";
import { runJobs } from "../lib/jobs/run-jobs";
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
const worker = runJobs(db, createMailTransport(env), env);
console.log(`Background jobs running (worker ${worker.worker}). ${MAIL_MODE_WORDS[mailMode(env)]}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    await worker.stop();
    await db.$disconnect();
    process.exit(0);
  });
}
