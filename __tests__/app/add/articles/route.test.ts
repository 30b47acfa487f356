import "../../../support/test-database";
import { POST } from "@/app/add/articles/route";
import { GET as getBatch } from "@/app/add/batches/[id]/route";
import { db } from "@/server/db";
import { ADDS_PER_HOUR } from "@/server/ingest-queue";
import { signUp } from "../../../support/auth-client";

const ORIGIN = "http://localhost:3000";
const password = "correct horse battery";
let alice = "";
let bob = "";

function post(
  form: FormData | ReadableStream<Uint8Array>,
  {
    cookie = alice,
    origin = ORIGIN,
    accept = "application/json",
    headers = {},
  }: { cookie?: string; origin?: string | null; accept?: string; headers?: Record<string, string> } = {},
) {
  return POST(
    new Request(`${ORIGIN}/add/articles`, {
      method: "POST",
      headers: { host: "localhost:3000", accept, cookie, ...(origin ? { origin } : {}), ...headers },
      body: form,
      // @ts-expect-error Node's fetch needs duplex for a streamed body
      duplex: "half",
    }),
  );
}

function form(text: string, files: File[] = []): FormData {
  const data = new FormData();
  data.set("text", text);
  for (const file of files) data.append("files", file, file.name);
  return data;
}

const ARTICLE = "Mara Lind met Ola Berg in Tromso on Thursday at the Harbour Council meeting.";

async function progress(batchId: string, cookie: string) {
  return getBatch(new Request(`${ORIGIN}/add/batches/${batchId}`, { headers: { cookie } }), {
    params: Promise.resolve({ id: batchId }),
  });
}

beforeAll(async () => {
  alice = (await signUp({ name: "Alice", email: "alice@example.com", password })).cookie;
  bob = (await signUp({ name: "Bob", email: "bob@example.com", password })).cookie;
});
afterAll(() => db.$disconnect());
afterEach(() => db.addCount.deleteMany());

describe("POST /add/articles", () => {
  it("add/articles: a paste with the file chooser left empty is queued as one article", async () => {
    // Exactly what chromium sends for a paste with an empty file input: a 0-byte part with an empty file name.
    const boundary = "----WebKitFormBoundaryE2x7";
    const body = [
      `--${boundary}\r\nContent-Disposition: form-data; name="text"\r\n\r\n${ARTICLE}\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename=""\r\n`,
      "Content-Type: application/octet-stream\r\n\r\n\r\n",
      `--${boundary}--\r\n`,
    ].join("");
    const response = await post(new Blob([body]).stream(), {
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    });
    expect(response.status).toBe(202);
    const { batchId, total } = (await response.json()) as { batchId: string; total: number };
    expect(total).toBe(1);
    const jobs = await db.ingestJob.findMany({ where: { batchId } });
    expect(jobs.map((job) => [job.file, job.text])).toEqual([["pasted article", ARTICLE]]);

    const own = await progress(batchId, alice);
    expect(own.status).toBe(200);
    expect(await own.json()).toMatchObject({ total: 1, done: 0 });
    expect((await progress(batchId, bob)).status).toBe(404);
  });

  it("add/articles: several files, one of them UTF-16, are queued in order and decoded", async () => {
    const utf16 = new File(
      [new Uint8Array([0xff, 0xfe]), Buffer.from("Café in Zürich.", "utf16le")],
      "b.txt",
    );
    const response = await post(form("", [new File(["First."], "a.txt"), utf16]));
    expect(response.status).toBe(202);
    const { batchId } = (await response.json()) as { batchId: string };
    const jobs = await db.ingestJob.findMany({ where: { batchId }, orderBy: { position: "asc" } });
    expect(jobs.map((job) => [job.file, job.text])).toEqual([
      ["a.txt", "First."],
      ["b.txt", "Café in Zürich."],
    ]);
  });

  it.each([
    ["an empty paste", form("   "), "Paste an article or choose at least one .txt file."],
    [
      "a PDF",
      form("", [new File(["%PDF"], "paper.pdf", { type: "application/pdf" })]),
      "paper.pdf is not a .txt file.",
    ],
    ["an empty file", form("", [new File([], "empty.txt")]), "empty.txt is empty."],
    [
      "a file over 200 KB",
      form("", [new File(["x".repeat(201 * 1024)], "big.txt")]),
      "big.txt is 201 KB; a file may be at most 200 KB.",
    ],
    [
      "a paste over 200 KB",
      form("y".repeat(300 * 1024)),
      "The pasted text is 300 KB; one article may be at most 200 KB.",
    ],
    [
      "51 files",
      form(
        "",
        Array.from({ length: 51 }, (_, i) => new File([`Text ${i}`], `${i}.txt`)),
      ),
      "Choose at most 50 files at once.",
    ],
    [
      "11 files of 190 KB (over 2 MB in all)",
      form(
        "",
        Array.from({ length: 11 }, (_, i) => new File(["z".repeat(190 * 1024)], `${i}.txt`)),
      ),
      "Together these are over 2 MB; add them in smaller groups.",
    ],
    [
      "a Windows-1252 file",
      form("", [new File([new Uint8Array([0x43, 0x61, 0x66, 0xe9])], "cafe.txt")]),
      "cafe.txt is not UTF-8 text (save it as UTF-8 or UTF-16 and try again). Nothing was added.",
    ],
  ])("add/articles: refuses %s with a message and queues nothing", async (_name, data, message) => {
    const before = await db.ingestJob.count();
    const response = await post(data);
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(message);
    expect(await db.ingestJob.count()).toBe(before);
  });

  it("add/articles: a body over the limit gets 413 with a message, whether it says its length or not", async () => {
    const big = form("", [new File(["w".repeat(3 * 1024 * 1024)], "huge.txt")]);
    const declared = await post(big);
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { error: { message: string } }).error.message).toMatch(
      /over 2 MB; nothing was added/,
    );

    // A streamed body with no Content-Length is cut off as soon as it passes the limit.
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const streamed = await post(endless, {
      headers: { "content-type": "multipart/form-data; boundary=xyz" },
    });
    expect(streamed.status).toBe(413);
    expect(sent).toBeLessThan(3 * 1024 * 1024);
  });

  it("add/articles: refuses other sites and signed-out users", async () => {
    expect((await post(form(ARTICLE), { origin: "https://evil.example" })).status).toBe(403);
    expect((await post(form(ARTICLE), { origin: null })).status).toBe(403);
    expect((await post(form(ARTICLE), { cookie: "" })).status).toBe(401);
  });

  it("add/articles: a form sent without JavaScript is redirected back to the Add page", async () => {
    const added = await post(form(ARTICLE), { accept: "text/html" });
    expect(added.status).toBe(303);
    expect(added.headers.get("location")).toMatch(/^\/add\?batch=[\w-]+$/);
    const refused = await post(form(""), { accept: "text/html" });
    expect(refused.status).toBe(303);
    expect(refused.headers.get("location")).toBe("/add?error=invalid");
  });

  it("add/articles: the adds of one user per hour are limited (429 with Retry-After)", async () => {
    for (let i = 0; i < ADDS_PER_HOUR; i++) {
      expect((await post(form(`Article number ${i}.`), { cookie: bob })).status).toBe(202);
    }
    const refused = await post(form("One too many."), { cookie: bob });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
      /Try again in \d+ minutes?; nothing was added\./,
    );
    expect((await post(form("Alice is not limited."))).status).toBe(202);
  });
});
