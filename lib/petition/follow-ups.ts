import { getLogger } from "../observability/logger";

// A repeat signer's follow-up (lib/petition/sign-petition.ts) runs after the answer, so the answer's
// timing says nothing about the address. Each is kept here until it settles: a shutdown waits for
// them before the database closes (lib/server/serve-app.ts), and a failure is logged, by its kind
// only (a database error's text can quote what it was given), instead of being lost.
const KEY = Symbol.for("campaign.followUps");
const holder = globalThis as unknown as { [KEY]?: Set<Promise<void>> };
const pending = () => (holder[KEY] ??= new Set());

export function runAfterAnswer(followUp: Promise<unknown>): void {
  const tracked: Promise<void> = followUp
    .then(
      () => undefined,
      (error: unknown) => {
        const code = (error as { code?: unknown })?.code;
        getLogger().error(
          {
            error: error instanceof Error ? error.name : typeof error,
            code: typeof code === "string" ? code : undefined,
          },
          "a repeat signer's follow-up failed; their next submission tries again",
        );
      },
    )
    .finally(() => pending().delete(tracked));
  pending().add(tracked);
}

/** Waits, `ms` at most, for the follow-ups under way: on shutdown, before the database closes. */
export async function settleFollowUps(ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  await Promise.race([Promise.all([...pending()]), timeout]);
  clearTimeout(timer);
}
