-- AlterTable
ALTER TABLE "questions" ADD COLUMN "retired_at" DATETIME;

