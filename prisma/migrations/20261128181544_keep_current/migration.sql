-- DropIndex
DROP INDEX "MessageTemplate_countryId_key";

-- AlterTable
ALTER TABLE "EvidenceItem" ADD COLUMN     "addedBy" TEXT;

-- AlterTable
ALTER TABLE "MessageTemplate" ADD COLUMN     "key" TEXT,
ADD COLUMN     "retiredAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "CountryUpdate" (
    "id" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "happenedOn" TEXT NOT NULL,
    "dateNote" TEXT,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "sourceUrl" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CountryUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CountryUpdate_countryId_happenedOn_idx" ON "CountryUpdate"("countryId", "happenedOn");

-- CreateIndex
CREATE INDEX "CountryUpdate_happenedOn_idx" ON "CountryUpdate"("happenedOn");

-- CreateIndex
CREATE INDEX "MessageTemplate_countryId_idx" ON "MessageTemplate"("countryId");

-- CreateIndex
CREATE UNIQUE INDEX "MessageTemplate_countryId_key_key" ON "MessageTemplate"("countryId", "key");

-- AddForeignKey
ALTER TABLE "CountryUpdate" ADD CONSTRAINT "CountryUpdate_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The one shared-frame letter per country is replaced by the seed's distinct letters: retire those no
-- organiser has edited (version 1), so they stay on record but are no longer offered.
UPDATE "MessageTemplate" SET "retiredAt" = CURRENT_TIMESTAMP WHERE "version" = 1;
