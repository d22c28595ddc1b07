// pdfkit pushes its output as it writes and ignores backpressure, so a document of thousands of pages
// drawn in one go would sit in memory until the client read it. Here drawing is pulled by the
// reader instead: `steps` draws a little (a page of names), then waits until what it wrote has been
// taken before it is asked for more.

/** A byte stream of the PDF that `steps` draws on `pdf`, one step per read; `onDone` runs after the last byte. */
export function pdfStream(
  pdf: PDFKit.PDFDocument,
  steps: AsyncIterator<unknown>,
  onDone: () => Promise<void> = async () => {},
): ReadableStream<Uint8Array> {
  const chunks: Buffer[] = [];
  let ended = false;
  const whenEnded = new Promise<void>((resolve) => pdf.on("end", resolve));
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  whenEnded.then(() => (ended = true));
  // pdfkit hands data to its listeners on a later turn of the event loop.
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          while (!chunks.length && !ended) {
            const { done } = await steps.next();
            if (done) {
              pdf.end();
              await whenEnded;
            }
            await settle();
          }
          if (chunks.length) return controller.enqueue(new Uint8Array(Buffer.concat(chunks.splice(0))));
          await onDone();
          controller.close();
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await steps.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}
