// Fills an empty database: the sample articles in articles/ and two demo accounts.
// Run by `npm start` (through `npm run seed`); safe to run again: nothing is added twice.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { auth } from "@/server/auth";
import { updateSettings } from "@/server/data/settings";
import { db } from "@/server/db";
import { ingestArticles } from "@/server/ingest";
import { DEFAULT_TIME_ZONE, isTimeZone } from "@/server/time-zone";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";

const ARTICLES_DIR = path.join(process.cwd(), "articles");

async function seedArticles(): Promise<void> {
  const files = readdirSync(ARTICLES_DIR)
    .filter((name) => name.toLowerCase().endsWith(".txt"))
    .sort();
  const inputs = files.map((name) => ({
    file: path.join("articles", name),
    text: readFileSync(path.join(ARTICLES_DIR, name), "utf8"),
  }));
  const reports = await ingestArticles({ inputs });
  for (const report of reports)
    console.log(`  ${report.status.padEnd(12)} ${report.file}: ${report.message}`);
}

function machineTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

async function seedAccounts(): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    if (await db.user.findUnique({ where: { email: account.email } })) continue;
    // Through better-auth so the password is hashed by the library.
    const { user } = await auth.api.signUpEmail({ body: { ...account, password: DEMO_PASSWORD } });
    // The demo's days start at midnight where the demo runs, as a browser's sign-up would set them.
    await updateSettings({ userId: user.id, timeZone: machineTimeZone() });
    console.log(`  created ${account.role} ${account.email}`);
  }
}

async function main(): Promise<void> {
  if ((await db.article.count()) === 0) {
    console.log("Importing sample articles…");
    await seedArticles();
    // The samples are the instance's library, owned by nobody (prisma/schema.prisma, model Story).
    await db.story.updateMany({ where: { ownerId: null }, data: { visibility: "library" } });
  }
  await seedAccounts();
}

main()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error(error);
    await db.$disconnect();
    process.exitCode = 1;
  });
