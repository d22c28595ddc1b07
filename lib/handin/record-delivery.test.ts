import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { recordDelivery, ZHandInDelivery } from "./record-delivery";
import { englishOfZod } from "../reasons/reason";

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
});
afterAll(() => db.$disconnect());

const ACTOR = "organiser@example.org";
const NOW = new Date("2027-03-04T12:00:00Z");
const OPTIONS = { now: NOW, petitionUrl: "https://campaign.example/petition" };
const FORM = {
  deliveredOn: "2027-03-04",
  method: "IN_PERSON",
  recipient: "the Deputy Head of Mission",
  photoUrl: "",
  reply: "",
  signatureCount: "1204",
};

describe("marking a pack delivered", () => {
  it("puts a dated update on the country's timeline, keeps the delivery and audits both", async () => {
    const input = ZHandInDelivery.parse({ ...FORM, reply: "We have noted your concerns." });
    const update = await recordDelivery(db, ACTOR, "japan", input, OPTIONS);
    expect(update).toMatchObject({
      happenedOn: "2027-03-04",
      title: "Petition handed in to Embassy of Japan in the UK",
      summary:
        "Handed in person to the Deputy Head of Mission: 1,204 signatures, naming only the signers who asked to be " +
        "named.\n\nTheir reply: We have noted your concerns.",
      // No photo: the source is the petition that was handed in.
      sourceUrl: "https://campaign.example/petition",
      createdBy: ACTOR,
    });
    const delivery = await db.handInDelivery.findUniqueOrThrow({ where: { updateId: update.id } });
    expect(delivery).toMatchObject({ method: "IN_PERSON", signatureCount: 1204, photoUrl: null, createdBy: ACTOR });
    const actions = (await db.auditLog.findMany({ where: { actorEmail: ACTOR } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["add-update", "record-handin"]));
  });

  it("uses the photo as the update's source when there is one", async () => {
    const input = ZHandInDelivery.parse({ ...FORM, method: "POST", photoUrl: "https://photos.example/handin.jpg" });
    const update = await recordDelivery(db, ACTOR, "india", input, OPTIONS);
    expect(update.sourceUrl).toBe("https://photos.example/handin.jpg");
    expect(update.summary).toMatch(/^Handed by post to /);
  });

  it("refuses, in words, a photo link that is not a web address, a missing recipient and a made-up method", () => {
    const result = ZHandInDelivery.safeParse({ ...FORM, photoUrl: "javascript:alert(1)", recipient: " ", method: "x" });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], englishOfZod(i.message)]));
    expect(fields).toMatchObject({
      photoUrl: "The photo link must be a full web address (https://…).",
      recipient: "Say who received it.",
      method: "Choose in person, by post or by email.",
    });
  });

  it("refuses a date still to come, and a country off the list", async () => {
    const tomorrow = ZHandInDelivery.parse({ ...FORM, deliveredOn: "2027-03-05" });
    await expect(recordDelivery(db, ACTOR, "japan", tomorrow, OPTIONS)).rejects.toSatisfy(
      (e) => e instanceof AppError && e.details?.fields?.deliveredOn?.code === "deliveryDateToCome",
    );
    await expect(recordDelivery(db, ACTOR, "australia", ZHandInDelivery.parse(FORM), OPTIONS)).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === "NOT_FOUND",
    );
    expect(await db.handInDelivery.count({ where: { deliveredOn: "2027-03-05" } })).toBe(0);
  });
});
