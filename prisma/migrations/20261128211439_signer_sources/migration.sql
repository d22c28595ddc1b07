-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "embedOrigin" TEXT;

-- AlterTable
ALTER TABLE "Signature" ADD COLUMN     "embedOrigin" TEXT,
ADD COLUMN     "utmCampaign" TEXT,
ADD COLUMN     "utmMedium" TEXT,
ADD COLUMN     "utmSource" TEXT;

-- AlterTable
ALTER TABLE "Donation" ADD COLUMN     "embedOrigin" TEXT,
ADD COLUMN     "utmCampaign" TEXT,
ADD COLUMN     "utmMedium" TEXT,
ADD COLUMN     "utmSource" TEXT;
