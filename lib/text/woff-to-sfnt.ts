import { inflateSync } from "node:zlib";

/**
 * A WOFF 1.0 font as the plain TrueType/OpenType file it wraps. HarfBuzz reads only the plain
 * format, and the @fontsource packages ship WOFF and WOFF2; WOFF is just each table zlib-compressed
 * (WOFF2 also transforms the outlines, which would take a decoder we do not have).
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) throw new Error("Not a WOFF 1.0 font");
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const stored = woff.subarray(offset, offset + compLength);
    return {
      tag: view.getUint32(at),
      checksum: view.getUint32(at + 16),
      data: compLength < origLength ? new Uint8Array(inflateSync(stored)) : stored,
    };
  });
  const padded = (n: number) => (n + 3) & ~3;
  const out = new Uint8Array(12 + 16 * numTables + tables.reduce((sum, t) => sum + padded(t.data.length), 0));
  const head = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(numTables));
  head.setUint32(0, flavor);
  head.setUint16(4, numTables);
  head.setUint16(6, 16 << entrySelector);
  head.setUint16(8, entrySelector);
  head.setUint16(10, numTables * 16 - (16 << entrySelector));
  let offset = 12 + 16 * numTables;
  tables.forEach((table, i) => {
    const at = 12 + i * 16;
    head.setUint32(at, table.tag);
    head.setUint32(at + 4, table.checksum);
    head.setUint32(at + 8, offset);
    head.setUint32(at + 12, table.data.length);
    out.set(table.data, offset);
    offset += padded(table.data.length);
  });
  return out;
}
