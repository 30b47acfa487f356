import type { Metadata } from "next";
import { z } from "zod";
import { requireUser } from "@/server/session";
import { JoinClassForm } from "../../classes/_components/join-class-form";

export const metadata: Metadata = { title: "Join a class" };

const ZParams = z.object({ code: z.string().max(20).catch("") });

/** The link a teacher shares: sign in first (and come back here), then join with one press. */
export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = ZParams.parse(await params);
  await requireUser(`/join/${encodeURIComponent(code)}`);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Join a class</h1>
      <JoinClassForm initialCode={code.toUpperCase()} />
    </div>
  );
}
