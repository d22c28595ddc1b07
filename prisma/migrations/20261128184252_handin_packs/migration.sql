-- CreateEnum
CREATE TYPE "HandInMethod" AS ENUM ('IN_PERSON', 'POST', 'EMAIL');

-- CreateTable
CREATE TABLE "HandInLetter" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "editedBy" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HandInLetter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HandInDelivery" (
    "id" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "deliveredOn" TEXT NOT NULL,
    "method" "HandInMethod" NOT NULL,
    "recipient" TEXT NOT NULL,
    "photoUrl" TEXT,
    "reply" TEXT,
    "signatureCount" INTEGER NOT NULL,
    "updateId" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HandInDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HandInLetter_campaignId_key" ON "HandInLetter"("campaignId");

-- CreateIndex
CREATE UNIQUE INDEX "HandInDelivery_updateId_key" ON "HandInDelivery"("updateId");

-- CreateIndex
CREATE INDEX "HandInDelivery_countryId_deliveredOn_idx" ON "HandInDelivery"("countryId", "deliveredOn");

-- AddForeignKey
ALTER TABLE "HandInLetter" ADD CONSTRAINT "HandInLetter_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandInDelivery" ADD CONSTRAINT "HandInDelivery_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandInDelivery" ADD CONSTRAINT "HandInDelivery_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "CountryUpdate"("id") ON DELETE SET NULL ON UPDATE CASCADE;
