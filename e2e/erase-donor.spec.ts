import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../lib/db/client";
import { signInAs } from "./admin-session";
import { expectNoAxeViolations } from "./axe";

// Issue 27: an admin erases a donor from a gift's page; an organiser without the admin role cannot.

async function aGift() {
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    const campaign = await db.campaign.findFirstOrThrow();
    const id = randomUUID();
    await db.donation.create({
      data: {
        id,
        campaignId: campaign.id,
        frequency: "ONE_OFF",
        amount: 750,
        currency: "gbp",
        status: "SUCCEEDED",
        donorEmail: `erase-${id.slice(0, 8)}@example.org`,
        donorName: "Nan Erase",
        stripeCustomerId: `cus_${id.slice(0, 12)}`,
        paidAt: new Date(),
        completedAt: new Date(),
      },
    });
    return id;
  } finally {
    await db.$disconnect();
  }
}

async function readGift(id: string) {
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    return await db.donation.findUniqueOrThrow({ where: { id } });
  } finally {
    await db.$disconnect();
  }
}

test("an admin erases a donor from a gift's page; an organiser is refused", async ({ page, context, baseURL }) => {
  const id = await aGift();
  await signInAs(context, baseURL!, "ORGANISER");
  await page.goto(`/admin/donations/${id}`);
  const form = page.getByTestId("erase-donor");
  await form.getByLabel(/Type "erase" to confirm/).fill("erase");
  await form.getByRole("button", { name: "Erase the donor" }).click();
  // The action asks who is asking first: an organiser without the admin role is answered 403.
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  expect((await readGift(id)).donorEmail).not.toBeNull();

  await context.clearCookies();
  await signInAs(context, baseURL!, "ADMIN");
  await page.goto(`/admin/donations/${id}`);
  await expectNoAxeViolations(page);
  await form.getByLabel(/Type "erase" to confirm/).fill("erase");
  await form.getByRole("button", { name: "Erase the donor" }).click();
  // The page is drawn again without the donor: the form has gone, and it says when they were erased.
  await expect(page.getByTestId("donor-erased")).toBeVisible();
  await expect(form).toHaveCount(0);
  const gift = await readGift(id);
  expect(gift).toMatchObject({ donorEmail: null, donorName: null, stripeCustomerId: null, amount: 750 });
  await expect(page.getByTestId("donation-detail")).not.toContainText("Nan Erase");
});
