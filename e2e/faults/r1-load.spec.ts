import { FULL, PORTS, proxyUrl } from "./stack";
import { expect, runTag, test } from "./fixtures";
import { closeAgents, submitAll, type TSubmission } from "./submit";

// R1: many sign-ups, 30% of them repeats (some in other letter cases), through nginx to two app
// instances on one database (through PgBouncer) → exactly the unique people stored, every 2xx
// stored, no 5xx.
const TOTAL = FULL ? 50_000 : 3_000;
const CONCURRENCY = FULL ? 200 : 40;

test("R1: load over two instances loses nothing and stores each person once", async ({ stack }) => {
  test.setTimeout(FULL ? 900_000 : 180_000);
  const unique = Math.round(TOTAL * 0.7);
  const people = Array.from({ length: unique }, (_, i) => ({
    firstName: "Ada",
    lastName: `Loadtest ${i}`,
    email: `r1-${runTag}-${i}@example.org`,
    country: "GB",
  }));
  const repeats = Array.from({ length: TOTAL - unique }, (_, i) => {
    const person = people[Math.floor(Math.random() * unique)];
    return i % 2 ? person : { ...person, email: person.email.toUpperCase() };
  });
  const bodies = [...people, ...repeats].sort(() => Math.random() - 0.5);
  const submissions: TSubmission[] = bodies.map((body) => ({
    url: proxyUrl,
    path: "/api/petition/sign",
    body,
  }));

  const started = Date.now();
  const answers = await submitAll(submissions, CONCURRENCY);
  const seconds = (Date.now() - started) / 1000;
  closeAgents();
  const byStatus: Record<number, number> = {};
  for (const a of answers) byStatus[a.status] = (byStatus[a.status] ?? 0) + 1;
  console.log(
    `R1: ${TOTAL} submissions (${unique} unique) at ${CONCURRENCY} connections ` +
      `through nginx to ${PORTS.apps.length} instances ` +
      `in ${seconds.toFixed(1)} s (${Math.round(TOTAL / seconds)}/s); ` +
      `statuses ${JSON.stringify(byStatus)}`,
  );

  expect(answers.filter((a) => a.status >= 500 || a.status === 0)).toEqual([]);
  // Every submission, new person or repeat, gets the same answer: 202.
  expect(answers.every((a) => a.status === 202)).toBe(true);
  expect(new Set(answers.map((a) => a.body)).size).toBe(1);

  const stored = await stack.db.signature.findMany({
    where: { email: { startsWith: `r1-${runTag}-`, mode: "insensitive" } },
    select: { emailKey: true },
  });
  expect(stored.length).toBe(unique);
  const keys = new Set(stored.map((s) => s.emailKey));
  const missing = bodies.filter((b, i) => answers[i].status < 300 && !keys.has(b.email.toLowerCase()));
  expect(missing).toEqual([]);
  const emails = await stack.db.outboxEmail.count({
    where: { kind: "signature-confirm", toAddress: { startsWith: `r1-${runTag}-`, mode: "insensitive" } },
  });
  expect(emails).toBe(unique);
});
