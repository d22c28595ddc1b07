-- CreateEnum
CREATE TYPE "CampaignUpdateStatus" AS ENUM ('DRAFT', 'SENDING', 'PAUSED', 'SENT');

-- AlterEnum
ALTER TYPE "TokenPurpose" ADD VALUE 'UNSUBSCRIBE';

-- DropIndex
DROP INDEX "Signature_petitionId_status_idx";

-- AlterTable
ALTER TABLE "Signature" ADD COLUMN     "unsubscribedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "headers" JSONB;

-- CreateTable
CREATE TABLE "CampaignUpdate" (
    "id" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "signerCountry" CHAR(2),
    "sourceCountryId" TEXT,
    "status" "CampaignUpdateStatus" NOT NULL DEFAULT 'DRAFT',
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "startedAt" TIMESTAMP(3),
    "startedBy" TEXT,
    "finishedAt" TIMESTAMP(3),
    "audience" INTEGER NOT NULL DEFAULT 0,
    "queued" INTEGER NOT NULL DEFAULT 0,
    "cursor" TEXT,
    "nextSlotAt" TIMESTAMP(3),

    CONSTRAINT "CampaignUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UpdateDelivery" (
    "updateId" TEXT NOT NULL,
    "signatureId" TEXT NOT NULL,
    "emailId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UpdateDelivery_pkey" PRIMARY KEY ("updateId","signatureId")
);

-- CreateIndex
CREATE INDEX "CampaignUpdate_status_startedAt_idx" ON "CampaignUpdate"("status", "startedAt");

-- CreateIndex
CREATE INDEX "CampaignUpdate_sourceCountryId_idx" ON "CampaignUpdate"("sourceCountryId");

-- CreateIndex
CREATE UNIQUE INDEX "UpdateDelivery_emailId_key" ON "UpdateDelivery"("emailId");

-- CreateIndex
CREATE INDEX "UpdateDelivery_signatureId_idx" ON "UpdateDelivery"("signatureId");

-- CreateIndex
CREATE INDEX "Signature_petitionId_status_id_idx" ON "Signature"("petitionId", "status", "id");

-- AddForeignKey
ALTER TABLE "CampaignUpdate" ADD CONSTRAINT "CampaignUpdate_sourceCountryId_fkey" FOREIGN KEY ("sourceCountryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UpdateDelivery" ADD CONSTRAINT "UpdateDelivery_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "CampaignUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UpdateDelivery" ADD CONSTRAINT "UpdateDelivery_signatureId_fkey" FOREIGN KEY ("signatureId") REFERENCES "Signature"("id") ON DELETE CASCADE ON UPDATE CASCADE;
