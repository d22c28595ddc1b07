import type { PGlite } from "@electric-sql/pglite";

/*
 * PGlite has one backend for all socket connections, and pglite-socket's queue interleaves their
 * protocol messages one by one. It keeps a connection's messages together only inside a
 * transaction, so two connections running extended-protocol queries at once (Parse, Bind, Execute,
 * Sync, as pg sends for every query with parameters) clobber each other's unnamed statement:
 * "unnamed prepared statement does not exist". This replaces the queue's scheduling so that once a
 * connection has started such a batch, only it is served until its Sync. The queue's fields are
 * private in the package's types, hence the structural type here.
 */

type TItem = {
  handlerId: number;
  message: Uint8Array;
  resolve: (n: number) => void;
  reject: (e: unknown) => void;
  onData: (d: Uint8Array) => void;
};
type TQueue = {
  queue: TItem[];
  processing: boolean;
  lastHandlerId: number | null;
  db: PGlite;
  processQueue: () => Promise<void>;
  clearQueueForHandler: (handlerId: number) => void;
};

// Message types after which the backend waits for more from the same client before answering.
const MID_BATCH = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]); // P B D E C H

export function makeQueueSticky(server: object): void {
  const q = (server as { queryQueue: TQueue }).queryQueue;
  let midBatch = false;
  const originalClear = q.clearQueueForHandler.bind(q);

  q.processQueue = async function processQueue() {
    if (q.processing || q.queue.length === 0) return;
    q.processing = true;
    while (q.queue.length > 0) {
      let item: TItem | undefined;
      if (q.lastHandlerId !== null && (midBatch || q.db.isInTransaction())) {
        const index = q.queue.findIndex((i) => i.handlerId === q.lastHandlerId);
        if (index === -1) break; // wait for that connection's next message
        item = q.queue.splice(index, 1)[0];
      } else {
        item = q.queue.shift();
      }
      if (!item) break;
      const current = item;
      let bytes = 0;
      try {
        await q.db.runExclusive(() =>
          q.db.execProtocolRawStream(current.message, {
            onRawData: (data: Uint8Array) => {
              bytes += data.length;
              current.onData(data);
            },
          }),
        );
      } catch (error) {
        current.reject(error);
        midBatch = false;
        continue;
      }
      midBatch = MID_BATCH.has(current.message[0]);
      q.lastHandlerId = current.handlerId;
      current.resolve(bytes);
    }
    q.processing = false;
  };

  q.clearQueueForHandler = (handlerId: number) => {
    originalClear(handlerId);
    // A connection that left mid-batch must not hold the queue for ever.
    if (handlerId === q.lastHandlerId) {
      midBatch = false;
      void q.processQueue();
    }
  };
}
