// Pure. The classifier scripts/bench/signed-timing.ts states before running: logistic regression on
// standardised features, fitted on one half of the probes and scored on the other (AUC by
// Mann-Whitney, a bootstrap interval), with the seeded generator that makes a run repeatable.

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

// A seeded generator, so a run's split and resamples can be repeated.
export function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type TProbe = { known: 0 | 1; x: number[] };

/** Area under the ROC curve of scores for the known class (ties count half). */
function auc(scores: number[], labels: number[]): number {
  const order = scores.map((s, i) => [s, labels[i]] as const).sort((a, b) => a[0] - b[0]);
  let rankSumKnown = 0;
  let known = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j < order.length && order[j][0] === order[i][0]) j++;
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) {
      if (!order[k][1]) continue;
      rankSumKnown += rank;
      known++;
    }
    i = j;
  }
  const other = order.length - known;
  return (rankSumKnown - (known * (known + 1)) / 2) / (known * other);
}

/** Logistic regression by gradient descent on standardised features; returns a scorer. */
function fitLogistic(train: TProbe[]): (x: number[]) => number {
  const d = train[0].x.length;
  const mean = Array.from({ length: d }, (_, k) => train.reduce((a, p) => a + p.x[k], 0) / train.length);
  const sd = Array.from({ length: d }, (_, k) =>
    Math.sqrt(train.reduce((a, p) => a + (p.x[k] - mean[k]) ** 2, 0) / train.length || 1),
  );
  const z = (x: number[]) => x.map((v, k) => (v - mean[k]) / sd[k]);
  const w = new Array(d + 1).fill(0);
  for (let step = 0; step < 2000; step++) {
    const grad = new Array(d + 1).fill(0);
    for (const p of train) {
      const f = z(p.x);
      const s = 1 / (1 + Math.exp(-(w[d] + f.reduce((a, v, k) => a + v * w[k], 0))));
      for (let k = 0; k < d; k++) grad[k] += (s - p.known) * f[k];
      grad[d] += s - p.known;
    }
    for (let k = 0; k <= d; k++) w[k] -= (0.5 * grad[k]) / train.length;
  }
  return (x) => {
    const f = z(x);
    return w[d] + f.reduce((a, v, k) => a + v * w[k], 0);
  };
}

export function evaluate(probes: TProbe[], random: () => number, features: number[]) {
  const pick = (p: TProbe): TProbe => ({ known: p.known, x: features.map((k) => p.x[k]) });
  const shuffled = shuffle(probes.map(pick), random);
  const half = Math.floor(shuffled.length / 2);
  const train = shuffled.slice(0, half);
  const test = shuffled.slice(half);
  const score = fitLogistic(train);
  const scores = test.map((p) => score(p.x));
  const labels = test.map((p) => p.known);
  const point = auc(scores, labels);
  const boots: number[] = [];
  for (let b = 0; b < 2000; b++) {
    const s: number[] = [];
    const l: number[] = [];
    for (let i = 0; i < test.length; i++) {
      const j = Math.floor(random() * test.length);
      s.push(scores[j]);
      l.push(labels[j]);
    }
    if (l.some((v) => v) && l.some((v) => !v)) boots.push(auc(s, l));
  }
  boots.sort((a, b) => a - b);
  return { point, low: boots[Math.floor(boots.length * 0.025)], high: boots[Math.floor(boots.length * 0.975)] };
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
