import { enc } from "../api";
import { clear, h } from "../dom";
import { replyFormLimitBytes } from "../host/contract";
import type { Interaction, RenderedSnippet, SituationCard, SnippetSummary, FollowUpSummaryResult } from "../types";
import { act, button, field, formatDate, formatHours, infoBar, load, section, type PaneContext } from "../ui";
import { moodBadge, moodChart, unclearBelow } from "./moodChart";
import { addWorkingDays, snippetsForStep } from "./suggest";

export interface SituationTimings {
  /** ms from the pane's navigation start until the card was on screen. */
  situationCardMs?: number;
}

declare global {
  interface Window {
    paneTimings?: SituationTimings;
  }
}

export function situationView(ctx: PaneContext): HTMLElement {
  const { t } = ctx;
  const root = h("div", { className: "view", "data-view": "situation" });
  const item = ctx.host.currentItem();
  if (!item || item.mode !== "read") {
    root.appendChild(infoBar(item ? t.noItem : t.noItem));
    return root;
  }
  if (!item.conversationId) {
    root.appendChild(infoBar(t.noConversation));
    return root;
  }
  const conversationId = item.conversationId;
  void load(root, t, async () => {
    const card = await ctx.api.get<SituationCard>(`/api/threads/${enc(conversationId)}/situation`);
    const view = renderCard(ctx, card, conversationId);
    requestAnimationFrame(() => {
      window.paneTimings = { ...window.paneTimings, situationCardMs: Math.round(performance.now()) };
      document.body.dataset.situationReady = "true";
    });
    return view;
  });
  return root;
}

