// What converting Zawgyi costs the signing path: time per cleanLine call for names in ASCII, in
// Unicode Burmese and in Zawgyi, and what the Myanmar-script test alone costs (all that non-Burmese
// text pays). `npx tsx scripts/bench/zawgyi.ts`; N=… changes the number of calls.
import { cleanLine } from "../../lib/text/clean-text";
import { hasMyanmarScript } from "../../lib/text/myanmar-script";

const N = Number(process.env.N ?? 200_000);
const NAMES = {
  ascii: ["Aung Kyaw", "Margaret Smith", "Jean-Luc Picard", "Zoë Ørsted", "Ngozi Adichie", "O'Brien"],
  unicode: ["အောင်ဆန်းစုကြည်", "မောင်မောင်", "ဒေါ်ခင်ကြည်", "မ်း", "ကျော်ဇော", "မြင့်သန်း"],
  zawgyi: ["ေအာင္ဆန္းစုၾကည္", "ေမာင္ေမာင္", "ေဒၚခင္ၾကည္", "မ္း", "ေက်ာ္ေဇာ္", "ျမင့္သန္း"],
};

function perCall(fn: (text: string) => unknown, names: string[], calls: number): number {
  let sink = 0;
  const started = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) sink += fn(names[i % names.length]) ? 1 : 0;
  const ns = Number(process.hrtime.bigint() - started) / calls;
  if (sink < 0) console.log(sink); // keeps the calls from being optimised away
  return ns;
}

for (const [kind, names] of Object.entries(NAMES)) {
  perCall(cleanLine, names, 2_000); // warm-up: loads the detector, compiles the paths
  const calls = kind === "zawgyi" ? Math.ceil(N / 20) : N;
  const clean = perCall(cleanLine, names, calls);
  const test = perCall(hasMyanmarScript, names, N);
  console.log(
    `${kind.padEnd(8)} cleanLine ${(clean / 1000).toFixed(2).padStart(7)} µs/call (${calls} calls); ` +
      `Myanmar-script test alone ${test.toFixed(0)} ns`,
  );
}
