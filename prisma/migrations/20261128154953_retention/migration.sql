-- AlterTable
ALTER TABLE "Petition" ADD COLUMN     "closesAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Signature" ADD COLUMN     "anonymisedAt" TIMESTAMP(3);
