// The teachers migration (20261130052551_teachers) on a database with content: every question, card and review
// log is kept; stories holding a seeded article (added by nobody) go to the library, stories only users added
// become private to the user who added their first article. Migrations are applied with better-sqlite3, as
// support/test-database applies them.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

const MIGRATIONS = path.join(process.cwd(), "prisma", "migrations");
const TEACHERS = "20261130052551_teachers";
const names = readdirSync(MIGRATIONS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const apply = (sqlite: Database.Database, name: string) =>
  sqlite.exec(readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));

describe("teachers migration", () => {
  it("teachers migration: keeps every question, card and log; seeded stories to the library, users' private", () => {
    const sqlite = new Database(
      path.join(mkdtempSync(path.join(tmpdir(), "teachers-migration-")), "db.sqlite"),
    );
    for (const name of names.filter((name) => name < TEACHERS)) apply(sqlite, name);

    const at = (day: number) => new Date(Date.UTC(2025, 5, day)).getTime();
    const user = sqlite.prepare("INSERT INTO users (id, name, email, updated_at) VALUES (?, ?, ?, ?)");
    for (const id of ["uma", "vik"]) user.run(id, id, `${id}@example.com`, at(1));
    const story = sqlite.prepare(
      "INSERT INTO stories (id, title, topic, created_at) VALUES (?, ?, 'polity', ?)",
    );
    const article = sqlite.prepare(
      `INSERT INTO articles (id, content_hash, file, title, topic, story_id, raw_text, clean_text, added_by_id, created_at)
       VALUES (?, ?, ?, ?, 'polity', ?, 'text', 'text', ?, ?)`,
    );
    const question = sqlite.prepare(
      `INSERT INTO questions (id, fact_key, kind, prompt, answer, aliases, options, explanation, topic, story_id, score,
         flashcard_front, flashcard_back, cloze_text, created_at)
       VALUES (?, ?, 'who', ?, 'A', '[]', '["A","B"]', 'Because.', 'polity', ?, 1, 'front', 'back', '____', ?)`,
    );
    const source = sqlite.prepare(
      "INSERT INTO question_sources (question_id, article_id, sentence) VALUES (?, ?, 's')",
    );
    const card = sqlite.prepare(
      "INSERT INTO cards (id, user_id, question_id, due, state) VALUES (?, ?, ?, ?, 2)",
    );
    const log = sqlite.prepare(
      `INSERT INTO review_logs (id, user_id, card_id, client_id, mode, rating, correct, reviewed_at, state, due, stability,
         difficulty, elapsed_days, scheduled_days, next_due)
       VALUES (?, ?, ?, ?, 'quiz', 3, 1, ?, 0, ?, 1, 5, 0, 1, ?)`,
    );

    // Seeded: added by nobody. Joined: seeded, later joined by Vik's add. Uma's and Vik's: only users added.
    // Shared: Vik added first, Uma joined later. Empty: a story with no article left.
    const stories: [string, [string, string | null, number][]][] = [
      ["seeded", [["seeded-1", null, 1]]],
      [
        "joined",
        [
          ["joined-1", null, 1],
          ["joined-2", "vik", 3],
        ],
      ],
      ["umas", [["umas-1", "uma", 2]]],
      [
        "shared",
        [
          ["shared-2", "uma", 5],
          ["shared-1", "vik", 4],
        ],
      ],
      ["empty", []],
    ];
    for (const [id, articles] of stories) {
      story.run(id, id, at(1));
      question.run(`q-${id}`, `${id}|fact`, `Who in ${id}?`, id, at(1));
      for (const [articleId, addedBy, day] of articles) {
        article.run(articleId, `hash-${articleId}`, `${articleId}.txt`, articleId, id, addedBy, at(day));
        source.run(`q-${id}`, articleId);
      }
      for (const userId of ["uma", "vik"]) {
        card.run(`c-${id}-${userId}`, userId, `q-${id}`, at(10));
        for (const n of [1, 2])
          log.run(
            `l-${id}-${userId}-${n}`,
            userId,
            `c-${id}-${userId}`,
            `${id}-${userId}-${n}`,
            at(n + 5),
            at(n + 5),
            at(n + 6),
          );
      }
    }
    const snapshot = () => ({
      questions: sqlite.prepare("SELECT id, story_id, prompt, fact_key FROM questions ORDER BY id").all(),
      cards: sqlite.prepare("SELECT id, user_id, question_id, due, state FROM cards ORDER BY id").all(),
      logs: sqlite
        .prepare("SELECT id, card_id, client_id, rating, reviewed_at FROM review_logs ORDER BY id")
        .all(),
      sources: sqlite.prepare("SELECT question_id, article_id FROM question_sources ORDER BY 1, 2").all(),
      articles: sqlite.prepare("SELECT id, story_id, added_by_id FROM articles ORDER BY id").all(),
    });
    const before = snapshot();

    apply(sqlite, TEACHERS);
    for (const name of names.filter((name) => name > TEACHERS)) apply(sqlite, name);

    expect(snapshot()).toEqual(before);
    expect(before.logs).toHaveLength(20);
    expect(
      sqlite.prepare("SELECT id, owner_id AS ownerId, visibility FROM stories ORDER BY id").all(),
    ).toEqual([
      { id: "empty", ownerId: null, visibility: "library" },
      { id: "joined", ownerId: null, visibility: "library" },
      { id: "seeded", ownerId: null, visibility: "library" },
      { id: "shared", ownerId: "vik", visibility: "private" },
      { id: "umas", ownerId: "uma", visibility: "private" },
    ]);
    // Reviews made before question versions existed were of version 1.
    expect(sqlite.prepare("SELECT DISTINCT question_version AS v FROM review_logs").all()).toEqual([
      { v: 1 },
    ]);
    expect(sqlite.pragma("foreign_key_check")).toEqual([]);
    sqlite.close();
  });
});
