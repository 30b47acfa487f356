// Import right after test-database: stores added articles through Prisma although the test database is a SQLite
// file, so the path PostgreSQL takes stays tested.
process.env.INGEST_WRITER = "prisma";
