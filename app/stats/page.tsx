import type { Metadata } from "next";
import { type DayCount, getStudyStats } from "@/server/data/stats";
import { requireUser } from "@/server/session";

export const metadata: Metadata = { title: "Stats" };

const CELL = 11;
const GAP = 2;
const SHADES = ["#e2e8f0", "#bfdbfe", "#60a5fa", "#2563eb", "#1e3a8a"];

function shade(count: number, max: number): string {
  if (count === 0) return SHADES[0] ?? "#eee";
  return SHADES[Math.min(4, Math.ceil((count / Math.max(1, max)) * 4))] ?? "#000";
}

/** A GitHub-style year of days, one column per week (Monday on top). */
function Heatmap({ days, summary }: { days: DayCount[]; summary: string }) {
  const max = Math.max(0, ...days.map((day) => day.count));
  const firstWeekday = (new Date(`${days[0]?.date ?? "2000-01-01"}T00:00:00Z`).getUTCDay() + 6) % 7;
  const weeks = Math.ceil((days.length + firstWeekday) / 7);
  return (
    <svg
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${weeks * (CELL + GAP)} ${7 * (CELL + GAP)}`}
      className="h-auto w-full"
    >
      {days.map((day, index) => {
        const slot = index + firstWeekday;
        return (
          <rect
            key={day.date}
            x={Math.floor(slot / 7) * (CELL + GAP)}
            y={(slot % 7) * (CELL + GAP)}
            width={CELL}
            height={CELL}
            rx={2}
            fill={shade(day.count, max)}
          >
            <title>{`${day.date}: ${day.count} review${day.count === 1 ? "" : "s"}`}</title>
          </rect>
        );
      })}
    </svg>
  );
}

function Forecast({ days, summary }: { days: DayCount[]; summary: string }) {
  const max = Math.max(1, ...days.map((day) => day.count));
  const height = 100;
  return (
    <svg
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${days.length * 10} ${height + 14}`}
      className="h-auto w-full"
    >
      {days.map((day, index) => {
        const barHeight = (day.count / max) * height;
        return (
          <rect
            key={day.date}
            x={index * 10 + 1}
            y={height - barHeight}
            width={8}
            height={barHeight}
            fill="#2563eb"
          >
            <title>{`${day.date}: ${day.count} due`}</title>
          </rect>
        );
      })}
      <text x={0} y={height + 12} fontSize={9} fill="#475569">
        today
      </text>
      <text x={days.length * 10} y={height + 12} fontSize={9} fill="#475569" textAnchor="end">
        +30 days
      </text>
    </svg>
  );
}

export default async function StatsPage() {
  const user = await requireUser("/stats");
  const stats = await getStudyStats({ userId: user.id, now: new Date() });
  const activeDays = stats.reviewsPerDay.filter((day) => day.count > 0).length;
  const busiest = stats.reviewsPerDay.reduce((best, day) => (day.count > best.count ? day : best), {
    date: "",
    count: 0,
  });
  const dueTotal = stats.dueForecast.reduce((sum, day) => sum + day.count, 0);
  const retention = stats.trueRetention === null ? "–" : `${Math.round(stats.trueRetention * 100)}%`;
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold">Stats</h1>
      <dl className="grid grid-cols-3 gap-3 text-center">
        <div className="rounded-xl border border-slate-200 bg-white p-3">
          <dt className="text-sm text-slate-600">Streak</dt>
          <dd className="text-2xl font-bold">
            {stats.streak} <span className="text-sm font-normal">day{stats.streak === 1 ? "" : "s"}</span>
          </dd>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-3">
          <dt className="text-sm text-slate-600">Retention (30 d)</dt>
          <dd className="text-2xl font-bold">{retention}</dd>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-3">
          <dt className="text-sm text-slate-600">Reviews (year)</dt>
          <dd className="text-2xl font-bold">{stats.totalReviews}</dd>
        </div>
      </dl>
      <p className="text-sm text-slate-600">
        True retention: the share of reviews of mature cards over the last 30 days you did not forget
        {stats.retentionReviews > 0 ? ` (${stats.retentionReviews} reviews)` : " (no such reviews yet)"}.
      </p>
      <section aria-labelledby="heatmap-title" className="space-y-2">
        <h2 id="heatmap-title" className="text-lg font-semibold">
          Reviews per day
        </h2>
        <Heatmap
          days={stats.reviewsPerDay}
          summary={`Reviews over the last year: ${stats.totalReviews} on ${activeDays} days${
            busiest.count > 0 ? `, most on ${busiest.date} (${busiest.count})` : ""
          }.`}
        />
      </section>
      <section aria-labelledby="forecast-title" className="space-y-2">
        <h2 id="forecast-title" className="text-lg font-semibold">
          Due in the next 30 days
        </h2>
        <Forecast
          days={stats.dueForecast}
          summary={`${dueTotal} cards due in the next 30 days, ${stats.dueForecast[0]?.count ?? 0} of them today.`}
        />
      </section>
      <section aria-labelledby="mastery-title" className="space-y-2">
        <h2 id="mastery-title" className="text-lg font-semibold">
          Mastery by topic
        </h2>
        {stats.mastery.length === 0 ? (
          <p>No questions yet.</p>
        ) : (
          <ul className="space-y-3">
            {stats.mastery.map((topic) => {
              const share = topic.questions > 0 ? Math.round((topic.mastered / topic.questions) * 100) : 0;
              return (
                <li key={topic.topic}>
                  <div className="flex justify-between gap-2 text-sm">
                    <span className="font-medium">{topic.topic}</span>
                    <span>
                      {topic.mastered} mastered · {topic.studied} studied · {topic.questions} questions
                    </span>
                  </div>
                  {/* biome-ignore lint/a11y/useSemanticElements: a styled bar; <meter> renders differently in every browser and cannot take this fill. */}
                  <div
                    role="meter"
                    aria-label={`${topic.topic} mastery`}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={share}
                    className="mt-1 h-3 rounded-full bg-slate-200"
                  >
                    <div className="h-3 rounded-full bg-green-600" style={{ width: `${share}%` }} />
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </section>
  );
}
