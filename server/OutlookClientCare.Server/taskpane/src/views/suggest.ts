/** Snippets that open a reply well for each recommended next step (built-in ids). */
export const snippetsForStep: Record<string, string[]> = {
  listen: ["what-i-hear"],
  acknowledge: ["acknowledge-impact", "validate-feelings"],
  "clarify-expectations": ["what-i-hear", "set-expectations"],
  "propose-solution": ["acknowledge-impact", "propose-solution"],
  "follow-up": ["status-update"],
  escalate: ["acknowledge-impact", "escalation-handover"],
};

/** Working days (Mon–Fri) after a date, as YYYY-MM-DD. */
export function addWorkingDays(from: Date, days: number): string {
  const date = new Date(Date.UTC(from.getFullYear(), from.getMonth(), from.getDate()));
  let left = days;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const day = date.getUTCDay();
    if (day !== 0 && day !== 6) left -= 1;
  }
  return date.toISOString().slice(0, 10);
}
