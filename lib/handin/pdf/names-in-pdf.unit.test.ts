import { inflateSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { pdfLines } from "../../testing/pdf-text";
import { loadPackFonts, type TPackFonts } from "./fonts";
import { shapeRun } from "./harfbuzz-layout";
import { PackDocument } from "./pack-document";

// A name as its owner wrote it: each is drawn as a row of a pack, then read back two ways. The glyphs
// in the PDF's page (decoded from its content stream, through the subset pdfkit embedded) must be
// exactly HarfBuzz's shaping of the name in the face expected for its script, in the order they are
// seen; and Mozilla's PDF.js must read the name back from the page.

let fonts: TPackFonts;
beforeAll(async () => {
  fonts = await loadPackFonts();
});

type TDrawn = { doc: PackDocument; bytes: Uint8Array };

async function drawRow(name: string, countryCode: string | null = null): Promise<TDrawn> {
  const doc = new PackDocument("Names", "Names", fonts);
  const chunks: Buffer[] = [];
  doc.pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => doc.pdf.on("end", resolve));
  doc.row(name, "Country", {}, countryCode);
  doc.pdf.end();
  await ended;
  return { doc, bytes: new Uint8Array(Buffer.concat(chunks)) };
}

/** The original glyph ids of each text object (BT … ET) on the first page, in the order drawn. */
function drawnGlyphs({ doc, bytes }: TDrawn): { font: string; ids: number[] }[] {
  const pdf = Buffer.from(bytes).toString("latin1");
  // pdfkit's fonts by resource name (F1, F2 …), each with its subset's original glyph ids.
  const families = (
    doc.pdf as unknown as { _fontFamilies: Record<string, { id: string; subset: { glyphs: number[] } }> }
  )._fontFamilies;
  // Each font is there under the face's name and under its PostScript name: the face's is wanted.
  const faceNames = new Set(fonts.faces.map((f) => f.name));
  const byResource = new Map(
    Object.entries(families).flatMap(([name, f]) =>
      faceNames.has(name) ? [[f.id, { name, glyphs: f.subset.glyphs }] as const] : [],
    ),
  );
  const streams = [...pdf.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
    const raw = Buffer.from(m[1], "latin1");
    try {
      return inflateSync(raw).toString("latin1");
    } catch {
      return raw.toString("latin1");
    }
  });
  const content = streams.find((s) => s.includes(" Tf") && s.includes("BT"))!;
  return [...content.matchAll(/BT([\s\S]*?)ET/g)].map(([, block]) => {
    const resource = /\/(F\d+) [\d.]+ Tf/.exec(block)![1];
    const font = byResource.get(resource)!;
    const ids = [...block.matchAll(/<([0-9a-f]+)>/g)].flatMap(([, hex]) =>
      hex.match(/.{4}/g)!.map((h) => font.glyphs[parseInt(h, 16)]),
    );
    return { font: font.name, ids };
  });
}

/** HarfBuzz's glyphs for a piece of text in a face, as the share cards would shape it. */
function harfBuzz(face: string, text: string): number[] {
  const f = fonts.faces.find((x) => x.name === face)!;
  return shapeRun(fonts.hb, f.weight(false).hb, text, f.rtl).map((g) => g.id);
}

