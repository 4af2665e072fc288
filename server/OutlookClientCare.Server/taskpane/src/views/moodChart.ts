import { h, svg } from "../dom";
import type { Strings } from "../i18n";
import type { MoodLevel, SituationCard } from "../types";

const levels: MoodLevel[] = ["calm", "concerned", "frustrated", "angry"];

/** Below this confidence the pane says "unclear" instead of guessing a level. */
export const unclearBelow = 0.5;

export function moodBadge(t: Strings, level: MoodLevel, confidence = 1, testId?: string): HTMLElement {
  // Colour plus words, never colour alone.
  if (confidence < unclearBelow) {
    return h(
      "span",
      { className: "mood mood-unclear", title: t.moodUnclearWhy(t.moods[level] ?? level), "data-testid": testId },
      h("span", { className: "mood-dot", "aria-hidden": "true" }),
      t.moodUnclear,
    );
  }
  return h("span", { className: `mood mood-${level}`, "data-testid": testId }, h("span", { className: "mood-dot", "aria-hidden": "true" }), t.moods[level] ?? level);
}

/** A small line of the client's mood message by message; the words are in its accessible name. */
export function moodChart(t: Strings, trend: NonNullable<SituationCard["moodTrend"]>): HTMLElement | null {
  if (trend.length < 2) return null;
  const width = 240;
  const height = 56;
  const pad = 8;
  const x = (i: number) => pad + (i * (width - 2 * pad)) / (trend.length - 1);
  const y = (level: MoodLevel) => height - pad - (levels.indexOf(level) * (height - 2 * pad)) / (levels.length - 1);
  const points = trend.map((p, i) => `${x(i).toFixed(1)},${y(p.level).toFixed(1)}`).join(" ");
  const label = t.moodTrendLabel(trend.map((p) => t.moods[p.level] ?? p.level).join(" → "));
  const chart = svg(
    "svg",
    { viewBox: `0 0 ${width} ${height}`, class: "mood-chart", role: "img", "aria-label": label, preserveAspectRatio: "none" },
    ...levels.map((level) => svg("line", { x1: pad, x2: width - pad, y1: y(level), y2: y(level), class: "grid" })),
    svg("polyline", { points, class: "trend" }),
    ...trend.map((p, i) => svg("circle", { cx: x(i), cy: y(p.level), r: 4, class: `pt pt-${p.level}` })),
  );
  return h("figure", { className: "mood-trend" }, chart, h("figcaption", {}, trend.map((p) => t.moods[p.level] ?? p.level).join(" → ")));
}
