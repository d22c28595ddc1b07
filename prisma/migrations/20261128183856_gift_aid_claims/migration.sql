-- AlterTable
ALTER TABLE "Donation" ADD COLUMN     "giftAidCancelledAt" TIMESTAMP(3),
ADD COLUMN     "giftAidFirstName" TEXT,
ADD COLUMN     "giftAidHouse" TEXT,
ADD COLUMN     "giftAidLastName" TEXT,
ADD COLUMN     "giftAidTitle" TEXT,
ADD COLUMN     "paidAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "DonationPayment" ADD COLUMN     "amountRefunded" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "paidAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "StripeEvent" ADD COLUMN     "donationId" TEXT;

-- CreateTable
CREATE TABLE "GiftAidClaim" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GiftAidClaim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GiftAidClaimGift" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "donationId" TEXT NOT NULL,
    "paymentId" TEXT,
    "giftKey" TEXT NOT NULL,
    "giftDate" DATE NOT NULL,
    "amount" INTEGER NOT NULL,

    CONSTRAINT "GiftAidClaimGift_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GiftAidClaim_reference_key" ON "GiftAidClaim"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "GiftAidClaimGift_giftKey_key" ON "GiftAidClaimGift"("giftKey");

-- CreateIndex
CREATE INDEX "GiftAidClaimGift_claimId_idx" ON "GiftAidClaimGift"("claimId");

-- CreateIndex
CREATE INDEX "GiftAidClaimGift_donationId_idx" ON "GiftAidClaimGift"("donationId");

-- CreateIndex
CREATE INDEX "GiftAidClaimGift_paymentId_idx" ON "GiftAidClaimGift"("paymentId");

-- CreateIndex
CREATE INDEX "Donation_paidAt_idx" ON "Donation"("paidAt");

-- CreateIndex
CREATE INDEX "DonationPayment_paidAt_idx" ON "DonationPayment"("paidAt");

-- CreateIndex
CREATE INDEX "StripeEvent_donationId_created_idx" ON "StripeEvent"("donationId", "created");

-- AddForeignKey
ALTER TABLE "StripeEvent" ADD CONSTRAINT "StripeEvent_donationId_fkey" FOREIGN KEY ("donationId") REFERENCES "Donation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GiftAidClaimGift" ADD CONSTRAINT "GiftAidClaimGift_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "GiftAidClaim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GiftAidClaimGift" ADD CONSTRAINT "GiftAidClaimGift_donationId_fkey" FOREIGN KEY ("donationId") REFERENCES "Donation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GiftAidClaimGift" ADD CONSTRAINT "GiftAidClaimGift_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "DonationPayment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Gifts paid before the payment time was recorded: the best times held for them (a one-off gift's
-- checkout completion, an instalment's last change), so earlier gifts can be claimed too.
UPDATE "Donation" SET "paidAt" = COALESCE("completedAt", "updatedAt")
WHERE "frequency" = 'ONE_OFF' AND "status" IN ('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED');
UPDATE "DonationPayment" SET "paidAt" = "updatedAt" WHERE "paid";
