-- CreateEnum
CREATE TYPE "OutboxBody" AS ENUM ('READY', 'RENDER_AT_SEND', 'CLEARED');

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "body" "OutboxBody" NOT NULL DEFAULT 'READY';

-- Data: say for the existing rows what their empty text meant. A row sent or given up had its text
-- deleted, and a row still to send (or set aside, to be retried) with no text is rendered when it is sent.
-- (No semicolon in these comments: the engine splits the script at each one.)
UPDATE "OutboxEmail" SET "body" = 'CLEARED' WHERE "text" = '' AND "status" IN ('SENT', 'FAILED');
UPDATE "OutboxEmail" SET "body" = 'RENDER_AT_SEND' WHERE "text" = '' AND "status" IN ('PENDING', 'DEAD');
