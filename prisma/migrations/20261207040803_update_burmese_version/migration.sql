-- AlterTable
ALTER TABLE "CampaignUpdate" ADD COLUMN     "bodyMy" TEXT,
ADD COLUMN     "subjectMy" TEXT;
