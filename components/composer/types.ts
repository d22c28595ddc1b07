import type { ReactNode } from "react";
import type { TLang } from "@/lib/i18n/languages";
import type { TMessages } from "@/lib/i18n/messages/en";
import type { TMissionKind } from "@/lib/campaign/mission-words";

/** The composer's words in the page's language, handed over by the server. */
export type TComposerWords = TMessages["composer"];

type TComposerTarget = {
  id: string;
  name: string;
  emails: string[];
  website: string | null;
  address: string | null;
  phone: string | null;
  /** What the contact's notes say against its number, shown beside the call button. */
  phoneCaution: string | null;
  /** An embassy or a high commission, by its name in the data: the channel words follow it. */
  missionKind: TMissionKind;
  /** Who heads it, as a caller names them ("High Commissioner"). */
  headOfMission: string;
  verified: boolean;
};

export type TComposerProps = {
  /** The page's language: the composer's words, numbers and links; the letters stay English. */
  lang: TLang;
  words: TComposerWords;
  country: { slug: string; name: string };
  targets: TComposerTarget[];
  /** The letters on offer: one is chosen at random when the page loads; the supporter may switch. */
  letters: { id: string; subject: string; body: string }[];
  /** Sentences a supporter may pick, or rewrite, for a "why I care" line in their letter. */
  whyExamples: readonly string[];
  /** False for a country the organisers added after the briefing: the phone script must not cite it. */
  inBriefing: boolean;
  /** The page's share links (rendered on the server), shown in the thank-you after a channel is used. */
  share?: ReactNode;
};
