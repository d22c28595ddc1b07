import { loadPackFonts } from "./lib/handin/pdf/fonts";
import { PackDocument } from "./lib/handin/pdf/pack-document";
const m = (l: string) => { global.gc!(); const u = process.memoryUsage(); console.log(l.padEnd(14), "rss", (u.rss / 1048576).toFixed(1), "heap", (u.heapUsed / 1048576).toFixed(1), "ext", (u.external / 1048576).toFixed(1), "ab", (u.arrayBuffers / 1048576).toFixed(1)); };
m("start");
const fonts = await loadPackFonts();
const doc = new PackDocument("t", "f", fonts);
doc.pdf.on("data", () => {});
m("doc");
const names = process.argv[2] === "latin" ? ["Signer Number"] : process.argv[2] === "rtl" ? ["محمد عبد الله", "דוד כהן"] : process.argv[2] === "cjk" ? ["王 小明", "山田 はなこ", "김 민준"] : ["Signer Number", "အောင် Number", "王 小明", "山田 はなこ", "김 민준", "สมชาย ใจดี", "محمد عبد الله", "דוד כהן"];
for (const n of names) { doc.row(n + " 1", "United Kingdom"); m(n); }
let peak = 0;
const t = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
for (let i = 1; i <= 30000; i++) {
  doc.row(`${names[i % names.length]} ${i}`, "United Kingdom");
  if (i % 60 === 0) await new Promise((r) => setImmediate(r));
}
clearInterval(t);
console.log("peak rss during 30k", (peak / 1048576).toFixed(1));
m("after 30k");
