import { describe, expect, it } from "vitest";
import { cardAtMostOncePerMinute } from "./card-once-a-minute";

// Issue 26: the petition's and campaign's preview images were drawn on every request (89 ms of CPU
// each; about 24 a second saturated an instance). Each language's card is drawn at most once a minute.
function drawer() {
  let draws = 0;
  return {
    count: () => draws,
    draw: async () => {
      draws++;
      return new Response(new Uint8Array([draws, 1, 2]), { headers: { "content-type": "image/png" } });
    },
  };
}
const bytes = async (response: Response) => [...new Uint8Array(await response.arrayBuffer())];

describe("preview cards", () => {
  it("are drawn once a minute per card and language, whoever asks meanwhile", async () => {
    const { draw, count } = drawer();
    const t0 = 1_000_000;
    const first = await Promise.all(
      Array.from({ length: 5 }, () => cardAtMostOncePerMinute("t-campaign:my", draw, t0)),
    );
    expect(count()).toBe(1);
    const later = await cardAtMostOncePerMinute("t-campaign:my", draw, t0 + 59_000);
    expect(count()).toBe(1);
    expect(await bytes(later)).toEqual(await bytes(first[0]));
    expect(later.headers.get("content-type")).toBe("image/png");
    await cardAtMostOncePerMinute("t-campaign:en", draw, t0 + 1000);
    expect(count()).toBe(2);
    await cardAtMostOncePerMinute("t-campaign:my", draw, t0 + 60_001);
    expect(count()).toBe(3);
  });

  it("are drawn again on the next request after a failed drawing", async () => {
    let fail = true;
    const draw = async () => {
      if (fail) throw new Error("font not loaded");
      return new Response(new Uint8Array([7]));
    };
    await expect(cardAtMostOncePerMinute("t-failing:en", draw, 5)).rejects.toThrow("font not loaded");
    fail = false;
    expect(await bytes(await cardAtMostOncePerMinute("t-failing:en", draw, 6))).toEqual([7]);
  });
});
