/** Snippets that open a reply well for each recommended next step (built-in ids). */
export const snippetsForStep: Record<string, string[]> = {
  listen: ["what-i-hear"],
  acknowledge: ["acknowledge-impact", "validate-feelings"],
  "clarify-expectations": ["what-i-hear", "set-expectations"],
  "propose-solution": ["acknowledge-impact", "propose-solution"],
  "follow-up": ["status-update"],
  escalate: ["acknowledge-impact", "escalation-handover"],
};
