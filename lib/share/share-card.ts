// Pure: what each page's preview image says (components/share/ShareCard.tsx draws it). Dated like
// every other statement of the list, with counts where the page has them.
import { statusWording } from "../campaign/status-wording";
import { missionKindOf } from "../campaign/mission-words";
import { fill } from "../text/fill";
import { formatNumberIn, type TLang } from "../i18n/languages";
import { messagesFor } from "../i18n/messages";

export type TShareCard = {
  kicker: string;
  title: string;
  /** A coloured line under the title: a country's status on the list. */
  badge?: { text: string; tone: "listed" | "removed" };
  lines: string[];
};

/** The campaign card's description, for its own route and for the pages that show it as theirs. */
export const CAMPAIGN_CARD_ALT =
  "End military ties with the Burmese military: the countries named in March 2021, and the petition's count";
export const COUNTRY_CARD_ALT =
  "The country's name, its place on Burma Campaign UK's list of March 2021, and its evidence count";
export const PETITION_CARD_ALT = "The petition's title and how many people have signed it";

/** A country's card in a language: its name as the page shows it, its facts those of the English card. */
export function countryCard(
  country: {
    name: string;
    status: "LISTED" | "REMOVED";
    statusDate: Date | null;
    addedBy: string | null;
    evidenceCount: number;
    /** Its mission in London's name, as the data gives it: an embassy or a high commission. */
    missionName?: string | null;
  },
  lang: TLang = "en",
): TShareCard {
  const t = messagesFor(lang).shareCard;
  const listed = country.status === "LISTED";
  const one = country.evidenceCount === 1;
  const evidence =
    country.addedBy === null
      ? one
        ? t.evidenceInBriefingOne
        : t.evidenceInBriefingMany
      : one
        ? t.evidenceOne
        : t.evidenceMany;
  return {
    kicker: t.kicker,
    title: country.name,
    badge: {
      text: statusWording(country.status, country.statusDate, country.addedBy !== null, lang),
      tone: listed ? "listed" : "removed",
    },
    lines: [
      fill(evidence, { count: formatNumberIn(lang, country.evidenceCount) }),
      listed ? t.actListed[missionKindOf(country.missionName)] : t.actRemoved,
    ],
  };
}

/** The campaign's card (the home page's) in a language: the campaign's title as the page shows it. */
export function campaignCard(
  campaign: { title: string; listedCount: number; signatures: number },
  lang: TLang = "en",
): TShareCard {
  const t = messagesFor(lang).shareCard;
  const n = (value: number) => ({ count: formatNumberIn(lang, value) });
  return {
    kicker: t.campaignKicker,
    title: campaign.title,
    lines: [
      fill(campaign.listedCount === 1 ? t.campaignCountriesOne : t.campaignCountriesMany, n(campaign.listedCount)),
      fill(campaign.signatures === 1 ? t.signedOne : t.signedMany, n(campaign.signatures)),
    ],
  };
}

/** The petition's card in a language: its title as the page shows it, the count in the language's digits. */
export function petitionCard(
  petition: { title: string; signatures: number; goal: number },
  lang: TLang = "en",
): TShareCard {
  const t = messagesFor(lang).shareCard;
  const line = petition.signatures === 1 ? t.petitionLineOne : t.petitionLineMany;
  const values = { count: formatNumberIn(lang, petition.signatures), goal: formatNumberIn(lang, petition.goal) };
  return { kicker: t.petitionKicker, title: petition.title, lines: [fill(line, values)] };
}
