// Where a server's CPU went under load, from a V8 .cpuprofile (`node --cpu-prof`, as
// scripts/bench/sign-cpu.ts with SIGN_CPU_PROFILE_DIR writes): only the samples between the first and
// the last whose stack holds MARK (default answerSignFast, the signing path), so start-up is left out.
// Prints the share by origin (our code, Next/React, pg, Prisma, Node's HTTP and streams, crypto, GC…)
// and the top functions by self and by inclusive time. With PER_ANSWER_MS (the process's CPU per 202
// from /proc, as sign-cpu.ts prints it), each share is also given as ms per answer: the profile's own
// sample times are wall-clock, and on a loaded machine a descheduled thread still gets samples, so
// shares are what it measures well, not absolute time.
//   npx tsx scripts/bench/cpu-profile-summary.ts <file.cpuprofile> [per_answer_ms] [mark]
import { readFileSync } from "node:fs";

type TNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type TProfile = { nodes: TNode[]; samples: number[]; timeDeltas: number[]; startTime: number };

const [file, answersArg, markArg] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, "utf8")) as TProfile;
const perAnswerMs = Number(answersArg ?? 0);
const mark = markArg ?? "answerSignFast";

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const stackOf = (id: number) => {
  const ids: number[] = [];
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) ids.push(at);
  return ids;
};

function origin(node: TNode): string {
  const { url, functionName } = node.callFrame;
  if (functionName === "(garbage collector)") return "GC";
  if (functionName === "(idle)") return "idle";
  if (functionName === "(program)") return "V8/native (program)";
  if (!url && /^(writev|writeUtf8String|writeBuffer|writeLatin1String)$/.test(functionName))
    return "socket writes (the syscall)";
  if (!url && functionName === "runMicrotasks") return "V8 microtask queue";
  if (/node_modules\/(next|react|react-dom)\//.test(url) || url.includes(".next/")) return "Next/React";
  if (/node_modules\/(pg|pg-[a-z-]+|postgres-[a-z-]+)\//.test(url)) return "pg";
  if (/node_modules\/@prisma\/|lib\/generated\//.test(url)) return "Prisma";
  if (/node_modules\/@?redis/.test(url)) return "redis client";
  if (/node_modules\/zod\//.test(url)) return "zod";
  if (/node_modules\/pino/.test(url)) return "pino";
  if (/node_modules\/(tsx|esbuild)\//.test(url)) return "tsx";
  if (/node:internal\/crypto|^node:crypto/.test(url) || /^(createHmac|digest|update|randomUUID)$/.test(functionName))
    return url.includes("/lib/") && !url.includes("node_modules") ? "our code" : "crypto";
  const nodeIo =
    /node:internal\/(http|_http|streams|stream|net|timers|process\/task_queues)|node:_http|node:net|node:stream/;
  if (nodeIo.test(url)) return "Node HTTP/net/streams";
  if (url.startsWith("node:")) return "Node other";
  if (url.includes("node_modules")) return `other deps (${/node_modules\/((@[^/]+\/)?[^/]+)/.exec(url)?.[1]})`;
  if (/\/(lib|scripts|app)\//.test(url)) return "our code";
  return url ? "other" : "native/builtin";
}

const shortUrl = (url: string) => url.replace(/^.*node_modules\//, "").replace(/^file:\/\/\/work\/[^/]+\//, "");
const frameName = (f: TNode["callFrame"]) =>
  `${f.functionName || "(anonymous)"} ${shortUrl(f.url)}:${f.lineNumber + 1}`;

// The window: first to last sample under the mark.
let t = profile.startTime;
const times = profile.timeDeltas.map((d) => (t += d));
const marked = (id: number) => stackOf(id).some((s) => byId.get(s)!.callFrame.functionName === mark);
let first = -1;
let last = -1;
profile.samples.forEach((id, i) => {
  if (marked(id)) {
    if (first < 0) first = i;
    last = i;
  }
});
if (first < 0) throw new Error(`no sample under ${mark}`);

const self = new Map<number, number>();
const inclusive = new Map<string, number>();
const byOrigin = new Map<string, number>();
let total = 0;
let idle = 0;
for (let i = first; i <= last; i++) {
  const dt = (times[i + 1] ?? times[i]) - times[i]; // µs until the next sample
  const node = byId.get(profile.samples[i])!;
  if (node.callFrame.functionName === "(idle)") {
    idle += dt;
    continue;
  }
  total += dt;
  self.set(node.id, (self.get(node.id) ?? 0) + dt);
  byOrigin.set(origin(node), (byOrigin.get(origin(node)) ?? 0) + dt);
  const seen = new Set<string>();
  for (const s of stackOf(node.id)) {
    const f = byId.get(s)!.callFrame;
    const key = frameName(f);
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
  }
}

const per = (us: number) =>
  perAnswerMs ? `${((perAnswerMs * us) / total).toFixed(4)} ms/answer` : `${(us / 1000).toFixed(0)} ms`;
const pct = (us: number) => `${((100 * us) / total).toFixed(1)}%`;
console.log(
  `window ${((times[last] - times[first]) / 1e6).toFixed(1)} s: main thread busy ${(total / 1e6).toFixed(2)} s, ` +
    `idle ${(idle / 1e6).toFixed(2)} s${perAnswerMs ? `; shares scaled to ${perAnswerMs} ms CPU per answer` : ""}`,
);
console.log("\nby origin (self time):");
for (const [o, us] of [...byOrigin].sort((a, b) => b[1] - a[1]))
  console.log(`  ${pct(us).padStart(6)}  ${per(us)}  ${o}`);

const selfByFn = new Map<string, { us: number; origin: string }>();
for (const [id, us] of self) {
  const n = byId.get(id)!;
  const f = n.callFrame;
  const key = frameName(f);
  const e = selfByFn.get(key) ?? { us: 0, origin: origin(n) };
  e.us += us;
  selfByFn.set(key, e);
}
console.log("\ntop self time:");
for (const [k, e] of [...selfByFn].sort((a, b) => b[1].us - a[1].us).slice(0, 30))
  console.log(`  ${pct(e.us).padStart(6)}  ${per(e.us)}  [${e.origin}] ${k}`);
console.log("\ntop inclusive time:");
for (const [k, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 45))
  console.log(`  ${pct(us).padStart(6)}  ${per(us)}  ${k}`);
