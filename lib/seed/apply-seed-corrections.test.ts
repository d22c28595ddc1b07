import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { DEFAULT_HANDIN_LETTER } from "../handin/covering-letter";
import { loadSeedTranslations } from "./seed-translations";
import { applySeedCorrections, loadSeedHistory } from "./apply-seed-corrections";
import { loadSeedData, loadSeedLetters } from "./seed-data";

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
});
afterAll(() => db.$disconnect());

const history = loadSeedHistory();
const current = {
  petitionBody: loadSeedData().campaign.petition.body,
  myTranslations: loadSeedTranslations("my"),
  letters: new Map([...loadSeedLetters().values()].flat().map((l) => [l.key, l.body])),
};
const THAILAND = "https://www.bangkokpost.com/thailand/general/1413774/myanmar-general-given-royal-honour";
const INDIA = "https://thediplomat.com/2019/07/india-myanmar-conclude-defense-cooperation-agreement/";

describe("correcting a database seeded with the old words", () => {
  it("corrects the rows still holding the seed's old words, and reports the ones an organiser changed", async () => {
    const petition = await db.petition.findFirstOrThrow();
    await db.petition.update({ where: { id: petition.id }, data: { body: history.petitionBody[0] } });
    await db.handInLetter.updateMany({ data: { body: history.handInLetter[0], editedBy: null } });
    await db.messageTemplate.updateMany({
      where: { key: "japan-headline" },
      data: { body: history.letters["japan-headline"][0] },
    });
    const thailand = await db.evidenceItem.findFirstOrThrow({ where: { url: THAILAND } });
    const india = await db.evidenceItem.findFirstOrThrow({ where: { url: INDIA } });
    const key = (entityId: string) => ({
      lang_entity_entityId_field: { lang: "my", entity: "evidence", entityId, field: "summary" },
    });
    await db.contentTranslation.update({
      where: key(thailand.id),
      data: { text: history.translations.my.evidence[THAILAND][0], updatedBy: null },
    });
    // An organiser saved India's old draft as their own: theirs to correct.
    await db.contentTranslation.update({
      where: key(india.id),
      data: { text: history.translations.my.evidence[INDIA][0], updatedBy: "organiser@example.org" },
    });

    const report = await applySeedCorrections(db, history, current);
    expect(report.corrected).toEqual(
      expect.arrayContaining([
        "petition text",
        "hand-in covering letter",
        "letter japan-headline",
        `Burmese research note on ${THAILAND}`,
      ]),
    );
    expect(report.leftAlone).toEqual([`Burmese research note on ${INDIA} (saved by organiser@example.org)`]);
    expect((await db.petition.findUniqueOrThrow({ where: { id: petition.id } })).body).toBe(current.petitionBody);
    expect((await db.handInLetter.findFirstOrThrow()).body).toBe(DEFAULT_HANDIN_LETTER);
    const corrected = await db.contentTranslation.findUniqueOrThrow({ where: key(thailand.id) });
    expect(corrected).toMatchObject({ text: current.myTranslations.evidence[THAILAND], approvedAt: null });
    expect((await db.contentTranslation.findUniqueOrThrow({ where: key(india.id) })).text).toBe(
      history.translations.my.evidence[INDIA][0],
    );

    // Run again: nothing more to do, the organiser's row still reported.
    const again = await applySeedCorrections(db, history, current);
    expect(again.corrected).toEqual([]);
    expect(again.leftAlone).toHaveLength(1);
  });
});
