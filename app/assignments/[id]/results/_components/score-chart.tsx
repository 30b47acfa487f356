import { max } from "d3-array";
import { scaleBand, scaleLinear } from "d3-scale";
import type { ScoreBin } from "@/server/assignments/results";

// The score distribution as server-rendered SVG: d3-scale lays the bars out, React draws them. No client
// JavaScript and no inline script, so it renders under the pages' Content-Security-Policy as it is; the table
// after it says the same in text.

const WIDTH = 320;
const HEIGHT = 180;
const MARGIN = { top: 10, right: 8, bottom: 34, left: 28 };

export function ScoreChart({ bins, summaryId }: { bins: ScoreBin[]; summaryId: string }) {
  const x = scaleBand<string>()
    .domain(bins.map((entry) => entry.label))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.15);
  const y = scaleLinear()
    .domain([0, Math.max(1, max(bins, (entry) => entry.count) ?? 0)])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const yTicks = y.ticks(4).filter(Number.isInteger);
  const every = Math.ceil(bins.length / 8);
  return (
    <svg
      role="img"
      aria-labelledby={summaryId}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="h-auto w-full max-w-lg"
    >
      <title>Score distribution</title>
      {yTicks.map((tick) => (
        <g key={tick}>
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#e2e8f0" />
          <text x={MARGIN.left - 4} y={y(tick)} dy="0.32em" fontSize={9} fill="#475569" textAnchor="end">
            {tick}
          </text>
        </g>
      ))}
      {bins.map((entry, index) => {
        const left = x(entry.label) ?? 0;
        const top = y(entry.count);
        return (
          <g key={entry.label}>
            <rect
              x={left}
              y={top}
              width={x.bandwidth()}
              height={y(0) - top}
              fill={index === bins.length - 1 ? "#15803d" : "#2563eb"}
            >
              <title>{`${entry.label}: ${entry.count} student${entry.count === 1 ? "" : "s"}`}</title>
            </rect>
            {index % every === 0 ? (
              <text
                x={left + x.bandwidth() / 2}
                y={HEIGHT - MARGIN.bottom + 12}
                fontSize={9}
                fill="#475569"
                textAnchor="middle"
              >
                {entry.from}
              </text>
            ) : null}
          </g>
        );
      })}
      <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} stroke="#94a3b8" />
      <text x={WIDTH / 2} y={HEIGHT - 4} fontSize={9} fill="#475569" textAnchor="middle">
        Score
      </text>
    </svg>
  );
}
