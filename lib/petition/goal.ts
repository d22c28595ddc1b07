// Pure. The target shown beside the count: the petition's goal, then the next step up once reached,
// so the bar always has somewhere to go.
const STEPS = [1, 2.5, 5];

export function currentGoal(count: number, baseGoal: number): number {
  if (count < baseGoal) return baseGoal;
  let magnitude = 10 ** Math.floor(Math.log10(Math.max(baseGoal, 1)));
  for (;;) {
    for (const step of STEPS) {
      const goal = step * magnitude;
      if (goal > count && goal > baseGoal) return goal;
    }
    magnitude *= 10;
  }
}
