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
