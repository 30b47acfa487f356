// Fills an empty database: the sample articles (prisma/sample-articles.ts says where they are; in the library, for
// everyone) and two demo accounts (the demo teacher's request to teach approved). Run by `npm start` (through
// `npm run seed`); safe to run again: nothing is added twice. The demo accounts are made by server code, so neither
// becomes the instance's admin: the first person to sign up does (server/auth-guards.ts).
import { auth } from "@/server/auth";
import { updateSettings } from "@/server/data/settings";
import { db } from "@/server/db";
import { ingestArticles } from "@/server/ingest";
import { DEFAULT_TIME_ZONE, isTimeZone } from "@/server/time-zone";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { sampleArticles, sampleArticlesDir } from "./sample-articles";

async function seedArticles(): Promise<void> {
  const inputs = sampleArticles();
  if (inputs.length === 0) {
    console.log(`  no sample articles in ${sampleArticlesDir()}: none imported (set SAMPLE_ARTICLES_DIR)`);
    return;
  }
  // Added by nobody: library stories (ownerId null), as the teachers migration files seeded stories.
  const reports = await ingestArticles({ inputs, addedById: null });
  for (const report of reports)
    console.log(`  ${report.status.padEnd(12)} ${report.file}: ${report.message}`);
}

function machineTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

async function seedAccounts(): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    let userId = (await db.user.findUnique({ where: { email: account.email }, select: { id: true } }))?.id;
    if (!userId) {
      // Through better-auth so the password is hashed by the library.
      const { user } = await auth.api.signUpEmail({ body: { ...account, password: DEMO_PASSWORD } });
      userId = user.id;
      // The demo's days start at midnight where the demo runs, as a browser's sign-up would set them.
      await updateSettings({ userId, timeZone: machineTimeZone() });
      console.log(`  created ${account.role} ${account.email}`);
    }
    if (account.role === "teacher") {
      // A teacher as if approved by an admin: an approved request, as every teacher who signed up has.
      await db.teacherRequest.upsert({
        where: { userId },
        create: { userId, status: "approved", decidedAt: new Date() },
        update: {},
      });
    }
  }
}

async function main(): Promise<void> {
  if ((await db.article.count()) === 0) {
    console.log("Importing sample articles…");
    await seedArticles();
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
