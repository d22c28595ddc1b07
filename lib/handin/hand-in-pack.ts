import { z } from "zod";
import { CAMPAIGN_SLUG } from "../campaign/campaign-slug";
import { formatPartialDate } from "../i18n/format-date";
import type { PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { getPetition } from "../petition/petition";
import { fillHandInLetter, getHandInLetter } from "./covering-letter";
import { postalAddressOf } from "../campaign/postal-address";
import { salutationFor } from "../campaign/mission-words";
import { gatherPackFacts, namedSigners, type TPackFacts } from "./pack-facts";
import { drawPack } from "./pdf/draw-pack";
import { loadPackFonts } from "./pdf/fonts";
import { PackDocument } from "./pdf/pack-document";
import { pdfStream } from "./pdf/pdf-stream";
import { zodReason } from "../reasons/reason";

export const ZHandInPackQuery = z.object({
  // A listed country's pack, or none: the pack for all of them.
  country: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/, zodReason("notACountryOfOurs"))
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

type TTarget = {
  slug: string | null;
  missionName: string;
  missionAddress: string;
  countryName: string;
  salutation: string;
  /** What is true of the country (or countries): named by the briefing, or added by the campaign. */
  countryBasis: string;
};

const londonDay = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Europe/London" });
const londonTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Europe/London",
});
const inWords = (names: string[]) =>
  names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;

type TListed = { name: string; addedBy: string | null; statusDate: Date | null };

/** The briefing's words for the countries it named; the campaign's own date for those it added. */
function countryBasisOf(countries: TListed[]): string {
  const named = countries.filter((c) => c.addedBy === null).map((c) => c.name);
  const added = countries.filter((c) => c.addedBy !== null);
  const parts = named.length ? [`The briefing named ${inWords(named)} among them.`] : [];
  for (const c of added)
    parts.push(
      `The briefing did not name ${c.name}: the campaign added it to its list` +
        `${c.statusDate ? ` on ${londonDay.format(c.statusDate)}` : ""}.`,
    );
  return parts.join(" ");
}

/** Who a pack is addressed to: a listed country's mission in London, or every listed government. */
async function targetOf(db: PrismaClient, slug: string | undefined): Promise<TTarget> {
  const listed = await db.country.findMany({
    where: { campaign: { slug: CAMPAIGN_SLUG }, status: "LISTED" },
    orderBy: [{ briefingRank: "asc" }, { name: "asc" }],
    include: { contacts: { where: { kind: "LONDON_MISSION" }, orderBy: { name: "asc" }, take: 1 } },
  });
  if (!slug)
    return {
      slug: null,
      missionName: "The governments named in Burma Campaign UK's briefing of March 2021",
      missionAddress: "",
      countryName: inWords(listed.map((c) => c.name)),
      salutation: salutationFor(null),
      countryBasis: countryBasisOf(listed),
    };
  const country = listed.find((c) => c.slug === slug);
  if (!country) throw new AppError("NOT_FOUND", "packCountryNotListed");
  const mission = country.contacts[0];
  return {
    slug,
    missionName: mission?.name ?? `The mission of ${country.name} in London`,
    missionAddress: mission?.address ? postalAddressOf(mission.address) : "",
    countryName: country.name,
    salutation: salutationFor(mission ?? null),
    countryBasis: countryBasisOf([country]),
  };
}

export function dateRangeText(facts: Pick<TPackFacts, "firstSignedAt" | "lastSignedAt">): string {
  if (!facts.firstSignedAt || !facts.lastSignedAt) return "(no confirmed signatures yet)";
  const [first, last] = [londonDay.format(facts.firstSignedAt), londonDay.format(facts.lastSignedAt)];
  // One day is one date, never "from 6 December 2026 to 6 December 2026".
  return first === last ? first : `${first} to ${last}`;
}

/** When the pack's signatures were made, as words to end a sentence: one day is "on" that day. */
function signedWhenText(facts: Pick<TPackFacts, "firstSignedAt" | "lastSignedAt">): string {
  if (!facts.firstSignedAt || !facts.lastSignedAt) return "";
  const [first, last] = [londonDay.format(facts.firstSignedAt), londonDay.format(facts.lastSignedAt)];
  return first === last ? `on ${first}` : `between ${first} and ${last}`;
}

function packFilename(slug: string | null, now: Date): string {
  return `hand-in-pack-${slug ?? "all-countries"}-${now.toISOString().slice(0, 10)}.pdf`;
}

/**
 * A hand-in pack as at `now`: its figures are counted before the first byte (so a country we do not
 * list is refused with a proper answer), then the PDF is drawn as it is read. `onDone` gets the number
 * of named signers once the last byte is written.
 */
export async function openHandInPack(db: PrismaClient, slug: string | undefined, now: Date) {
  const target = await targetOf(db, slug);
  const [petition, letter, campaign] = await Promise.all([
    getPetition(db),
    getHandInLetter(db),
    db.campaign.findUniqueOrThrow({ where: { slug: CAMPAIGN_SLUG } }),
  ]);
  const [facts, fonts] = await Promise.all([gatherPackFacts(db, petition.id, now), loadPackFonts()]);
  const dateRange = dateRangeText(facts);
  const filled = fillHandInLetter(letter.body, {
    mission_name: target.missionName,
    mission_address: target.missionAddress,
    country_name: target.countryName,
    signature_count: facts.confirmed.toLocaleString("en-GB"),
    named_count: facts.named.toLocaleString("en-GB"),
    date_range: dateRange,
    today: londonDay.format(now),
    salutation: target.salutation,
    country_basis: target.countryBasis,
    briefing_source:
      `${campaign.briefingPublisher}, ${campaign.briefingSeries}: "${campaign.briefingTitle}" ` +
      `(${formatPartialDate(campaign.briefingDate)}), ${campaign.briefingUrl}`,
  });
  const title = `Petition hand-in pack: ${target.slug ? target.countryName : "all listed countries"}`;
  return {
    facts,
    filename: packFilename(target.slug, now),
    stream(onDone: (named: number) => Promise<void>): ReadableStream<Uint8Array> {
      const doc = new PackDocument(title, `${title} · as at ${londonTime.format(now)}`, fonts);
      let named = 0;
      async function* counted() {
        for await (const batch of namedSigners(db, petition.id, now)) {
          named += batch.length;
          yield batch;
        }
      }
      const content = {
        letter: filled,
        petition,
        facts,
        signedWhen: signedWhenText(facts),
        asOfText: londonTime.format(now),
      };
      return pdfStream(doc.pdf, drawPack(doc, content, counted()), () => onDone(named));
    },
  };
}