function renderCard(ctx: PaneContext, card: SituationCard, conversationId: string): HTMLElement {
  const { t, locale } = ctx;
  const asks = [...card.asks].sort((a, b) => Number(b.isOpen ?? true) - Number(a.isOpen ?? true));
  const chart = moodChart(t, card.moodTrend ?? []);
  const evidence = card.mainIssueEvidence?.[0] ?? card.mood.evidence[0];
  const waitingText =
    card.waiting.replyOwedBy === "us"
      ? t.owedByUs(formatHours(card.waiting.businessHours, locale))
      : card.waiting.replyOwedBy === "client"
        ? t.owedByClient(formatHours(card.waiting.businessHours, locale))
        : t.owedByNone;
  const actionsStatus = h("div", { className: "action-status", "aria-live": "polite" });
  const panel = h("div", { className: "action-panel" });

  const head = h(
    "div",
    { className: "situation-head" },
    h("div", { className: "client-name" }, card.client?.name ?? card.client?.address ?? ""),
    h("div", { className: "meta" }, t.messages(card.messageCount)),
  );
  if (card.kind === "bulk") {
    // A newsletter or notification: no mood, no risk, nothing to answer.
    return h(
      "section",
      { className: "card situation", "aria-label": t.tabSituation, "data-testid": "situation-card", "data-kind": "bulk" },
      head,
      h("div", { "data-testid": "bulk-note" }, infoBar(t.bulkNote)),
    );
  }

  const confidence = card.mood.confidence ?? 1;
  const summary = h(
    "section",
    { className: "card situation", "aria-label": t.tabSituation, "data-testid": "situation-card", "data-kind": "conversation" },
    head,
    h(
      "dl",
      { className: "facts" },
      h(
        "div",
        {},
        h("dt", {}, t.mood),
        h(
          "dd",
          { "data-testid": "mood", "data-confidence": String(confidence) },
          moodBadge(t, card.mood.level, confidence),
          confidence < unclearBelow ? h("span", { className: "mood-why" }, t.moodUnclearWhy(t.moods[card.mood.level] ?? card.mood.level)) : null,
          card.mood.direction && (card.moodTrend?.length ?? 0) > 1
            ? h("span", { className: "mood-direction", "data-testid": "mood-direction" }, t.directions[card.mood.direction] ?? card.mood.direction)
            : null,
        ),
      ),
      h("div", {}, h("dt", {}, t.mainIssue), h("dd", { "data-testid": "main-issue" }, h("strong", {}, t.issues[card.mainIssue] ?? card.mainIssue))),
      card.escalation.risk !== "low"
        ? h("div", {}, h("dt", {}, t.escalation), h("dd", { className: `risk risk-${card.escalation.risk}`, "data-testid": "risk" }, t.risks[card.escalation.risk]))
        : null,
    ),
    card.resolved ? h("div", { "data-testid": "resolved-note" }, infoBar(t.resolvedNote, "success")) : null,
    signalList(ctx, card),
    evidence ? h("blockquote", { className: "evidence" }, evidence.text) : null,
    chart ? h("div", { className: "trend-block" }, h("h3", {}, t.moodTrend), chart) : null,
    card.truncated ? infoBar(t.truncated, "warning") : null,
  );

  const askList = h("ul", { className: "checklist", "data-testid": "asks" });
  for (const ask of asks) {
    const box = h("input", { type: "checkbox" });
    box.checked = !(ask.isOpen ?? true);
    askList.appendChild(
      h(
        "li",
        {},
        h("label", {}, box, h("span", { className: "ask-text" }, ask.text), h("span", { className: `tag ${ask.isOpen ?? true ? "tag-open" : "tag-done"}` }, ask.isOpen ?? true ? t.askOpen : t.askAnswered)),
      ),
    );
  }

  const dateList = h("ul", { className: "dates" });
  for (const date of card.dates) {
    dateList.appendChild(
      h(
        "li",
        {},
        h("time", { datetime: date.date }, formatDate(date.date, locale)),
        h("span", { className: "date-text" }, date.text),
        date.from ? h("span", { className: "tag" }, date.from === "us" ? t.fromUs : t.fromClient) : null,
        date.isDeadline ? h("span", { className: "tag tag-warning" }, t.deadline) : null,
      ),
    );
  }

  const replyButton = button(t.replyWith, () => showReplyPicker(ctx, card, conversationId, panel, actionsStatus), "primary");
  const summaryButton = button(t.followUpSummary, () => void act(summaryButton, actionsStatus, t, () => createSummary(ctx, card, conversationId)));
  const noteButton = button(t.addNote, () => showNoteForm(ctx, card, conversationId, panel, actionsStatus));

  return h(
    "div",
    { className: "stack" },
    summary,
    section(
      t.nextStep,
      h("p", { className: "next-step", "data-testid": "next-step" }, h("strong", {}, t.steps[card.nextStep] ?? card.nextStep)),
      card.nextStepReason ? h("p", { className: "reason" }, card.nextStepReason) : null,
      h("div", { className: "actions" }, replyButton, summaryButton, noteButton),
      panel,
      actionsStatus,
    ),
    section(t.openAsks, asks.length ? askList : h("p", { className: "muted" }, t.noAsks)),
    section(t.waiting, h("p", { "data-testid": "waiting" }, waitingText)),
    card.dates.length ? section(t.dates, dateList) : null,
  );
}

/** The escalation signals in words, each with the client's sentence it was read from. */
function signalList(ctx: PaneContext, card: SituationCard): HTMLElement | null {
  const { t } = ctx;
  const evidence = card.escalation.evidence ?? [];
  if (card.escalation.risk === "low" || evidence.length === 0) return null;
  const list = h("ul", { className: "signals", "aria-label": t.signalsTitle, "data-testid": "signals" });
  for (const item of evidence) {
    list.appendChild(h("li", {}, t.signals[item.signal] ?? t.escalation, item.text ? h("span", {}, ": ", h("q", {}, item.text)) : null));
  }
  return list;
}

