import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../lib/db/client";
import { signInAs } from "./admin-session";
import { mailTo, waitForMail } from "./mailbox";

// An email the worker set aside (DEAD, issue 28) is shown on the dashboard with why; an organiser
// retries it (it is then sent) or discards it (it is not kept). Two rows written directly, as the
// worker leaves them after its fifth failure of their own (lib/mail/deliver-outbox.ts).
test("an organiser retries one email set aside and discards another, from the dashboard", async ({
  page,
  context,
  baseURL,
}) => {
  const tag = randomUUID().slice(0, 8);
  const [retried, discarded] = ["retry", "discard"].map((what) => ({
    id: randomUUID(),
    kind: "data-access",
    toAddress: `dl-${what}-${tag}@example.org`,
    subject: `Set aside ${what} ${tag}`,
    text: `The email set aside to ${what}.`,
    status: "DEAD" as const,
    attempts: 5,
    rowFailures: 5,
    lastError: `550 5.1.1 mailbox busy ${what} ${tag}`,
  }));
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    await db.outboxEmail.createMany({ data: [retried, discarded] });
    await signInAs(context, baseURL!, "ORGANISER");
    await page.goto("/admin");
    const rowOf = (email: typeof retried) =>
      page.getByTestId("dead-letters").getByRole("row").filter({ hasText: email.lastError });
    await expect(rowOf(retried)).toContainText("5 tries");
    await expect(rowOf(discarded)).toContainText("example.org");

    // The row leaves the list as the page is drawn again: it is no longer set aside.
    await rowOf(retried).getByRole("button", { name: "Retry" }).click();
    await expect(rowOf(retried)).toHaveCount(0);
    const [mail] = await waitForMail(retried.toAddress, 1, retried.subject);
    expect(mail.text).toContain("The email set aside to retry.");

    await rowOf(discarded).getByRole("button", { name: "Discard" }).click();
    await expect(rowOf(discarded)).toHaveCount(0);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: discarded.id } })).toMatchObject({
      status: "FAILED",
      text: "",
    });
    await page.reload();
    await expect(page.getByTestId("mail-health")).not.toContainText(tag);
    expect(mailTo(discarded.toAddress)).toEqual([]);
  } finally {
    await db.$disconnect();
  }
});
