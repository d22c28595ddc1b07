-- AlterTable
ALTER TABLE "Donation" ADD COLUMN     "personErasedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "StripeCustomerDeletion" (
    "customerId" TEXT NOT NULL,
    "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,

    CONSTRAINT "StripeCustomerDeletion_pkey" PRIMARY KEY ("customerId")
);

-- CreateIndex
CREATE INDEX "StripeCustomerDeletion_nextAttemptAt_idx" ON "StripeCustomerDeletion"("nextAttemptAt");
