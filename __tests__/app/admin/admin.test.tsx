// Who is a teacher (issue 9): the first account to sign up is the admin (of two at once, exactly one); "I am a
// teacher" at sign-up files a request and the account stays a student; /admin and its forms are the admin's alone
// (404 for anyone else, nothing changed); approving makes a teacher; the last admin cannot stop being admin.
import "../../support/test-database";
import { renderToStaticMarkup } from "react-dom/server";
import AdminPage from "@/app/admin/page";
import { POST as decide } from "@/app/admin/requests/[userId]/route";
import { POST as changeRole } from "@/app/admin/users/[userId]/route";
import { EMPTY_AUTH_FORM_STATE } from "@/server/actions/auth-form.schema";
import { signUpAction } from "@/server/actions/sign-up";
import { db } from "@/server/db";
import { getUserFromHeaders } from "@/server/session";
import { signIn, signUp, updateUser } from "../../support/auth-client";

let mockCookie = "";
jest.mock("next/headers", () => ({
  headers: async () => new Headers(mockCookie ? { cookie: mockCookie } : {}),
  cookies: async () => ({ set: () => {}, get: () => undefined, getAll: () => [] }),
}));
jest.mock("next/navigation", () => ({
  notFound: () => {
    throw Object.assign(new Error("NEXT_NOT_FOUND"), { notFound: true });
  },
  redirect: (path: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { location: path });
  },
}));

const password = "correct horse battery";
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};

async function account(name: string): Promise<void> {
  const { response, cookie } = await signUp({ name, email: `${name}@example.com`, password });
  ids[name] = (await response.json()).user.id;
  cookies[name] = cookie;
}

const roleOf = async (name: string) => (await db.user.findUniqueOrThrow({ where: { id: ids[name] } })).role;
const requestOf = async (name: string) =>
  (await db.teacherRequest.findUnique({ where: { userId: ids[name] ?? "" } }))?.status ?? null;

