import PDFDocument from "pdfkit";
import { splitRuns, type TFace, type TPackFonts } from "./fonts";
import { layOutWithHarfBuzz } from "./harfbuzz-layout";
import { visualOrder } from "./visual-order";
import { type TEmbeddedFont, writeRun } from "./write-run";

type TPage = Parameters<typeof writeRun>[0];

const MARGIN = 56; // about 2 cm
const FOOTER_GAP = 28;
// Emptied every page: most of a list's words (its numbers, most surnames) are never met again, and
// kept longer they outlive the young generation and fill the old one (peak heap for 100,000 names).
const LAYOUT_CACHE_PAGES = 1;

type TStyle = { size?: number; bold?: boolean };

/**
 * An A4 document written top to bottom, with a footer on every page. Pages are written out as soon as
 * the next one starts (pdfkit does not keep them), and the cache of laid-out words is emptied every few
 * pages, so a list of 100,000 names takes no more memory than a few pages of it.
 */
export class PackDocument {
  readonly pdf: PDFKit.PDFDocument;
  /** Letters printed as "?" because no face has them. */
  missingLetters = 0;
  private readonly faces: TFace[];
  private readonly registered = new Set<string>();
  private page = 0;

  constructor(
    title: string,
    private readonly footer: string,
    private readonly fonts: TPackFonts,
  ) {
    this.pdf = new PDFDocument({
      size: "A4",
      margins: { top: MARGIN, bottom: MARGIN + FOOTER_GAP, left: MARGIN, right: MARGIN },
      autoFirstPage: false,
      bufferPages: false,
      info: { Title: title, Creator: "Campaign hand-in pack" },
    });
    this.faces = fonts.faces;
    this.pdf.on("pageAdded", () => this.drawFooter());
    this.pdf.addPage();
  }

  get width(): number {
    return this.pdf.page.width - 2 * MARGIN;
  }

  newPage() {
    this.pdf.addPage();
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensureSpace(height: number) {
    if (this.pdf.y + height > this.pdf.page.height - this.pdf.page.margins.bottom) this.pdf.addPage();
  }

  heading(text: string, size = 15) {
    this.ensureSpace(size * 3);
    this.pdf.moveDown(0.6);
    this.paragraph(text, { size, bold: true });
    this.pdf.moveDown(0.3);
  }

  /** Wrapped text, its runs set in their faces; lines of the text stay lines. */
  paragraph(text: string, style: TStyle = {}) {
    for (const line of text.split("\n")) {
      const { runs, missing } = splitRuns(line, this.faces);
      this.missingLetters += missing;
      this.pdf.fontSize(style.size ?? 11);
      if (!line.trim()) {
        this.useFace(this.faces[0], false).text(" ", MARGIN, undefined, { width: this.width });
        continue;
      }
      // Wrapped by pdfkit in the order typed: a right-to-left run is drawn right to left, line by line.
      runs.forEach((run, i) => {
        this.useFace(run.face, style.bold).text(run.text, i === 0 ? MARGIN : undefined, undefined, {
          width: this.width,
          continued: i < runs.length - 1,
          lineGap: 2,
        });
      });
    }
  }

  /**
   * One line: `left` from the margin, shrunk to fit its column if need be; `right` aligned right.
   * `countryCode`, where the person named lives, chooses how Chinese characters in `left` are drawn.
   */
  row(left: string, right: string, style: TStyle = {}, countryCode: string | null = null) {
    const size = style.size ?? 10.5;
    this.ensureSpace(size * 1.6);
    const y = this.pdf.y;
    const rightWidth = 110;
    this.drawLine(left, MARGIN, y, this.width - rightWidth - 8, size, style.bold, "left", countryCode);
    this.drawLine(right, MARGIN + this.width - rightWidth, y, rightWidth, size, style.bold, "right");
    this.pdf.x = MARGIN;
    this.pdf.y = y + size * 1.5;
  }

  gap(lines = 0.5) {
    this.pdf.moveDown(lines);
  }

  private drawLine(
    text: string,
    x: number,
    y: number,
    width: number,
    size: number,
    bold = false,
    align = "left",
    countryCode: string | null = null,
  ) {
    const { runs, missing } = splitRuns(text, this.faces, countryCode);
    this.missingLetters += missing;
    const inOrder = runs.some((run) => run.face.rtl)
      ? visualOrder(runs.map((run) => ({ ...run, rtl: run.face.rtl })))
      : runs;
    // Each run laid out once (HarfBuzz, through pdfkit's cache), measured from that layout and written
    // from it (write-run.ts), rather than measured and then laid out again by pdfkit's text().
    const pieces = inOrder.map((run) => {
      const font = this.embedded(run.face, bold);
      return { font, layout: font.layout(run.text) };
    });
    const natural = pieces.reduce((sum, p) => sum + p.layout.advanceWidth, 0) * (size / 1000);
    // A long name is printed smaller rather than cut.
    const scale = natural > width ? width / natural : 1;
    let at = align === "right" ? x + width - natural * scale : x;
    for (const { font, layout } of pieces) {
      // On one baseline, whatever each face's own ascent (Myanmar's is taller than Latin's).
      writeRun(this.pdf.page as unknown as TPage, font, layout, at, y + size * 0.8, size * scale);
      at += layout.advanceWidth * (size / 1000) * scale;
    }
  }

  /** pdfkit's font for the face, as useFace sets it: written to directly by drawLine. */
  private embedded(face: TFace, bold: boolean): TEmbeddedFont {
    this.useFace(face, bold);
    return (this.pdf as unknown as { _font: TEmbeddedFont })._font;
  }

  /** Sets pdfkit's font to the face (registered the first time it is used), laid out by HarfBuzz. */
  private useFace(face: TFace, bold = false): PDFKit.PDFDocument {
    const name = bold ? `${face.name}-bold` : face.name;
    const weight = face.weight(bold);
    if (!this.registered.has(name)) {
      this.pdf.registerFont(name, weight.sfnt);
      this.registered.add(name);
    }
    this.pdf.font(name);
    const embedded = (this.pdf as unknown as { _font: unknown })._font;
    layOutWithHarfBuzz(this.fonts.hb, embedded, weight.hb, face.rtl);
    return this.pdf;
  }

  /**
   * pdfkit keeps each word it lays out, per font, for ever: a list of unique names would fill memory.
   * Laying out is most of a pack's time, though, and the cache pays for itself within a page (country
   * names, common names, each row measured then drawn), so it is emptied rather than disabled.
   */
  private forgetLayouts() {
    const fonts = (this.pdf as unknown as { _fontFamilies: Record<string, { layoutCache?: object }> })._fontFamilies;
    for (const font of Object.values(fonts)) if (font.layoutCache) font.layoutCache = Object.create(null);
  }

  private drawFooter() {
    this.page++;
    if (this.page % LAYOUT_CACHE_PAGES === 0) this.forgetLayouts();
    const { pdf } = this;
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0; // or pdfkit would start yet another page for the footer itself
    this.drawLine(`${this.footer} · page ${this.page}`, MARGIN, pdf.page.height - MARGIN, this.width, 8.5);
    pdf.page.margins.bottom = bottom;
    pdf.x = MARGIN;
    pdf.y = pdf.page.margins.top;
  }
}
