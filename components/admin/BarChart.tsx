/** A bar chart drawn on the server as SVG; the same numbers are also given as a table. */
export function BarChart({
  title,
  data,
  width = 640,
  height = 180,
}: {
  title: string;
  data: { label: string; value: number }[];
  width?: number;
  height?: number;
}) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const barWidth = width / Math.max(1, data.length);
  return (
    <svg viewBox={`0 0 ${width} ${height + 20}`} role="img" aria-label={title} className="bar-chart">
      {data.map((d, i) => {
        const h = Math.round((d.value / max) * height);
        return (
          <g key={d.label}>
            <rect x={i * barWidth + 2} y={height - h} width={Math.max(1, barWidth - 4)} height={h} fill="#9f1239" />
            <title>{`${d.label}: ${d.value}`}</title>
          </g>
        );
      })}
      <line x1="0" y1={height} x2={width} y2={height} stroke="#1a1a1a" />
    </svg>
  );
}
