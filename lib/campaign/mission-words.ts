// Pure. What a London mission is and who heads it, from the data: a "High Commission" (a Commonwealth
// country's mission: India, Pakistan, Australia) is headed by a High Commissioner, an embassy by an
// ambassador, unless an organiser has recorded, with its source, that a chargé d'affaires heads it
// (Belarus recalled its ambassador). The hand-in letter's salutation and the channel words follow.

export const HEADS_OF_MISSION = ["CHARGE_D_AFFAIRES"] as const;

export type TMissionKind = "HIGH_COMMISSION" | "EMBASSY";

export function missionKindOf(missionName: string | null | undefined): TMissionKind {
  return /high commission/i.test(missionName ?? "") ? "HIGH_COMMISSION" : "EMBASSY";
}

/** The hand-in letter's salutation for a mission, or a general one when no mission is known. */
export function salutationFor(
  mission: { name: string; headOfMission?: string | null; headOfMissionSourceUrl?: string | null } | null,
): string {
  if (!mission) return "Dear Sir or Madam,";
  // Only a recorded, sourced head of mission overrides what the mission's name implies.
  if (mission.headOfMission === "CHARGE_D_AFFAIRES" && mission.headOfMissionSourceUrl) return "Dear Chargé d'Affaires,";
  return missionKindOf(mission.name) === "HIGH_COMMISSION" ? "Dear High Commissioner," : "Dear Ambassador,";
}
