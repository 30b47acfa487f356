/** Share of a set's questions the user has mastered, as a meter with its number. */
export function MasteryBar({ mastery, label }: { mastery: number; label: string }) {
  const percent = Math.round(mastery * 100);
  return (
    <div className="flex items-center gap-2">
      <meter
        aria-label={label}
        min={0}
        max={100}
        value={percent}
        aria-valuetext={`${percent}% mastered`}
        className="h-2 w-20 accent-emerald-600"
      />
      <span className="text-xs tabular-nums text-slate-600">{percent}%</span>
    </div>
  );
}
