// Pure. What a London mission is and who heads it, from the data: a "High Commission" (a Commonwealth
// country's mission: India, Pakistan, Australia) is headed by a High Commissioner, an embassy by an
// ambassador, unless an organiser has recorded, with its source, that a chargé d'affaires heads it
// (Belarus recalled its ambassador). The hand-in letter's salutation, the phone script, and the channel
// and share words on the public pages follow.

export const HEADS_OF_MISSION = ["CHARGE_D_AFFAIRES"] as const;

export type TMissionKind = "HIGH_COMMISSION" | "EMBASSY";

type TMission = { name: string; headOfMission?: string | null; headOfMissionSourceUrl?: string | null };

export function missionKindOf(missionName: string | null | undefined): TMissionKind {
  return /high commission/i.test(missionName ?? "") ? "HIGH_COMMISSION" : "EMBASSY";
}

/** A country's mission in London among its contacts (the first, as the page lists them), if any. */
export function londonMissionOf<T extends { kind: string }>(contacts: readonly T[]): T | undefined {
  return contacts.find((c) => c.kind === "LONDON_MISSION");
}

/** The title of who heads a mission, as a letter or a caller addresses them. */
export function headOfMissionTitle(mission: TMission): string {
  // Only a recorded, sourced head of mission overrides what the mission's name implies.
  if (mission.headOfMission === "CHARGE_D_AFFAIRES" && mission.headOfMissionSourceUrl) return "Chargé d'Affaires";
  return missionKindOf(mission.name) === "HIGH_COMMISSION" ? "High Commissioner" : "Ambassador";
}

/** The hand-in letter's salutation for a mission, or a general one when no mission is known. */
export function salutationFor(mission: TMission | null): string {
  return mission ? `Dear ${headOfMissionTitle(mission)},` : "Dear Sir or Madam,";
}
