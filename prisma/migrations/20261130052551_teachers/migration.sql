-- DropIndex
DROP INDEX "articles_content_hash_key";

-- CreateTable
CREATE TABLE "teacher_requests" (
    "user_id" TEXT NOT NULL PRIMARY KEY,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" DATETIME,
    "decided_by_id" TEXT,
    CONSTRAINT "teacher_requests_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "teacher_requests_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "question_versions" (
    "question_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "prompt" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "aliases" TEXT NOT NULL,
    "options" TEXT NOT NULL,
    "explanation" TEXT NOT NULL,
    "edited_by_id" TEXT,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("question_id", "version"),
    CONSTRAINT "question_versions_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "questions" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "question_versions_edited_by_id_fkey" FOREIGN KEY ("edited_by_id") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "question_reports" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "question_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" DATETIME,
    "resolved_by_id" TEXT,
    CONSTRAINT "question_reports_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "questions" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "question_reports_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "question_reports_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "question_sets" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "owner_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "question_sets_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "question_set_items" (
    "set_id" TEXT NOT NULL,
    "question_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("set_id", "question_id"),
    CONSTRAINT "question_set_items_set_id_fkey" FOREIGN KEY ("set_id") REFERENCES "question_sets" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "question_set_items_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "questions" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "classes" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "teacher_id" TEXT NOT NULL,
    "join_code" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "archived_at" DATETIME,
    CONSTRAINT "classes_teacher_id_fkey" FOREIGN KEY ("teacher_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "class_members" (
    "class_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "joined_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("class_id", "user_id"),
    CONSTRAINT "class_members_class_id_fkey" FOREIGN KEY ("class_id") REFERENCES "classes" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "class_members_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "class_stories" (
    "class_id" TEXT NOT NULL,
    "story_id" TEXT NOT NULL,
    "shared_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("class_id", "story_id"),
    CONSTRAINT "class_stories_class_id_fkey" FOREIGN KEY ("class_id") REFERENCES "classes" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "class_stories_story_id_fkey" FOREIGN KEY ("story_id") REFERENCES "stories" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "assignments" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "created_by_id" TEXT NOT NULL,
    "set_id" TEXT,
    "mode" TEXT NOT NULL,
    "opens_at" DATETIME NOT NULL,
    "due_at" DATETIME NOT NULL,
    "time_limit_sec" INTEGER,
    "negative_mark" REAL NOT NULL DEFAULT 0,
    "shuffle" BOOLEAN NOT NULL DEFAULT false,
    "reveal" TEXT NOT NULL DEFAULT 'submit',
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "assignments_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "assignments_set_id_fkey" FOREIGN KEY ("set_id") REFERENCES "question_sets" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "assignment_classes" (
    "assignment_id" TEXT NOT NULL,
    "class_id" TEXT NOT NULL,

    PRIMARY KEY ("assignment_id", "class_id"),
    CONSTRAINT "assignment_classes_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignments" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "assignment_classes_class_id_fkey" FOREIGN KEY ("class_id") REFERENCES "classes" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "assignment_questions" (
    "assignment_id" TEXT NOT NULL,
    "question_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,

    PRIMARY KEY ("assignment_id", "question_id"),
    CONSTRAINT "assignment_questions_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignments" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "assignment_questions_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "questions" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "attempts" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assignment_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "started_at" DATETIME NOT NULL,
    "deadline_at" DATETIME NOT NULL,
    "submitted_at" DATETIME,
    "layout" TEXT NOT NULL,
    "score" REAL,
    "correct_count" INTEGER NOT NULL DEFAULT 0,
    "wrong_count" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "attempts_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignments" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "attempts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "attempt_answers" (
    "attempt_id" TEXT NOT NULL,
    "question_id" TEXT NOT NULL,
    "choice" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "client_id" TEXT NOT NULL,
    "answered_at" DATETIME NOT NULL,

    PRIMARY KEY ("attempt_id", "question_id"),
    CONSTRAINT "attempt_answers_attempt_id_fkey" FOREIGN KEY ("attempt_id") REFERENCES "attempts" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "attempt_answers_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "questions" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_stories" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "owner_id" TEXT,
    "visibility" TEXT NOT NULL DEFAULT 'private',
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "stories_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Existing content keeps everything. A story holding any seeded article (added by nobody) goes to the library;
-- a story only users added becomes private to the user who added its first article.
INSERT INTO "new_stories" ("created_at", "id", "title", "topic", "owner_id", "visibility")
SELECT s."created_at", s."id", s."title", s."topic",
  CASE WHEN EXISTS (SELECT 1 FROM "articles" a WHERE a."story_id" = s."id" AND a."added_by_id" IS NULL)
       OR NOT EXISTS (SELECT 1 FROM "articles" a WHERE a."story_id" = s."id")
    THEN NULL
    ELSE (SELECT a."added_by_id" FROM "articles" a WHERE a."story_id" = s."id" ORDER BY a."created_at", a."id" LIMIT 1)
  END,
  CASE WHEN EXISTS (SELECT 1 FROM "articles" a WHERE a."story_id" = s."id" AND a."added_by_id" IS NULL)
       OR NOT EXISTS (SELECT 1 FROM "articles" a WHERE a."story_id" = s."id")
    THEN 'library' ELSE 'private'
  END
FROM "stories" s;
DROP TABLE "stories";
ALTER TABLE "new_stories" RENAME TO "stories";
CREATE INDEX "stories_visibility_idx" ON "stories"("visibility");
CREATE INDEX "stories_owner_id_idx" ON "stories"("owner_id");
CREATE TABLE "new_questions" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fact_key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "aliases" TEXT NOT NULL,
    "options" TEXT NOT NULL,
    "explanation" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "story_id" TEXT NOT NULL,
    "score" REAL NOT NULL,
    "flashcard_front" TEXT NOT NULL,
    "flashcard_back" TEXT NOT NULL,
    "cloze_text" TEXT NOT NULL,
    "published_on" DATETIME,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retired_at" DATETIME,
    "retired_by_id" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "edited_at" DATETIME,
    "origin" TEXT NOT NULL DEFAULT 'generated',
    CONSTRAINT "questions_story_id_fkey" FOREIGN KEY ("story_id") REFERENCES "stories" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_questions" ("aliases", "answer", "cloze_text", "created_at", "explanation", "fact_key", "flashcard_back", "flashcard_front", "id", "kind", "options", "prompt", "published_on", "retired_at", "score", "story_id", "topic") SELECT "aliases", "answer", "cloze_text", "created_at", "explanation", "fact_key", "flashcard_back", "flashcard_front", "id", "kind", "options", "prompt", "published_on", "retired_at", "score", "story_id", "topic" FROM "questions";
DROP TABLE "questions";
ALTER TABLE "new_questions" RENAME TO "questions";
CREATE UNIQUE INDEX "questions_fact_key_key" ON "questions"("fact_key");
CREATE INDEX "questions_story_id_idx" ON "questions"("story_id");
CREATE INDEX "questions_topic_idx" ON "questions"("topic");
CREATE INDEX "questions_published_on_idx" ON "questions"("published_on");
CREATE TABLE "new_review_logs" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "user_id" TEXT NOT NULL,
    "card_id" TEXT NOT NULL,
    "client_id" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "overridden" BOOLEAN NOT NULL DEFAULT false,
    "response" TEXT,
    "duration_ms" INTEGER,
    "reviewed_at" DATETIME NOT NULL,
    "question_version" INTEGER NOT NULL DEFAULT 1,
    "state" INTEGER NOT NULL,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL,
    "difficulty" REAL NOT NULL,
    "elapsed_days" INTEGER NOT NULL,
    "scheduled_days" INTEGER NOT NULL,
    "next_due" DATETIME NOT NULL,
    CONSTRAINT "review_logs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "review_logs_card_id_fkey" FOREIGN KEY ("card_id") REFERENCES "cards" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_review_logs" ("card_id", "client_id", "correct", "difficulty", "due", "duration_ms", "elapsed_days", "id", "mode", "next_due", "overridden", "rating", "response", "reviewed_at", "scheduled_days", "stability", "state", "user_id") SELECT "card_id", "client_id", "correct", "difficulty", "due", "duration_ms", "elapsed_days", "id", "mode", "next_due", "overridden", "rating", "response", "reviewed_at", "scheduled_days", "stability", "state", "user_id" FROM "review_logs";
DROP TABLE "review_logs";
ALTER TABLE "new_review_logs" RENAME TO "review_logs";
CREATE INDEX "review_logs_card_id_reviewed_at_idx" ON "review_logs"("card_id", "reviewed_at");
CREATE INDEX "review_logs_user_id_reviewed_at_idx" ON "review_logs"("user_id", "reviewed_at");
CREATE UNIQUE INDEX "review_logs_user_id_client_id_key" ON "review_logs"("user_id", "client_id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "teacher_requests_status_created_at_idx" ON "teacher_requests"("status", "created_at");

-- CreateIndex
CREATE INDEX "question_reports_question_id_resolved_at_idx" ON "question_reports"("question_id", "resolved_at");

-- CreateIndex
CREATE UNIQUE INDEX "question_reports_question_id_user_id_created_at_key" ON "question_reports"("question_id", "user_id", "created_at");

-- CreateIndex
CREATE INDEX "question_sets_owner_id_idx" ON "question_sets"("owner_id");

-- CreateIndex
CREATE INDEX "question_set_items_set_id_position_idx" ON "question_set_items"("set_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "classes_join_code_key" ON "classes"("join_code");

-- CreateIndex
CREATE INDEX "classes_teacher_id_idx" ON "classes"("teacher_id");

-- CreateIndex
CREATE INDEX "class_members_user_id_idx" ON "class_members"("user_id");

-- CreateIndex
CREATE INDEX "class_stories_story_id_idx" ON "class_stories"("story_id");

-- CreateIndex
CREATE INDEX "assignments_created_by_id_idx" ON "assignments"("created_by_id");

-- CreateIndex
CREATE INDEX "assignment_classes_class_id_idx" ON "assignment_classes"("class_id");

-- CreateIndex
CREATE INDEX "assignment_questions_assignment_id_position_idx" ON "assignment_questions"("assignment_id", "position");

-- CreateIndex
CREATE INDEX "attempts_user_id_idx" ON "attempts"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "attempts_assignment_id_user_id_key" ON "attempts"("assignment_id", "user_id");

-- CreateIndex
CREATE INDEX "articles_content_hash_idx" ON "articles"("content_hash");

