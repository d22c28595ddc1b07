-- AlterTable
ALTER TABLE "ContentTranslation" ADD COLUMN     "approvedEnglish" TEXT,
ADD COLUMN     "approvedEnglishHash" TEXT;

-- An approval made before the English was recorded was of the English as it stands now (an English
-- edit did not touch translations before this migration): record it, so those translations stay public.
UPDATE "ContentTranslation" t SET "approvedEnglish" = e.english
FROM (
  SELECT 'campaign' AS entity, id, 'title' AS field, "title" AS english FROM "Campaign"
  UNION ALL SELECT 'campaign', id, 'ask', "ask" FROM "Campaign"
  UNION ALL SELECT 'petition', id, 'title', "title" FROM "Petition"
  UNION ALL SELECT 'petition', id, 'body', "body" FROM "Petition"
  UNION ALL SELECT 'country', id, 'name', "name" FROM "Country"
  UNION ALL SELECT 'country', id, 'statusNote', "statusNote" FROM "Country"
  UNION ALL SELECT 'evidence', id, 'summary', "summary" FROM "EvidenceItem"
  UNION ALL SELECT 'countryUpdate', id, 'title', "title" FROM "CountryUpdate"
  UNION ALL SELECT 'countryUpdate', id, 'summary', "summary" FROM "CountryUpdate"
) e
WHERE t."approvedAt" IS NOT NULL AND t.entity = e.entity AND t."entityId" = e.id AND t.field = e.field
  AND e.english IS NOT NULL;

UPDATE "ContentTranslation" SET "approvedEnglishHash" = encode(sha256(convert_to("approvedEnglish", 'UTF8')), 'hex')
WHERE "approvedEnglish" IS NOT NULL;

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "headOfMission" TEXT,
ADD COLUMN     "headOfMissionSourceUrl" TEXT;
