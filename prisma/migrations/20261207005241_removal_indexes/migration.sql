-- CreateIndex
CREATE INDEX "OutboxEmail_toAddress_idx" ON "OutboxEmail"("toAddress");

-- CreateIndex
CREATE INDEX "DataAccessToken_email_idx" ON "DataAccessToken"("email");
