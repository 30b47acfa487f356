-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_user_settings" (
    "user_id" TEXT NOT NULL PRIMARY KEY,
    "desired_retention" REAL NOT NULL DEFAULT 0.9,
    "new_cards_per_day" INTEGER NOT NULL DEFAULT 20,
    "time_zone" TEXT NOT NULL DEFAULT 'UTC',
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "user_settings_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_user_settings" ("desired_retention", "new_cards_per_day", "updated_at", "user_id") SELECT "desired_retention", "new_cards_per_day", "updated_at", "user_id" FROM "user_settings";
DROP TABLE "user_settings";
ALTER TABLE "new_user_settings" RENAME TO "user_settings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

