-- AlterTable
ALTER TABLE "Country" ADD COLUMN     "addedBy" TEXT;
