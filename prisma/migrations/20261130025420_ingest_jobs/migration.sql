-- CreateTable
CREATE TABLE "ingest_jobs" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "batch_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "user_id" TEXT NOT NULL,
    "file" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimed_by" TEXT,
    "claimed_at" DATETIME,
    "result" TEXT,
    "questions" INTEGER NOT NULL DEFAULT 0,
    "message" TEXT,
    "article_id" TEXT,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" DATETIME,
    CONSTRAINT "ingest_jobs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "add_counts" (
    "user_id" TEXT NOT NULL,
    "hour_start" DATETIME NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("user_id", "hour_start"),
    CONSTRAINT "add_counts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ingest_jobs_status_created_at_idx" ON "ingest_jobs"("status", "created_at");

-- CreateIndex
CREATE INDEX "ingest_jobs_user_id_created_at_idx" ON "ingest_jobs"("user_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "ingest_jobs_batch_id_position_key" ON "ingest_jobs"("batch_id", "position");

