import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

type TItem = { str: string; x: number; y: number };

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
        items.push({ str: item.str, x: item.transform[4], y: Math.round(item.transform[5]) });
      }
      const rows = new Map<number, TItem[]>();
      for (const item of items) rows.set(item.y, [...(rows.get(item.y) ?? []), item]);
      for (const y of [...rows.keys()].sort((a, b) => b - a)) {
        const row = rows.get(y)!.sort((a, b) => a.x - b.x);
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
