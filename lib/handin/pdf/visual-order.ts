// Pure. A line mixes runs of text in different faces; each run is shaped in its own direction
// (HarfBuzz draws a right-to-left run right to left), but the runs themselves must also be put in the
// order they are seen. This is the Unicode Bidirectional Algorithm (UAX #9) at the level of runs,
// which is enough for names: a line is right to left when its first letter is; right-to-left runs are
// at level 1 and the others at level 0 (or 2 inside a right-to-left line); spaces between two runs of
// one direction take it, others the line's (rule N1, N2); then rule L2 reverses.

const LETTER = /\p{L}/u;
const EDGES = /^(\s*)([\s\S]*?)(\s*)$/u;

type TRun = { text: string; rtl: boolean };

/** The runs, given in the order they were typed, in the order they are drawn from left to right. */
export function visualOrder<T extends TRun>(runs: T[]): T[] {
  const lineRtl = runs.find((r) => LETTER.test(r.text))?.rtl ?? false;
  // Spaces at a run's edges become runs of their own, placed by their neighbours.
  const pieces: { run: T; strong: boolean }[] = runs.flatMap((run) => {
    const [, before, core, after] = EDGES.exec(run.text)!;
    return [before, core, after]
      .map((text, i) => ({ run: { ...run, text }, strong: i === 1 }))
      .filter((p) => p.run.text);
  });
  const strongRtl = (from: number, step: number) => {
    for (let i = from; i >= 0 && i < pieces.length; i += step) if (pieces[i].strong) return pieces[i].run.rtl;
    return lineRtl;
  };
  const levels = pieces.map((p, i) => {
    const rtl = p.strong ? p.run.rtl : strongRtl(i - 1, -1) === strongRtl(i + 1, 1) ? strongRtl(i - 1, -1) : lineRtl;
    return rtl ? 1 : lineRtl ? 2 : 0;
  });
  const order = pieces.map((_, i) => i);
  for (let level = Math.max(0, ...levels); level >= 1; level--) {
    for (let i = 0; i < order.length;) {
      if (levels[order[i]] < level) {
        i++;
        continue;
      }
      let end = i;
      while (end < order.length && levels[order[end]] >= level) end++;
      order.splice(i, end - i, ...order.slice(i, end).reverse());
      i = end;
    }
  }
  return order.map((i) => pieces[i].run);
}
