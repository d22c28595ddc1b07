-- AlterTable
ALTER TABLE "Donation" ADD COLUMN     "manageTokenExpiresAt" TIMESTAMP(3);

-- Links already sent had no end (issue 27): remove links now work 30 more days, manage links 7. A
-- remove link's email not sent yet gets its 30 days again when it is sent.
UPDATE "SignatureToken" SET "expiresAt" = now() + interval '30 days' WHERE "purpose" = 'REMOVE' AND "expiresAt" IS NULL;
UPDATE "Donation" SET "manageTokenExpiresAt" = now() + interval '7 days' WHERE "manageTokenHash" IS NOT NULL;
