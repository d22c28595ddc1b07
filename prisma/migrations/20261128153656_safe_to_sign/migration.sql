-- AlterTable
ALTER TABLE "Signature" ADD COLUMN     "handInConsent" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Petition_campaignId_idx" ON "Petition"("campaignId");

-- CreateIndex
CREATE INDEX "Signature_sourceCountryId_idx" ON "Signature"("sourceCountryId");

-- CreateIndex
CREATE INDEX "OutboxEmail_signatureId_idx" ON "OutboxEmail"("signatureId");

-- CreateIndex
CREATE INDEX "Donation_campaignId_idx" ON "Donation"("campaignId");

-- CreateIndex
CREATE INDEX "DonationPayment_donationId_idx" ON "DonationPayment"("donationId");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");
