// A class taking a test at once, on the production server (as `npm start` serves it: one worker per core) over
// loopback: 200 students, each with a session of their own, join the class with its code, open the assignment,
// start it, answer its 20 questions one by one with a think time between answers, reload it once midway (as after
// a lost connection) and submit, all within about one minute. A figure to read, not a test: `npm run bench:class`.
//
// Prints requests/s over the minute, p50/p99 latency per kind of request and overall, errors, and whether what
// the database holds afterwards equals what was sent: every student's 20 answers (the option text each chose),
// a submitted attempt, and 20 review logs on their FSRS schedule. Target: no errors, nothing lost, p99 < 200 ms.
//
// Students sign up from addresses of their own, as a class on its own devices would: X-Forwarded-For written by
// a trusted proxy (TRUSTED_PROXIES=127.0.0.1), so the per-address sign-up limits count each student once.
import { randomUUID } from "node:crypto";
import os from "node:os";
import Database from "better-sqlite3";
import { percentile, signIn, signUp, startBenchServer } from "./bench-server";

const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 200);
const QUESTIONS = 20;
/** Students start over the first this-many ms of the minute... */
const START_SPREAD_MS = 10_000;
/** ...and think between 1 and 2.2 s per question: about 32 s of answering, done well within the minute. */
const THINK_MS = { min: 1_000, max: 2_200 };
const TARGET_P99_MS = 200;
/** The answers sent this long after the last student started are reported apart, as the steady state. */
const STEADY_AFTER_MS = 10_000;
const PASSWORD = "bench-password-123";
const DEMO_TEACHER = { email: "teacher@example.com", password: "study-demo-2025" };

process.env.TRUSTED_PROXIES = "127.0.0.1";

/** 20 library questions (answer "Right i" among four options) in a set the demo teacher owns. */
function insertSet(dbFile: string): void {
  const sqlite = new Database(dbFile);
  const now = new Date().toISOString().replace("Z", "+00:00");
  const teacher = sqlite.prepare("SELECT id FROM users WHERE email = ?").pluck().get(DEMO_TEACHER.email);
  if (typeof teacher !== "string") throw new Error("the seed made no demo teacher");
  sqlite.transaction(() => {
    sqlite
      .prepare(
        "INSERT INTO stories (id, title, topic, visibility, created_at) VALUES ('bench-story', 'Bench', 'Polity', 'library', ?)",
      )
      .run(now);
    const question = sqlite.prepare(
      `INSERT INTO questions (id, fact_key, kind, prompt, answer, aliases, options, explanation, topic, story_id,
         score, flashcard_front, flashcard_back, cloze_text, created_at)
       VALUES (?, ?, 'person', ?, ?, '[]', ?, 'Because.', 'Polity', 'bench-story', 1, 'Front', 'Back', 'Cloze', ?)`,
    );
    sqlite
      .prepare(
        "INSERT INTO question_sets (id, owner_id, title, created_at, updated_at) VALUES ('bench-set', ?, 'Bench set', ?, ?)",
      )
      .run(teacher, now, now);
    const item = sqlite.prepare(
      "INSERT INTO question_set_items (set_id, question_id, position) VALUES (?, ?, ?)",
    );
    for (let i = 0; i < QUESTIONS; i++) {
      const options = JSON.stringify([`Right ${i}`, `Wrong ${i}a`, `Wrong ${i}b`, `Wrong ${i}c`]);
      question.run(`bench-q${i}`, `bench-fact-${i}`, `Who is bench person ${i}?`, `Right ${i}`, options, now);
      item.run("bench-set", `bench-q${i}`, i);
    }
  })();
  sqlite.close();
  console.log(`setup: a set of ${QUESTIONS} questions for the demo teacher`);
}

