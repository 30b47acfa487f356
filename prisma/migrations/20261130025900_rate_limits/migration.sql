-- CreateTable
CREATE TABLE "rate_limits" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL,
    "window_start" DATETIME NOT NULL,
    "last_at" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "rate_limits_last_at_idx" ON "rate_limits"("last_at");

