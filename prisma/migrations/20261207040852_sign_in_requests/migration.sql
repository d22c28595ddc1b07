-- CreateTable
CREATE TABLE "SignInRequest" (
    "id" TEXT NOT NULL,
    "addressHash" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SignInRequest_requestedAt_idx" ON "SignInRequest"("requestedAt");
