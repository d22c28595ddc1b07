-- AlterTable
ALTER TABLE "Signature" ADD COLUMN     "invalidationBatchId" TEXT,
ADD COLUMN     "statusBeforeInvalidation" "SignatureStatus";

-- CreateTable
CREATE TABLE "InvalidationBatch" (
    "id" TEXT NOT NULL,
    "actorEmail" TEXT NOT NULL,
    "matchBy" TEXT NOT NULL,
    "matchValue" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMP(3),
    "undoneBy" TEXT,

    CONSTRAINT "InvalidationBatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InvalidationBatch_createdAt_idx" ON "InvalidationBatch"("createdAt");

-- CreateIndex
CREATE INDEX "Signature_invalidationBatchId_idx" ON "Signature"("invalidationBatchId");

-- AddForeignKey
ALTER TABLE "Signature" ADD CONSTRAINT "Signature_invalidationBatchId_fkey" FOREIGN KEY ("invalidationBatchId") REFERENCES "InvalidationBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;
