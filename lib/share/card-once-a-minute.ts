// The petition's and campaign's preview cards show the signature count and are asked for by every
// link preview: drawn on each request (89 ms of CPU each), about 24 a second saturated an instance
// (issue 26). Each card and language is drawn at most once a minute per process; everyone asking
// meanwhile gets the same bytes. A failed drawing is forgotten at once, so the next request tries again.
import { processSlot } from "../process-state.js";

type TDrawn = { at: number; card: Promise<{ body: ArrayBuffer; headers: [string, string][] }> };
const holder = processSlot<Map<string, TDrawn>>("shareCards");
const MINUTE = 60_000;

export async function cardAtMostOncePerMinute(
  key: string,
  draw: () => Promise<Response>,
  now = Date.now(),
): Promise<Response> {
  const cards = holder.getOrCreate(() => new Map());
  let drawn = cards.get(key);
  if (!drawn || now - drawn.at >= MINUTE) {
    const card = draw().then(async (response) => ({
      body: await response.arrayBuffer(),
      headers: [...response.headers.entries()],
    }));
    drawn = { at: now, card };
    cards.set(key, drawn);
    const entry = drawn;
    card.catch(() => cards.get(key) === entry && cards.delete(key));
  }
  const { body, headers } = await drawn.card;
  return new Response(body.slice(0), { headers });
}

/** After an organiser's change: the next request draws the cards again. */
export function forgetDrawnCards(): void {
  holder.get()?.clear();
}
