-- AlterEnum
ALTER TYPE "OutboxStatus" ADD VALUE 'DEAD';

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "priority" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "rowFailures" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "JobHeartbeat" (
    "job" TEXT NOT NULL,
    "worker" TEXT NOT NULL,
    "lastSuccessAt" TIMESTAMP(3),
    "lastErrorAt" TIMESTAMP(3),
    "lastError" TEXT,
    "failuresInARow" INTEGER NOT NULL DEFAULT 0,
    "waiting" INTEGER,
    "oldestWaitingAt" TIMESTAMP(3),
    "deadLettered" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobHeartbeat_pkey" PRIMARY KEY ("job","worker")
);

-- CreateIndex
CREATE INDEX "JobHeartbeat_updatedAt_idx" ON "JobHeartbeat"("updatedAt");

-- CreateIndex
CREATE INDEX "OutboxEmail_status_priority_nextAttemptAt_idx" ON "OutboxEmail"("status", "priority", "nextAttemptAt");

-- Emails already waiting keep their place in the new order (lib/mail/priority.ts).
UPDATE "OutboxEmail" SET "priority" = CASE "kind"
    WHEN 'donation-receipt' THEN 1 WHEN 'signature-already-signed' THEN 1
    WHEN 'signature-reminder' THEN 2 WHEN 'campaign-update' THEN 3 ELSE 0 END
  WHERE "status" = 'PENDING';