function showReplyPicker(ctx: PaneContext, card: SituationCard, conversationId: string, panel: HTMLElement, status: HTMLElement): void {
  const { t } = ctx;
  clear(panel);
  const list = h("div", { className: "pick-list" });
  const form = h("form", { className: "sub-panel", "aria-label": t.replyWithTitle }, h("h3", {}, t.replyWithTitle), list);
  panel.appendChild(form);
  const suggested = new Set(snippetsForStep[card.nextStep] ?? []);
  const form0 = card.formOfAddress ?? "sie";
  void load(list, t, async () => {
    const snippets = await ctx.api.get<SnippetSummary[]>(`/api/snippets?language=${card.language}&form=${form0}&ui=${ctx.lang}`);
    const boxes = h("div", { className: "checklist" });
    for (const snippet of snippets) {
      const box = h("input", { type: "checkbox", value: snippet.id, name: "snippet" });
      box.checked = suggested.has(snippet.id);
      boxes.appendChild(h("label", { className: "pick" }, box, h("span", {}, h("strong", {}, snippet.title), h("span", { className: "muted block" }, snippet.description))));
    }
    const open = button(t.openReply, () => {
      const chosen = [...boxes.querySelectorAll<HTMLInputElement>("input:checked")].map((b) => b.value);
      void act(open, status, t, async () => {
        const parts: string[] = [];
        let cut = false;
        for (const id of chosen) {
          const rendered = await ctx.api.post<RenderedSnippet>(`/api/snippets/${enc(id)}/render`, { conversationId, language: card.language, form: card.formOfAddress ?? undefined });
          const next = [...parts, rendered.html].join("");
          if (new TextEncoder().encode(next).length > replyFormLimitBytes) {
            cut = true;
            break;
          }
          parts.push(rendered.html);
        }
        await ctx.host.displayReplyAllForm(parts.join(""));
        clear(panel);
        return cut ? infoBar(t.replyTooLong, "warning") : null;
      });
    }, "primary");
    return h("div", {}, boxes, h("div", { className: "actions" }, open, button(t.cancel, () => clear(panel), "subtle")));
  });
}

async function createSummary(ctx: PaneContext, card: SituationCard, conversationId: string): Promise<Node> {
  const { t } = ctx;
  const openAsks = card.asks.filter((a) => a.isOpen ?? true).map((a) => a.text);
  const points = openAsks.length ? openAsks.slice(0, 5) : [t.followUpDefaultPoint];
  const due = addWorkingDays(new Date(), 2);
  const result = await ctx.api.post<FollowUpSummaryResult>(`/api/threads/${enc(conversationId)}/follow-up-summary`, {
    points,
    nextSteps: [{ what: t.steps[card.nextStep] ?? card.nextStep, who: "us", due }],
    language: card.language,
    form: card.formOfAddress ?? undefined,
  });
  return h(
    "div",
    { className: "message-bar success", role: "status", "data-testid": "summary-created", "data-draft-id": result.draftId },
    h("span", { className: "message-text" }, t.followUpCreated),
    result.webLink ? h("a", { href: result.webLink, target: "_blank", rel: "noopener", className: "btn btn-subtle" }, t.openDraft) : null,
  );
}

function showNoteForm(ctx: PaneContext, card: SituationCard, conversationId: string, panel: HTMLElement, status: HTMLElement): void {
  const { t, locale } = ctx;
  clear(panel);
  const text = h("textarea", { rows: 3, maxlength: 2000 });
  const history = h("div", { className: "notes" });
  const save = button(t.saveNote, () =>
    void act(save, status, t, async () => {
      if (!text.value.trim()) return null;
      await ctx.api.post("/api/interactions", { kind: "note", conversationId, client: card.client?.address, text: text.value.trim() });
      text.value = "";
      void load(history, t, notes);
      return t.noteSaved;
    }), "primary");
  const notes = async (): Promise<Node> => {
    const list = await ctx.api.get<Interaction[]>(`/api/interactions?conversationId=${enc(conversationId)}`);
    const ul = h("ul", { className: "note-list" });
    for (const note of list.filter((n) => n.kind === "note")) {
      ul.appendChild(h("li", {}, h("time", { datetime: note.at }, new Date(note.at).toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" })), h("span", {}, note.text)));
    }
    return ul.childElementCount ? h("div", {}, h("h3", {}, t.notes), ul) : h("div");
  };
  panel.appendChild(h("div", { className: "sub-panel" }, field(t.noteLabel, text), h("div", { className: "actions" }, save, button(t.cancel, () => clear(panel), "subtle")), history));
  void load(history, t, notes);
  text.focus();
}
