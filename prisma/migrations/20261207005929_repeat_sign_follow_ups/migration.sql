-- CreateTable
CREATE TABLE "RepeatSignFollowUp" (
    "signatureId" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RepeatSignFollowUp_pkey" PRIMARY KEY ("signatureId")
);

-- CreateIndex
CREATE INDEX "RepeatSignFollowUp_nextAttemptAt_idx" ON "RepeatSignFollowUp"("nextAttemptAt");

-- AddForeignKey
ALTER TABLE "RepeatSignFollowUp" ADD CONSTRAINT "RepeatSignFollowUp_signatureId_fkey" FOREIGN KEY ("signatureId") REFERENCES "Signature"("id") ON DELETE CASCADE ON UPDATE CASCADE;
