// npm run admin -- COMMAND: who teaches, from the command line (the same rules as the /admin page).
//
//   npm run admin -- list                              every account with its role and teacher request
//   npm run admin -- grant EMAIL admin|teacher|student  sets the account's role (the last admin stays admin)
//   npm run admin -- approve EMAIL                     approves the account's request to teach
//   npm run admin -- decline EMAIL                     declines it
import { z } from "zod";
import {
  decideTeacherRequest,
  findAccountByEmail,
  listAccounts,
  listPendingRequests,
  setRole,
} from "@/server/data/accounts";
import { db } from "@/server/db";
import { isAppError } from "@/server/errors";
import { roleSchema } from "@/server/permissions/roles";

const EXIT_USAGE = 2;
const EXIT_REFUSED = 1;

const USAGE = `Usage:
  npm run admin -- list
  npm run admin -- grant EMAIL admin|teacher|student
  npm run admin -- approve EMAIL
  npm run admin -- decline EMAIL`;

// As sign-up stores it: trimmed, lower case.
const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("EMAIL must be an email address, like name@example.com."));
const role = z.enum(roleSchema.options, `The role must be one of: ${roleSchema.options.join(", ")}.`);

const commandSchema = z.discriminatedUnion("command", [
  z.object({ command: z.literal("list"), rest: z.tuple([], "list takes no arguments.") }),
  z.object({
    command: z.literal("grant"),
    rest: z.tuple([email, role], "grant takes EMAIL and a role."),
  }),
  z.object({ command: z.literal("approve"), rest: z.tuple([email], "approve takes one EMAIL.") }),
  z.object({ command: z.literal("decline"), rest: z.tuple([email], "decline takes one EMAIL.") }),
]);
type Command = z.infer<typeof commandSchema>;

/** The command line, parsed; an error message (with the usage) when it does not fit. */
function parseAdminArgs(argv: string[]): { ok: true; command: Command } | { ok: false; message: string } {
  const [command, ...rest] = argv.filter((arg) => arg !== "--");
  const parsed = commandSchema.safeParse({ command, rest });
  if (parsed.success) return { ok: true, command: parsed.data };
  const first = parsed.error.issues[0];
  const message =
    first?.path[0] === "command" || command === undefined
      ? `Unknown command ${command === undefined ? "(none)" : JSON.stringify(command)}.`
      : (first?.message ?? "Invalid arguments.");
  return { ok: false, message: `${message}\n${USAGE}` };
}

async function run(command: Command): Promise<string> {
  switch (command.command) {
    case "list": {
      const [accounts, pending] = await Promise.all([listAccounts(), listPendingRequests()]);
      const lines = accounts.map(
        (account) =>
          `${account.role.padEnd(8)} ${account.email} (${account.name})${account.teacherRequest ? ` · teacher request ${account.teacherRequest}` : ""}`,
      );
      return [...lines, `${accounts.length} accounts, ${pending.length} teacher requests pending.`].join(
        "\n",
      );
    }
    case "grant": {
      const [address, newRole] = command.rest;
      const account = await findAccountByEmail(address);
      await setRole({ userId: account.id, role: newRole });
      return `${address} is now ${newRole} (was ${account.role}).`;
    }
    case "approve":
    case "decline": {
      const [address] = command.rest;
      const account = await findAccountByEmail(address);
      const approve = command.command === "approve";
      await decideTeacherRequest({ userId: account.id, approve });
      return approve
        ? `${address}'s request to teach is approved: they are a teacher.`
        : `${address}'s request to teach is declined.`;
    }
  }
}

async function main(): Promise<number> {
  const parsed = parseAdminArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(parsed.message);
    return EXIT_USAGE;
  }
  try {
    console.log(await run(parsed.command));
    return 0;
  } catch (error) {
    if (!isAppError(error)) throw error;
    console.error(error.message);
    return EXIT_REFUSED;
  }
}

main()
  .then(async (code) => {
    await db.$disconnect();
    process.exitCode = code;
  })
  .catch(async (error) => {
    console.error(error);
    await db.$disconnect();
    process.exitCode = 1;
  });