// Names, and the runs they are drawn in, left to right on the page: [face, text]. Chinese, Japanese,
// Thai, Arabic and Hebrew files have no space of their own: spaces are set in Noto Sans.
const NAMES: [string, [string, string][]][] = [
  ["王小明", [["chinese", "王小明"]]],
  [
    "李 美玲",
    [
      ["chinese", "李"],
      ["latin", " "],
      ["chinese", "美玲"],
    ],
  ],
  [
    "山田 はなこ",
    [
      ["japanese", "山田"],
      ["latin", " "],
      ["japanese", "はなこ"],
    ],
  ],
  ["김민준", [["korean", "김민준"]]],
  [
    "สมชาย ใจดี",
    [
      ["thai", "สมชาย"],
      ["latin", " "],
      ["thai", "ใจดี"],
    ],
  ],
  [
    "ทำดี ศรีสุข",
    [
      ["thai", "ทำดี"],
      ["latin", " "],
      ["thai", "ศรีสุข"],
    ],
  ],
  [
    "محمد عبد الله",
    [
      ["arabic", "الله"],
      ["latin", " "],
      ["arabic", "عبد"],
      ["latin", " "],
      ["arabic", "محمد"],
    ],
  ],
  [
    "דוד כהן",
    [
      ["hebrew", "כהן"],
      ["latin", " "],
      ["hebrew", "דוד"],
    ],
  ],
  // A Latin first name with an Arabic family name reads left to right; the reverse, right to left.
  [
    "John محمد",
    [
      ["latin", "John"],
      ["latin", " "],
      ["arabic", "محمد"],
    ],
  ],
  [
    "محمد John",
    [
      ["latin", "John"],
      ["latin", " "],
      ["arabic", "محمد"],
    ],
  ],
  ["အောင် ဆန်း", [["myanmar", "အောင် ဆန်း"]]],
  ["စန္ဒာ ကြည်", [["myanmar", "စန္ဒာ ကြည်"]]],
  ["Zoë Ñúñez", [["latin", "Zoë Ñúñez"]]],
];

describe("every name as its owner wrote it", () => {
  it.each(NAMES)("%s: the PDF's glyphs are HarfBuzz's, in the order they are seen", async (name, runs) => {
    const drawn = drawnGlyphs(await drawRow(name));
    // The footer ("Names · page 1") is drawn first, the row's country last.
    const row = drawn.slice(1, -1);
    expect(row.map((r) => r.font)).toEqual(runs.map(([face]) => face));
    row.forEach((r, i) => expect(r.ids).toEqual(harfBuzz(runs[i][0], runs[i][1])));
    expect(row.flatMap((r) => r.ids)).not.toContain(0); // no empty box anywhere
  });

  it("PDF.js reads each name back, right-to-left names in reading order", async () => {
    // Burmese is drawn vowel E and medial ra first, as it is seen; PDF.js reads glyphs in drawn
    // order, so it reads them so (the CSV export has the name as typed).
    const read: Record<string, string> = {
      "အောင် ဆန်း": "\u1031\u1021\u102C\u1004\u103A \u1006\u1014\u103A\u1038",
      "စန္ဒာ ကြည်": "စန္ဒာ \u103C\u1000\u100A\u103A",
    };
    // A right-to-left line that holds a left-to-right word reads from its right end; PDF.js gives the
    // words, not the line's direction, so that one is left to the glyph check above.
    for (const [name] of NAMES.filter(([n]) => n !== "محمد John")) {
      const { doc, bytes } = await drawRow(name);
      expect(doc.missingLetters).toBe(0);
      const lines = (await pdfLines(bytes)).map((l) =>
        l.replace(/\p{Default_Ignorable_Code_Point}/gu, "").normalize("NFKD"),
      );
      expect(lines).toContain(`${(read[name] ?? name).normalize("NFKD")} Country`);
    }
  });

  it("draws a name in Chinese characters alone as they are drawn where its owner lives", async () => {
    const faceOf = async (countryCode: string | null) => drawnGlyphs(await drawRow("山田太郎", countryCode))[1];
    const [japan, china, korea] = await Promise.all([faceOf("JP"), faceOf("CN"), faceOf("KR")]);
    expect(japan).toEqual({ font: "japanese", ids: harfBuzz("japanese", "山田太郎") });
    expect(china).toEqual({ font: "chinese", ids: harfBuzz("chinese", "山田太郎") });
    // The Korean file has Hangul only: Korean Hanja fall to the next face that has them.
    expect(korea.font).toBe("japanese");
  });

  it("still counts a letter no face has, and prints it as ?", async () => {
    const { doc, bytes } = await drawRow("Tigist ትግስት");
    expect(doc.missingLetters).toBe(4);
    expect(await pdfLines(bytes)).toContain("Tigist ???? Country");
  });
});
