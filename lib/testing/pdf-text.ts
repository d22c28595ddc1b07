import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

type TItem = { str: string; x: number; y: number; rtl: boolean };

/**
 * A line's pieces from left to right, except that neighbouring right-to-left pieces (PDF.js gives each
 * word of Arabic or Hebrew as a piece, its letters already in reading order) are read right to left.
 */
function readingOrder(row: TItem[]): TItem[] {
  const out: TItem[] = [];
  for (let i = 0; i < row.length;) {
    if (!row[i].rtl) {
      out.push(row[i++]);
      continue;
    }
    let end = i + 1;
    for (let j = i + 1; j < row.length; j++) {
      if (row[j].rtl) end = j + 1;
      else if (row[j].str.trim()) break;
    }
    out.push(...row.slice(i, end).reverse());
    i = end;
  }
  return out;
}

/**
 * A PDF's text as a reader (Mozilla's PDF.js) finds it: one string per line, top to bottom, page
 * after page (PDF.js puts a space between pieces of a line that stand apart, such as a table's columns).
 */
export async function pdfLines(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  const lines: string[] = [];
  try {
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const items: TItem[] = [];
      for (const item of (await page.getTextContent()).items) {
        if (!("str" in item) || !item.str) continue;
        items.push({ str: item.str, x: item.transform[4], y: Math.round(item.transform[5]), rtl: item.dir === "rtl" });
      }
      const rows = new Map<number, TItem[]>();
      for (const item of items) rows.set(item.y, [...(rows.get(item.y) ?? []), item]);
      for (const y of [...rows.keys()].sort((a, b) => b - a)) {
        const row = readingOrder(rows.get(y)!.sort((a, b) => a.x - b.x));
        lines.push(
          row
            .map((item) => item.str)
            .join("")
            .trim(),
        );
      }
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  return lines;
}