/** `date` on the wall clock of `zone`, as a datetime-local input sends it. */
function localInput(date: Date, zone: string): string {
  const format = new Intl.DateTimeFormat("sv-SE", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  return format.format(date).replace(" ", "T");
}

type Kind = "join" | "view" | "start" | "answer" | "submit";

interface Sample {
  kind: Kind;
  /** When it was sent, ms after the first student's start. */
  at: number;
  ms: number;
  status: number;
}

/** performance.now() when the minute began. */
let origin = 0;

const samples: Sample[] = [];
const failures: string[] = [];

async function request<T>(
  base: string,
  cookie: string,
  kind: Kind,
  path: string,
  body?: unknown,
): Promise<T | null> {
  const started = performance.now();
  let status = 0;
  try {
    const response = await fetch(`${base}${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: {
        cookie,
        ...(body === undefined ? {} : { "content-type": "application/json", origin: base }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    status = response.status;
    const text = await response.text();
    if (!response.ok) {
      failures.push(`${kind} ${path}: ${status} ${text.slice(0, 200)}`);
      return null;
    }
    return JSON.parse(text) as T;
  } catch (error) {
    failures.push(`${kind} ${path}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  } finally {
    samples.push({ kind, at: started - origin, ms: performance.now() - started, status });
  }
}

interface AttemptView {
  status: string;
  attempt: { questions: { id: string; options: string[] }[] } | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const between = (min: number, max: number) => min + Math.random() * (max - min);

/** One student's minute; returns what they chose, question id -> option text. */
async function takeTest(
  base: string,
  student: { cookie: string },
  code: string,
  assignmentId: string,
): Promise<Map<string, string>> {
  const sent = new Map<string, string>();
  const { cookie } = student;
  await sleep(between(0, START_SPREAD_MS));
  await request(base, cookie, "join", "/api/classes/join", { code });
  const path = `/api/assignments/${assignmentId}`;
  await request<AttemptView>(base, cookie, "view", path);
  const started = await request<AttemptView>(base, cookie, "start", `${path}/start`, {});
  const questions = started?.attempt?.questions ?? [];
  for (const [index, question] of questions.entries()) {
    await sleep(between(THINK_MS.min, THINK_MS.max));
    const choice = Math.floor(Math.random() * question.options.length);
    const body = { questionId: question.id, choice, clientId: randomUUID(), durationMs: 1500 };
    const saved = await request(base, cookie, "answer", `${path}/answers`, body);
    if (saved) sent.set(question.id, question.options[choice] ?? "");
    if (index === QUESTIONS / 2) await request(base, cookie, "view", path);
  }
  await request(base, cookie, "submit", `${path}/submit`, {});
  return sent;
}

function describe(kind: string, list: Sample[]): string {
  const sorted = list.map((sample) => sample.ms).sort((a, b) => a - b);
  const bad = list.filter((sample) => sample.status < 200 || sample.status >= 300).length;
  const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10);
  return `  ${kind.padEnd(8)} ${String(list.length).padStart(6)}   p50 ${ms(percentile(sorted, 50))}   p99 ${ms(percentile(sorted, 99))}   max ${ms(sorted.at(-1) ?? Number.NaN)}   errors ${bad}`;
}

async function main(): Promise<void> {
  const server = await startBenchServer({ label: "bench-class", prepare: insertSet });
  try {
    const { base } = server;
    const teacher = await signIn(base, DEMO_TEACHER.email, DEMO_TEACHER.password);
    const made = await fetch(`${base}/api/classes`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base, cookie: teacher },
      body: JSON.stringify({ name: "Bench class" }),
    });
    if (!made.ok) throw new Error(`making the class failed: ${made.status} ${await made.text()}`);
    const { id: classId, joinCode } = (await made.json()) as { id: string; joinCode: string };
    const sqlite = new Database(server.dbFile, { readonly: true });
    const zone =
      (sqlite
        .prepare("SELECT s.time_zone FROM user_settings s JOIN users u ON u.id = s.user_id WHERE u.email = ?")
        .pluck()
        .get(DEMO_TEACHER.email) as string | undefined) ?? "UTC";
    sqlite.close();
    const now = Date.now();
    const assigned = await fetch(`${base}/api/assignments`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base, cookie: teacher },
      body: JSON.stringify({
        title: "Bench test",
        setId: "bench-set",
        classIds: [classId],
        opensAt: localInput(new Date(now - 5 * 60_000), zone),
        dueAt: localInput(new Date(now + 24 * 60 * 60_000), zone),
        mode: "test",
        timeLimitMinutes: 30,
        negativeMark: 1 / 3,
        shuffle: true,
        reveal: "submit",
      }),
    });
    if (!assigned.ok) throw new Error(`setting the test failed: ${assigned.status} ${await assigned.text()}`);
    const { id: assignmentId } = (await assigned.json()) as { id: string };

    const signUpStarted = Date.now();
    const students: { email: string; cookie: string }[] = [];
    for (let i = 0; i < STUDENTS; i++) {
      const email = `bench-student-${i}@example.test`;
      const address = `10.${Math.floor(i / 250)}.${i % 250}.${1 + (i % 200)}`;
      const cookie = await signUp(
        base,
        { name: `Bench Student ${i}`, email, password: PASSWORD },
        { "x-forwarded-for": address },
      );
      students.push({ email, cookie });
    }
    console.log(
      `setup: ${STUDENTS} students signed up (${((Date.now() - signUpStarted) / 1000).toFixed(1)}s)`,
    );

    const loadBefore = os.loadavg()[0] ?? 0;
    const started = performance.now();
    origin = started;
    const sent = await Promise.all(
      students.map((student) => takeTest(base, student, joinCode, assignmentId)),
    );
    const seconds = (performance.now() - started) / 1000;
    const loadAfter = os.loadavg()[0] ?? 0;

    // What the database holds, per student.
    const check = new Database(server.dbFile, { readonly: true });
    const answersOf = check.prepare(
      `SELECT a.question_id AS questionId, a.choice FROM attempt_answers a
       JOIN attempts t ON t.id = a.attempt_id JOIN users u ON u.id = t.user_id
       WHERE u.email = ? AND t.assignment_id = ?`,
    );
    const submittedOf = check
      .prepare(
        `SELECT t.submitted_at FROM attempts t JOIN users u ON u.id = t.user_id
         WHERE u.email = ? AND t.assignment_id = ?`,
      )
      .pluck();
    const reviewsOf = check
      .prepare("SELECT COUNT(*) FROM review_logs r JOIN users u ON u.id = r.user_id WHERE u.email = ?")
      .pluck();
    let answersSent = 0;
    let mismatched = 0;
    let missing = 0;
    let extra = 0;
    let unsubmitted = 0;
    let reviewsShort = 0;
    for (const [index, student] of students.entries()) {
      const mine = sent[index] ?? new Map<string, string>();
      answersSent += mine.size;
      const stored = new Map(
        (answersOf.all(student.email, assignmentId) as { questionId: string; choice: string }[]).map(
          (row) => [row.questionId, row.choice],
        ),
      );
      for (const [questionId, choice] of mine) {
        if (!stored.has(questionId)) missing++;
        else if (stored.get(questionId) !== choice) mismatched++;
      }
      extra += [...stored.keys()].filter((questionId) => !mine.has(questionId)).length;
      if (!submittedOf.get(student.email, assignmentId)) unsubmitted++;
      if ((reviewsOf.get(student.email) as number) !== mine.size) reviewsShort++;
    }
    check.close();

    const errors = samples.filter((sample) => sample.status < 200 || sample.status >= 300).length;
    const all = samples.map((sample) => sample.ms).sort((a, b) => a - b);
    const p99 = percentile(all, 99);
    const lost = missing + mismatched + extra + unsubmitted + reviewsShort;
    const met = errors === 0 && lost === 0 && answersSent === STUDENTS * QUESTIONS && p99 < TARGET_P99_MS;
    console.log(`
A class takes a test — ${STUDENTS} students × ${QUESTIONS} questions, loopback, production build of ${server.source}
  duration      ${seconds.toFixed(1)} s from the first student's start to the last submit
  requests      ${samples.length} (${(samples.length / seconds).toFixed(1)} requests/s)
${describe(
  "join",
  samples.filter((sample) => sample.kind === "join"),
)}
${describe(
  "view",
  samples.filter((sample) => sample.kind === "view"),
)}
${describe(
  "start",
  samples.filter((sample) => sample.kind === "start"),
)}
${describe(
  "answer",
  samples.filter((sample) => sample.kind === "answer"),
)}
${describe(
  "submit",
  samples.filter((sample) => sample.kind === "submit"),
)}
${describe("all", samples)}
  after the first ${(START_SPREAD_MS + STEADY_AFTER_MS) / 1000} s (everyone has joined and started; answers only):
${describe(
  "answer",
  samples.filter((sample) => sample.kind === "answer" && sample.at >= START_SPREAD_MS + STEADY_AFTER_MS),
)}
  load average  ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after (${os.cpus().length} cores, shared with other work)
  stored        ${answersSent} answers sent and saved; ${missing} missing, ${mismatched} with another choice, ${extra} never sent; ${unsubmitted} attempts not submitted; ${reviewsShort} students whose review logs differ from their answers
target: no errors, nothing lost, p99 < ${TARGET_P99_MS} ms — ${met ? "met" : "NOT met"}`);
    if (failures.length > 0) {
      console.log(`--- first failures ---\n${failures.slice(0, 10).join("\n")}`);
      console.log(
        `--- server log (last 20 lines) ---\n${server.log().trim().split("\n").slice(-20).join("\n")}`,
      );
    }
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
