import { describe, expect, it } from "vitest";
import { messagesFor } from "../i18n/messages";
import { campaignCard, countryCard, petitionCard } from "./share-card";

describe("preview cards", () => {
  it("give a country its name, its dated status, its evidence count and the campaign line", () => {
    const card = countryCard({ name: "Japan", status: "LISTED", statusDate: null, addedBy: null, evidenceCount: 3 });
    expect(card.title).toBe("Japan");
    expect(card.badge).toEqual({ text: "Named in Burma Campaign UK's briefing of March 2021", tone: "listed" });
    expect(card.lines[0]).toBe("3 sources of evidence cited in the briefing");
    expect(card.kicker).toBe("End military ties with the Burmese military");
  });

  it("ask people to write to a high commission where the mission is one", () => {
    const india = { name: "India", status: "LISTED" as const, statusDate: null, addedBy: null, evidenceCount: 4 };
    expect(countryCard({ ...india, missionName: "High Commission of India, London" }).lines[1]).toBe(
      "Write to its high commission in London, and sign the petition",
    );
    expect(countryCard({ ...india, missionName: "High Commission of India, London" }, "my").lines[1]).toBe(
      messagesFor("my").shareCard.actListed.HIGH_COMMISSION,
    );
    expect(countryCard({ ...india, name: "Japan", missionName: "Embassy of Japan in the UK" }).lines[1]).toBe(
      "Write to its embassy in London, and sign the petition",
    );
  });

  it("date a removal, and count one source as one", () => {
    const removed = new Date("2021-03-07T00:00:00Z");
    const card = countryCard({
      name: "Australia",
      status: "REMOVED",
      statusDate: removed,
      addedBy: null,
      evidenceCount: 1,
    });
    expect(card.badge).toEqual({ text: "Removed from the list on 7 March 2021", tone: "removed" });
    expect(card.lines[0]).toBe("1 source of evidence cited in the briefing");
  });

  it("say the same facts in Burmese, from the catalogue, with the date and count as Burmese writes them", () => {
    const t = messagesFor("my").shareCard;
    const listed = countryCard(
      { name: "ဂျပန်", status: "LISTED", statusDate: null, addedBy: null, evidenceCount: 3 },
      "my",
    );
    expect(listed).toEqual({
      kicker: t.kicker,
      title: "ဂျပန်",
      badge: { text: messagesFor("my").status.named, tone: "listed" },
      lines: [t.evidenceInBriefingMany.replace("{count}", "၃"), t.actListed.EMBASSY],
    });
    const removed = countryCard(
      {
        name: "သြစတြေးလျ",
        status: "REMOVED",
        statusDate: new Date("2021-03-07T00:00:00Z"),
        addedBy: null,
        evidenceCount: 1,
      },
      "my",
    );
    expect(removed.badge?.text).toBe("၂၀၂၁ ခုနှစ် မတ်လ ၇ ရက် တွင် စာရင်းမှ ပယ်ဖျက်ခဲ့သည်");
    expect(removed.lines).toEqual([t.evidenceInBriefingOne.replace("{count}", "၁"), t.actRemoved]);
    const added = countryCard({ name: "x", status: "LISTED", statusDate: null, addedBy: "o", evidenceCount: 2 }, "my");
    expect(added.lines[0]).toBe(t.evidenceMany.replace("{count}", "၂"));
  });

  it("show the live signature count on the campaign's and the petition's cards", () => {
    expect(campaignCard({ title: "End ties", listedCount: 12, signatures: 1234 }).lines).toEqual([
      "12 countries named for military training or cooperation with it",
      "1,234 people have signed the petition",
    ]);
    expect(petitionCard({ title: "End ties", signatures: 1, goal: 1000 }).lines).toEqual([
      "1 person has signed the petition. Help us reach 1,000.",
    ]);
    expect(campaignCard({ title: "အဆုံးသတ်ရေး", listedCount: 12, signatures: 1 }, "my").lines).toEqual([
      "စစ်ရေးလေ့ကျင့်ပေးမှု သို့မဟုတ် ပူးပေါင်းဆောင်ရွက်မှုအတွက် အမည်ဖော်ပြခံရသော နိုင်ငံ ၁၂ နိုင်ငံ",
      "အသနားခံစာကို ၁ ဦး လက်မှတ်ထိုးပြီးပါပြီ",
    ]);
    expect(petitionCard({ title: "အဆုံးသတ်ရေး", signatures: 1234, goal: 10000 }, "my")).toEqual({
      kicker: "အသနားခံစာကို လက်မှတ်ထိုးပါ",
      title: "အဆုံးသတ်ရေး",
      lines: ["၁,၂၃၄ ဦး လက်မှတ်ထိုးပြီးပါပြီ။ ၁၀,၀၀၀ ဦး ပြည့်အောင် ကူညီပါ။"],
    });
  });
});