function form(
  handler: typeof decide,
  path: string,
  userId: string,
  who: string | null,
  fields: Record<string, string>,
): Promise<Response> {
  return handler(
    new Request(`http://localhost:3000${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: "http://localhost:3000",
        ...(who ? { cookie: cookies[who] ?? "" } : {}),
      },
      body: new URLSearchParams(fields),
    }),
    { params: Promise.resolve({ userId }) },
  );
}
const decideFor = (name: string, who: string | null, decision: string) =>
  form(decide, `/admin/requests/${ids[name]}`, ids[name] ?? "", who, { decision });
const setRoleOf = (name: string, who: string | null, role: string) =>
  form(changeRole, `/admin/users/${ids[name]}`, ids[name] ?? "", who, { role });

async function renderAdmin(who: string | null): Promise<string> {
  mockCookie = who ? (cookies[who] ?? "") : "";
  try {
    return renderToStaticMarkup(await AdminPage({ searchParams: Promise.resolve({}) }));
  } catch (error) {
    if ((error as { notFound?: boolean }).notFound) return "404";
    throw error;
  }
}

/** Signs up through the form's server action, as the browser does, with "I am a teacher" ticked or not. */
async function signUpWithForm(name: string, teacher: boolean): Promise<void> {
  const data = new FormData();
  data.set("name", name);
  data.set("email", `${name}@example.com`);
  data.set("password", password);
  data.set("next", "/");
  if (teacher) data.set("teacher", "on");
  mockCookie = "";
  await expect(signUpAction(EMPTY_AUTH_FORM_STATE, data)).rejects.toMatchObject({ location: "/" });
  ids[name] = (await db.user.findUniqueOrThrow({ where: { email: `${name}@example.com` } })).id;
  cookies[name] = (await signIn(`${name}@example.com`, password)).cookie;
}

afterAll(() => db.$disconnect());

describe("admin", () => {
  it("first account: of two sign-ups at the same moment on a new instance, exactly one becomes admin", async () => {
    await Promise.all([account("first"), account("second")]);
    const roles = [await roleOf("first"), await roleOf("second")].sort();
    expect(roles).toEqual(["admin", "student"]);
    const admin = (await roleOf("first")) === "admin" ? "first" : "second";
    cookies.admin = cookies[admin] ?? "";
    ids.admin = ids[admin] ?? "";
    // Later accounts are students.
    await account("later");
    expect(await roleOf("later")).toBe("student");
    // A role fresh from the database on every request, not from a cached session.
    expect(await getUserFromHeaders(new Headers({ cookie: cookies.admin }))).toMatchObject({ role: "admin" });
  });

  it("sign-up: 'I am a teacher' files a pending request; the account stays a student", async () => {
    await signUpWithForm("tina", true);
    await signUpWithForm("sam", false);
    expect(await roleOf("tina")).toBe("student");
    expect(await requestOf("tina")).toBe("pending");
    expect(await roleOf("sam")).toBe("student");
    expect(await requestOf("sam")).toBeNull();
  });

  it("admin page: 404 for a student, a teacher and a visitor; the admin sees requests and accounts", async () => {
    await db.user.update({ where: { id: ids.later }, data: { role: "teacher" } });
    expect(await renderAdmin(null)).toBe("404");
    expect(await renderAdmin("sam")).toBe("404");
    expect(await renderAdmin("later")).toBe("404");
    const html = await renderAdmin("admin");
    expect(html).toContain("Teacher requests");
    expect(html).toContain("tina@example.com");
    expect(html).toContain('aria-label="Approve tina (tina@example.com)"');
    expect(html).toContain("sam@example.com");
  });

  it("admin forms: anyone but an admin gets 404 and changes nothing", async () => {
    for (const who of [null, "sam", "tina", "later"]) {
      expect({ who, status: (await decideFor("tina", who, "approve")).status }).toEqual({ who, status: 404 });
      expect({ who, status: (await setRoleOf("sam", who, "admin")).status }).toEqual({ who, status: 404 });
      expect({ who, status: (await setRoleOf(who ?? "sam", who, "admin")).status }).toEqual({
        who,
        status: 404,
      });
    }
    expect(await requestOf("tina")).toBe("pending");
    expect(await roleOf("tina")).toBe("student");
    expect(await roleOf("sam")).toBe("student");
    expect(await roleOf("later")).toBe("teacher");
  });

  it("admin forms: approving makes the requester a teacher, at once", async () => {
    const response = await decideFor("tina", "admin", "approve");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/admin?notice=approved");
    expect(await roleOf("tina")).toBe("teacher");
    const request = await db.teacherRequest.findUniqueOrThrow({ where: { userId: ids.tina } });
    expect(request).toMatchObject({ status: "approved", decidedById: ids.admin });
    expect(await getUserFromHeaders(new Headers({ cookie: cookies.tina ?? "" }))).toMatchObject({
      role: "teacher",
    });
    expect(await renderAdmin("admin")).not.toContain("Approve tina");
  });

  it("admin forms: declining leaves a student; a user without a request is 404", async () => {
    await signUpWithForm("dan", true);
    expect((await decideFor("dan", "admin", "decline")).headers.get("location")).toBe(
      "/admin?notice=declined",
    );
    expect(await roleOf("dan")).toBe("student");
    expect(await requestOf("dan")).toBe("declined");
    expect((await decideFor("sam", "admin", "approve")).status).toBe(404);
    expect(await roleOf("sam")).toBe("student");
  });

  it("admin forms: the admin changes roles; an unknown role goes back with a message", async () => {
    expect((await setRoleOf("sam", "admin", "teacher")).headers.get("location")).toBe(
      "/admin?notice=role-saved",
    );
    expect(await roleOf("sam")).toBe("teacher");
    expect((await setRoleOf("sam", "admin", "superuser")).headers.get("location")).toBe(
      "/admin?notice=invalid",
    );
    expect(await roleOf("sam")).toBe("teacher");
  });

  it("admin forms: the last admin cannot demote themself; with a second admin they can", async () => {
    const response = await setRoleOf("admin", "admin", "student");
    expect(response.headers.get("location")).toBe("/admin?notice=conflict");
    expect(await roleOf("admin")).toBe("admin");
    await setRoleOf("sam", "admin", "admin");
    expect((await setRoleOf("admin", "admin", "teacher")).headers.get("location")).toBe(
      "/admin?notice=role-saved",
    );
    expect(await roleOf("admin")).toBe("teacher");
    // Now a teacher: the admin's forms are closed to them.
    expect((await setRoleOf("admin", "admin", "admin")).status).toBe(404);
  });

  it("roles: nobody changes their own role through /api/auth/update-user, admin or not", async () => {
    for (const who of ["tina", "dan"]) {
      const before = await roleOf(who);
      const response = await updateUser(cookies[who] ?? "", { role: "admin" });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(await roleOf(who)).toBe(before);
    }
  });
});
