-- CreateEnum
CREATE TYPE "SuppressionReason" AS ENUM ('HARD_BOUNCE', 'COMPLAINT', 'SOFT_BOUNCES');

-- AlterTable
ALTER TABLE "Signature" ADD COLUMN     "mailSuppressedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "SuppressedAddress" (
    "hash" TEXT NOT NULL,
    "keyName" TEXT NOT NULL,
    "reason" "SuppressionReason" NOT NULL,
    "source" TEXT NOT NULL,
    "status" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuppressedAddress_pkey" PRIMARY KEY ("hash")
);

-- CreateTable
CREATE TABLE "SoftBounce" (
    "id" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SoftBounce_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailAlert" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "source" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "detail" TEXT NOT NULL,

    CONSTRAINT "MailAlert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SuppressedAddress_keyName_idx" ON "SuppressedAddress"("keyName");

-- CreateIndex
CREATE INDEX "SoftBounce_hash_at_idx" ON "SoftBounce"("hash", "at");

-- CreateIndex
CREATE INDEX "MailAlert_at_idx" ON "MailAlert"("at");
