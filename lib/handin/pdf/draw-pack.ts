import type { TCount, TNamedSigner, TPackFacts } from "../pack-facts";
import type { PackDocument } from "./pack-document";

export type TPackContent = {
  letter: string;
  petition: { title: string; body: string };
  facts: TPackFacts;
  /** "between 1 December 2026 and 28 November 2027", "on 1 December 2026", or "" when none are confirmed. */
  signedWhen: string;
  asOfText: string;
};

const n = (value: number) => value.toLocaleString("en-GB");

function countTable(doc: PackDocument, heading: string, counts: TCount[], total: number) {
  doc.heading(heading, 12);
  if (!counts.length) return doc.paragraph("None.");
  doc.row("", "Signatures", { bold: true, size: 9.5 });
  for (const { label, count } of counts) doc.row(label, n(count));
  doc.row("Total", n(total), { bold: true });
}

/**
 * Draws the pack step by step: the covering letter, the petition and its figures, then the named
 * signers as they arrive, yielding after each batch so the reader sets the pace (pdf-stream.ts).
 * Names the fonts could not print in full are counted, and a note at the end says so.
 */
export async function* drawPack(
  doc: PackDocument,
  content: TPackContent,
  names: AsyncIterable<TNamedSigner[]>,
): AsyncGenerator<void> {
  const { facts } = content;
  doc.paragraph(content.letter);
  yield;

  doc.newPage();
  doc.heading("The petition");
  doc.paragraph(content.petition.title, { bold: true, size: 12 });
  doc.gap();
  doc.paragraph(content.petition.body);
  doc.heading("Signatures");
  doc.paragraph(
    `${n(facts.confirmed)} people signed the petition and confirmed their email address` +
      `${content.signedWhen ? ` ${content.signedWhen}` : ""}. ` +
      `Figures as at ${content.asOfText}. Signatures withdrawn by their signers, or found not to be genuine, are not ` +
      "counted.",
  );
  countTable(doc, "Where the signers live", facts.bySignerCountry, facts.confirmed);
  const uk = facts.byUkRegion.reduce((sum, c) => sum + c.count, 0);
  if (uk) countTable(doc, "In the United Kingdom, by region (from the postcode area)", facts.byUkRegion, uk);
  yield;

  doc.newPage();
  doc.heading("Signers who asked to be named");
  doc.paragraph(
    `${n(facts.named)} of the ${n(facts.confirmed)} signers ticked a box asking for their name to be on this list. ` +
      "Everyone else is counted above and not named, at their own choice.",
  );
  doc.gap();
  doc.row("Name", "Lives in", { bold: true, size: 9.5 });
  let printed = 0;
  const lettersBefore = doc.missingLetters;
  let incomplete = 0;
  for await (const batch of names) {
    for (const signer of batch) {
      const before = doc.missingLetters;
      doc.row(signer.name, signer.country, {}, signer.countryCode);
      if (doc.missingLetters > before) incomplete++;
      printed++;
    }
    yield;
  }
  if (!printed) doc.paragraph("No signer has asked to be named yet.");
  if (doc.missingLetters > lettersBefore) {
    doc.gap();
    doc.paragraph(
      `${n(incomplete)} of these names ${incomplete === 1 ? "has" : "have"} letters this pack's fonts do not have ` +
        "(a script such as Ethiopic or Tamil, or a rare Chinese character); those letters are shown as ?.",
      { size: 9.5 },
    );
  }
}
