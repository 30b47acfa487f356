// A class with assignments and attempts, stored directly, for the results tests. Import after test-database.
// People: an admin, two teachers (A made the assignments and teaches class A; B teaches nothing here), two
// students with accounts in class A (S1, S2) and one outside it (S3), three more class A members without
// accounts whose names a spreadsheet would run as formulas, and S7 in class C (taught by the admin).
// Times are relative to `now` (the page code reads the clock; the server functions are given `now`).
import { randomUUID } from "node:crypto";
import { db } from "@/server/db";
import { signUp } from "./auth-client";
import { createStoryWithQuestions } from "./content-fixtures";

const PASSWORD = "results-test-password";
const HOUR = 60 * 60 * 1000;

export interface Account {
  id: string;
  email: string;
  cookie: string;
}

async function account(name: string, role: "student" | "teacher" | "admin"): Promise<Account> {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${randomUUID().slice(0, 8)}@example.com`;
  const { response, cookie } = await signUp({ name, email, password: PASSWORD });
  if (!response.ok) throw new Error(`results fixture: sign-up of ${name} failed (${response.status})`);
  const user = await db.user.update({ where: { email }, data: { role } });
  return { id: user.id, email, cookie };
}

async function plainUser(name: string): Promise<{ id: string; name: string; email: string }> {
  const id = randomUUID();
  const email = `${id.slice(0, 8)}@example.test`;
  await db.user.create({ data: { id, name, email } });
  return { id, name, email };
}

interface QuestionSpec {
  answer: string;
  options: string[];
}

const ECONOMY: QuestionSpec[] = [
  { answer: "Repo rate", options: ["Repo rate", "CRR", "SLR", "Bank rate"] },
  {
    answer: "Mara Lind",
    options: ["Mara Lind", "Arun Jaitley", "P Chidambaram", "Tomas Berg"],
  },
  { answer: "GST Council", options: ["GST Council", "NITI Aayog", "Finance Commission", "RBI"] },
];
const POLITY: QuestionSpec[] = [
  { answer: "Article 370", options: ["Article 370", "Article 356", "Article 14", "Article 21"] },
  { answer: "Lok Sabha", options: ["Lok Sabha", "Rajya Sabha", "Vidhan Sabha", "Gram Sabha"] },
];

async function libraryQuestions(title: string, topic: string, specs: QuestionSpec[]) {
  const { story, questions } = await createStoryWithQuestions({
    title,
    topic,
    publishedOn: "2026-01-15",
    prompts: specs.map((_, index) => `${title} question ${index + 1}?`),
  });
  await db.story.update({ where: { id: story.id }, data: { visibility: "library" } });
  return Promise.all(
    questions.map((question, index) => {
      const spec = specs[index] as QuestionSpec;
      return db.question.update({
        where: { id: question.id },
        data: {
          answer: spec.answer,
          options: JSON.stringify(spec.options),
          explanation: `Explained: ${spec.answer}.`,
        },
      });
    }),
  );
}

async function attempt(options: {
  assignmentId: string;
  userId: string;
  startedAt: Date;
  deadlineAt: Date;
  submittedAt: Date | null;
  answers: [questionId: string, choice: string, correct: boolean][];
}) {
  return db.attempt.create({
    data: {
      assignmentId: options.assignmentId,
      userId: options.userId,
      startedAt: options.startedAt,
      deadlineAt: options.deadlineAt,
      submittedAt: options.submittedAt,
      layout: "{}",
      answers: {
        create: options.answers.map(([questionId, choice, correct], index) => ({
          questionId,
          choice,
          correct,
          clientId: randomUUID(),
          answeredAt: new Date(options.startedAt.getTime() + (index + 1) * 60_000),
        })),
      },
    },
  });
}

export async function createResultsFixture(now: Date) {
  const at = (hours: number) => new Date(now.getTime() + hours * HOUR);
  const [admin, teacherA, teacherB, s1, s2, s3] = [
    await account("Admin Person", "admin"),
    await account("Teacher A", "teacher"),
    await account("Teacher B", "teacher"),
    await account("Asha Student", "student"),
    await account("Bilal Student", "student"),
    await account("Outside Student", "student"),
  ];
  const s4 = await plainUser('=HYPERLINK("http://evil.example","Chitra")');
  const s5 = await plainUser("+Deepak");
  const s6 = await plainUser("@Esha");
  const s7 = await plainUser("Farid in class C");

  const [q1, q2, q5] = await libraryQuestions("Economy", "economy", ECONOMY);
  const [q3, q4] = await libraryQuestions("Polity", "polity", POLITY);
  if (!q1 || !q2 || !q3 || !q4 || !q5) throw new Error("results fixture: questions missing");

  // q2 was edited after the assignment fixed version 1: its current key is now "Arun Jaitley".
  await db.questionVersion.createMany({
    data: [
      {
        questionId: q2.id,
        version: 1,
        prompt: q2.prompt,
        answer: q2.answer,
        aliases: "[]",
        options: q2.options,
        explanation: q2.explanation,
      },
      {
        questionId: q2.id,
        version: 2,
        prompt: "Edited prompt?",
        answer: "Arun Jaitley",
        aliases: "[]",
        options: q2.options,
        explanation: "Edited.",
      },
    ],
  });
  await db.question.update({
    where: { id: q2.id },
    data: {
      version: 2,
      prompt: "Edited prompt?",
      answer: "Arun Jaitley",
      explanation: "Edited.",
      editedAt: at(-48),
    },
  });

  const classA = await db.class.create({
    data: {
      name: "Class A",
      teacherId: teacherA.id,
      joinCode: `A${randomUUID().slice(0, 6).toUpperCase()}`,
      members: { create: [s1, s2, s4, s5, s6].map((student) => ({ userId: student.id })) },
    },
  });
  const classC = await db.class.create({
    data: {
      name: "Class C",
      teacherId: admin.id,
      joinCode: `C${randomUUID().slice(0, 6).toUpperCase()}`,
      members: { create: [{ userId: s7.id }] },
    },
  });

  const assignment = (data: {
    title: string;
    mode: "test" | "practice";
    reveal: "submit" | "due";
    negativeMark?: number;
    dueAt: Date;
    classIds: string[];
    questions: { id: string; version: number }[];
  }) =>
    db.assignment.create({
      data: {
        title: data.title,
        createdById: teacherA.id,
        mode: data.mode,
        reveal: data.reveal,
        negativeMark: data.negativeMark ?? 0,
        opensAt: at(-72),
        dueAt: data.dueAt,
        classes: { create: data.classIds.map((classId) => ({ classId })) },
        questions: {
          create: data.questions.map((question, index) => ({
            questionId: question.id,
            version: question.version,
            position: index,
          })),
        },
      },
    });

  // X: a test with negative marking 0.5, answers shown on submission.
  const x = await assignment({
    title: "Weekly test: economy and polity",
    mode: "test",
    reveal: "submit",
    negativeMark: 0.5,
    dueAt: at(24),
    classIds: [classA.id],
    questions: [
      { id: q1.id, version: 1 },
      { id: q2.id, version: 1 },
      { id: q3.id, version: 1 },
      { id: q4.id, version: 1 },
    ],
  });
  // S1: 2 right, 1 wrong, 1 blank = 1.5. Right on q2 by version 1's key, which is no longer the current one.
  await attempt({
    assignmentId: x.id,
    userId: s1.id,
    startedAt: at(-3),
    deadlineAt: at(24),
    submittedAt: at(-3 + 0.25),
    answers: [
      [q1.id, "Repo rate", true],
      [q2.id, "Mara Lind", true],
      [q3.id, "Article 356", false],
    ],
  });
  // S2: never submitted, deadline passed: counts as submitted with 3 wrong = -1.5. "Arun Jaitley" is q2's
  // current key but wrong for version 1; the stored flag says otherwise, the version decides.
  await attempt({
    assignmentId: x.id,
    userId: s2.id,
    startedAt: at(-2),
    deadlineAt: at(-1),
    submittedAt: null,
    answers: [
      [q1.id, "CRR", false],
      [q2.id, "Arun Jaitley", true],
      [q3.id, "Article 356", false],
    ],
  });
  // S4: all right = 4.
  await attempt({
    assignmentId: x.id,
    userId: s4.id,
    startedAt: at(-5),
    deadlineAt: at(24),
    submittedAt: at(-5 + 0.5),
    answers: [
      [q1.id, "Repo rate", true],
      [q2.id, "Mara Lind", true],
      [q3.id, "Article 370", true],
      [q4.id, "Lok Sabha", true],
    ],
  });
  // S5: in progress (not counted in any figure). S6: not started.
  await attempt({
    assignmentId: x.id,
    userId: s5.id,
    startedAt: at(-0.5),
    deadlineAt: at(1),
    submittedAt: null,
    answers: [[q3.id, "Article 21", false]],
  });

  // Y: given to class A and to the admin's class C.
  const y = await assignment({
    title: "Shared quiz",
    mode: "test",
    reveal: "submit",
    dueAt: at(48),
    classIds: [classA.id, classC.id],
    questions: [{ id: q1.id, version: 1 }],
  });
  await attempt({
    assignmentId: y.id,
    userId: s7.id,
    startedAt: at(-1),
    deadlineAt: at(48),
    submittedAt: at(-0.9),
    answers: [[q1.id, "SLR", false]],
  });

  // S2 is taking Y now; S1 has not started it.
  await attempt({
    assignmentId: y.id,
    userId: s2.id,
    startedAt: at(-0.2),
    deadlineAt: at(2),
    submittedAt: null,
    answers: [[q1.id, "Repo rate", true]],
  });

  // Z: a test whose answers are revealed at the due time; S1 has submitted.
  const z = await assignment({
    title: "Polity test, answers at the due time",
    mode: "test",
    reveal: "due",
    dueAt: at(24),
    classIds: [classA.id],
    questions: [{ id: q3.id, version: 1 }],
  });
  await attempt({
    assignmentId: z.id,
    userId: s1.id,
    startedAt: at(-1),
    deadlineAt: at(24),
    submittedAt: at(-0.5),
    answers: [[q3.id, "Article 370", true]],
  });

  // P: practice (its reveal setting does not apply); S1 has submitted.
  const p = await assignment({
    title: "Practice: houses",
    mode: "practice",
    reveal: "due",
    dueAt: at(24),
    classIds: [classA.id],
    questions: [{ id: q4.id, version: 1 }],
  });
  await attempt({
    assignmentId: p.id,
    userId: s1.id,
    startedAt: at(-1),
    deadlineAt: at(24),
    submittedAt: at(-0.75),
    answers: [[q4.id, "Lok Sabha", true]],
  });

  // S1's own study: q1 mastered (one right review), q5 in learning (one wrong review); and a private economy
  // question of S1's own that teachers may not see, also reviewed.
  const [privateQuestion] = await libraryQuestions("Private notes", "economy", [ECONOMY[0] as QuestionSpec]);
  if (!privateQuestion) throw new Error("results fixture: private question missing");
  await db.story.update({
    where: { id: privateQuestion.storyId },
    data: { visibility: "private", ownerId: s1.id },
  });
  const studied: [string, number, number, boolean][] = [
    [q1.id, 2, 30, true],
    [q5.id, 1, 1, false],
    [privateQuestion.id, 2, 40, true],
  ];
  for (const [questionId, state, stability, correct] of studied) {
    const card = await db.card.create({
      data: { userId: s1.id, questionId, due: at(24 * 30), state, stability, reps: 1, lastReview: at(-30) },
    });
    await db.reviewLog.create({
      data: {
        userId: s1.id,
        cardId: card.id,
        clientId: randomUUID(),
        mode: "quiz",
        rating: correct ? 3 : 1,
        correct,
        reviewedAt: at(-30),
        state: 0,
        due: at(-30),
        stability: 0,
        difficulty: 0,
        elapsedDays: 0,
        scheduledDays: 0,
        nextDue: at(24 * 30),
      },
    });
  }

  return {
    now,
    users: { admin, teacherA, teacherB, s1, s2, s3, s4, s5, s6, s7 },
    questions: { q1, q2, q3, q4, q5 },
    classes: { classA, classC },
    assignments: { x, y, z, p },
  };
}

export type ResultsFixture = Awaited<ReturnType<typeof createResultsFixture>>;

/** Every row the results code reads, to show that a request changed nothing. */
export async function resultsSnapshot(): Promise<string> {
  const [attempts, answers, assignments, links, members, classes, cards, logs, users] = await Promise.all([
    db.attempt.findMany({ orderBy: { id: "asc" } }),
    db.attemptAnswer.findMany({ orderBy: [{ attemptId: "asc" }, { questionId: "asc" }] }),
    db.assignment.findMany({ orderBy: { id: "asc" } }),
    db.assignmentClass.findMany({ orderBy: [{ assignmentId: "asc" }, { classId: "asc" }] }),
    db.classMember.findMany({ orderBy: [{ classId: "asc" }, { userId: "asc" }] }),
    db.class.findMany({ orderBy: { id: "asc" } }),
    db.card.findMany({ orderBy: { id: "asc" } }),
    db.reviewLog.findMany({ orderBy: { id: "asc" } }),
    db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true, name: true } }),
  ]);
  return JSON.stringify({ attempts, answers, assignments, links, members, classes, cards, logs, users });
}
