import { FULL, proxyUrl } from "./stack";
import { expect, runTag, test } from "./fixtures";
import { closeAgents, submitAll } from "./submit";

// R2b: the SMTP server is away while people sign. Their confirmation emails wait in the outbox and
// all arrive once it is back, none twice; the same holds for every email sent during the suite.
test("R2b: an SMTP outage delays confirmation emails but loses and repeats none", async ({ stack }) => {
  test.setTimeout(FULL ? 1_800_000 : 480_000);
  const count = FULL ? 500 : 100;
  // The outage starts with the outbox empty (R1 and R2 leave thousands of emails on their way), so the
  // workers reach this test's emails at once instead of cycling through a backlog that cannot be sent.
  // The suite's own connection may be one R2's database restart cut (57P01): that try counts as unknown.
  const unsent = () => stack.db.outboxEmail.count({ where: { status: { not: "SENT" } } }).catch(() => -1);
  await expect.poll(unsent, { timeout: FULL ? 800_000 : 200_000, intervals: [1000] }).toBe(0);
  await stack.stopSmtp();
  const received = stack.mail.length;
  const bodies = Array.from({ length: count }, (_, i) => ({
    firstName: "Sam",
    lastName: "Outage",
    email: `r2b-${runTag}-${i}@example.org`,
    country: "GB",
  }));
  const answers = await submitAll(
    bodies.map((body) => ({ url: proxyUrl, path: "/api/petition/sign", body })),
    20,
  );
  closeAgents();
  expect(answers.filter((a) => a.status !== 202)).toEqual([]);
  // Not a wait for time to pass: until the workers have tried, and failed, to send every one of them.
  const ours = { toAddress: { startsWith: `r2b-${runTag}-` } };
  await expect
    .poll(() => stack.db.outboxEmail.count({ where: { ...ours, attempts: { gte: 1 }, status: "PENDING" } }), {
      timeout: 60_000,
    })
    .toBe(count);
  expect(stack.mail.length).toBe(received);
  expect(await stack.db.outboxEmail.count({ where: { ...ours, status: { not: "SENT" } } })).toBe(count);

  const back = Date.now();
  await stack.startSmtp();
  await expect.poll(unsent, { timeout: FULL ? 800_000 : 200_000, intervals: [1000] }).toBe(0);
  console.log(
    `R2b: ${count} sign-ups during the outage; ` +
      `every outbox email sent ${((Date.now() - back) / 1000).toFixed(1)} s after SMTP returned; ` +
      `${stack.mail.length} emails received in the suite`,
  );

  const perMessage = new Map<string, number>();
  for (const m of stack.mail)
    perMessage.set(`${m.to}\n${m.subject}`, (perMessage.get(`${m.to}\n${m.subject}`) ?? 0) + 1);
  expect([...perMessage].filter(([, n]) => n > 1)).toEqual([]);
  const sent = await stack.db.outboxEmail.count({ where: { status: "SENT" } });
  expect(stack.mail.length).toBe(sent);
  const perRecipient = new Map<string, number>();
  for (const m of stack.mail) perRecipient.set(m.to, (perRecipient.get(m.to) ?? 0) + 1);
  expect(bodies.filter((b) => perRecipient.get(b.email) !== 1).map((b) => b.email)).toEqual([]);
});
