// Import right after test-database: sends answers through Prisma although the test database is a SQLite file,
// so the path PostgreSQL takes stays tested.
process.env.ANSWER_WRITER = "prisma";
