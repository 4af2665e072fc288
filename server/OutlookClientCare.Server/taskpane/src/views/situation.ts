import { enc } from "../api";
import { clear, h } from "../dom";
import { replyFormLimitBytes } from "../host/contract";
import type { Strings } from "../i18n";
import type { Interaction, RenderedSnippet, SituationCard, SnippetSummary, FollowUpSummaryResult, SummaryProposal } from "../types";
import { act, button, field, formatDate, formatHours, infoBar, load, section, type PaneContext } from "../ui";
import { showHandover } from "./handover";
import { handoverStrings } from "../handoverStrings";
import { moodBadge, moodChart, unclearBelow } from "./moodChart";
import { snippetsForStep } from "./suggest";

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
          { "data-confidence": String(confidence) },
          moodBadge(t, card.mood.level, confidence, "mood"),
          confidence < unclearBelow
            ? h("span", { className: "mood-why", "data-testid": "mood-why" }, t.moodUnclearWhy(t.moods[card.mood.level] ?? card.mood.level))
            : null,
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

  // In the order of the calendar, each date once per side and kind, with the first words that named it.
  const dateList = h("ul", { className: "dates" });
  const seen = new Set<string>();
  const dates = [...card.dates]
    .sort((a, b) => a.date.localeCompare(b.date))
    .filter((d) => {
      const key = `${d.date}|${d.from ?? ""}|${d.isDeadline ? 1 : 0}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  for (const date of dates) {
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
  const summaryButton = button(t.followUpSummary, () => showSummaryPreview(ctx, conversationId, panel, actionsStatus));
  const noteButton = button(t.addNote, () => showNoteForm(ctx, card, conversationId, panel, actionsStatus));
  const handoverButton = button(handoverStrings(ctx.lang).handOver, () => showHandover(ctx, conversationId, panel, actionsStatus));

  return h(
    "div",
    { className: "stack" },
    summary,
    section(
      t.nextStep,
      h("p", { className: "next-step", "data-testid": "next-step" }, h("strong", {}, t.steps[card.nextStep] ?? card.nextStep)),
      card.nextStepReason ? h("p", { className: "reason" }, card.nextStepReason) : null,
      h("div", { className: "actions" }, replyButton, summaryButton, noteButton, handoverButton),
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

/**
 * The follow-up summary as the server proposes it, line by line, before anything is created: the
 * user can change or remove a line, then creates (or updates) the one draft of this conversation.
 * Unchanged, the request body is {} and the server uses its own proposal.
 */
function showSummaryPreview(ctx: PaneContext, conversationId: string, panel: HTMLElement, status: HTMLElement): void {
  const { t } = ctx;
  clear(panel);
  const body = h("div", {});
  const form = h("form", { className: "sub-panel", "aria-label": t.summaryPreview, "data-testid": "summary-preview" }, h("h3", {}, t.summaryPreview), body);
  panel.appendChild(form);
  void load(body, t, async () => {
    const proposal = await ctx.api.get<SummaryProposal>(`/api/threads/${enc(conversationId)}/follow-up-summary/proposal`);
    return summaryEditor(ctx, conversationId, proposal, panel, status);
  });
}

function summaryEditor(ctx: PaneContext, conversationId: string, proposal: SummaryProposal, panel: HTMLElement, status: HTMLElement): HTMLElement {
  const { t } = ctx;
  let changed = false;
  const touch = () => {
    changed = true;
  };
  const salutation = h("input", { type: "text", value: proposal.salutation, maxlength: 200 });
  salutation.addEventListener("input", touch);
  const closing = h("input", { type: "text", value: proposal.closing, maxlength: 200 });
  closing.addEventListener("input", touch);
  const agreed = lineList(t, proposal.agreed, touch, "summary-agreed", { add: t.summaryAddAgreed, added: t.summaryNewAgreed });
  const heard = proposal.form === "what-i-hear";
  const asks = lineList(t, proposal.asks, touch, "summary-asks", heard ? { add: t.summaryAddHeard, added: t.summaryNewHeard } : { add: t.summaryAddAsk, added: t.summaryNewAsk });
  const steps = stepList(ctx, proposal.nextSteps, touch);
  const create = button(t.summaryCreate, () =>
    void act(create, status, t, async () => {
      const edited = changed
        ? {
            salutation: salutation.value.trim(),
            agreed: agreed.values(),
            asks: asks.values(),
            nextSteps: steps.values(),
            closing: closing.value.trim(),
          }
        : {};
      const result = await ctx.api.post<FollowUpSummaryResult>(`/api/threads/${enc(conversationId)}/follow-up-summary`, edited);
      clear(panel);
      return h(
        "div",
        { className: "message-bar success", role: "status", "data-testid": "summary-created", "data-draft-id": result.draftId },
        h("span", { className: "message-text" }, result.repeated ? t.followUpUpdated : t.followUpCreated),
        result.webLink ? h("a", { href: result.webLink, target: "_blank", rel: "noopener", className: "btn btn-subtle" }, t.openDraft) : null,
      );
    }), "primary");
  return h(
    "div",
    { "data-form": proposal.form },
    h("p", { className: "summary-form", "data-testid": "summary-form" }, h("strong", {}, proposal.form === "what-i-hear" ? t.summaryFormWhatIHear : t.summaryFormAgreed)),
    proposal.formReason ? h("p", { className: "reason", "data-testid": "summary-reason" }, proposal.formReason) : null,
    field(t.summaryGreeting, salutation),
    proposal.form === "agreed" || proposal.agreed.length ? h("div", {}, h("h4", {}, t.summaryAgreed), agreed.element) : null,
    h("div", {}, h("h4", {}, proposal.form === "what-i-hear" ? t.summaryHeard : t.summaryAsks), asks.element),
    h("div", {}, h("h4", {}, t.summarySteps), h("p", { className: "muted", "data-testid": "summary-steps-hint" }, t.summaryStepsHint), steps.element),
    field(t.summaryClosing, closing),
    h("div", { className: "actions" }, create, button(t.cancel, () => clear(panel), "subtle")),
  );
}

/** As many lines or steps per part as the server takes (SummaryLimits.MaxItems). */
const maxSummaryLines = 20;

/** Removes a line of the preview and moves the focus to the line after it, or before it, or else to the add button. */
function removeKeepingFocus(item: HTMLElement, field: string, fallback: HTMLElement): void {
  const next = (item.nextElementSibling ?? item.previousElementSibling)?.querySelector<HTMLElement>(field);
  item.remove();
  (next ?? fallback).focus();
}

/**
 * Editable lines, each with a remove button that names the line it removes; a line the proposal missed can be added.
 * Removing a line moves the focus to the line after it (or before it, or the add button), never to the page.
 */
function lineList(t: Strings, lines: string[], touch: () => void, testId: string, labels: { add: string; added: string }): { element: HTMLElement; values: () => string[] } {
  const list = h("ul", { className: "edit-lines", "data-testid": testId });
  const empty = h("li", { className: "muted" }, t.summaryEmpty);
  const more = button(labels.add, () => {
    add("").focus();
    touch();
  }, "subtle");
  const count = () => list.querySelectorAll("textarea").length;
  const full = () => {
    more.disabled = count() >= maxSummaryLines;
  };
  const add = (text: string): HTMLTextAreaElement => {
    const input = h("textarea", { rows: 2, maxlength: 500 });
    input.value = text;
    input.setAttribute("aria-label", text || labels.added);
    const remove = button("✕", () => {
      removeKeepingFocus(item, "textarea", more);
      if (!count()) list.appendChild(empty);
      full();
      touch();
    }, "subtle");
    const name = () => remove.setAttribute("aria-label", t.summaryRemove(input.value.trim() || labels.added));
    name();
    input.addEventListener("input", () => {
      name();
      touch();
    });
    const item = h("li", {}, input, remove);
    empty.remove();
    list.appendChild(item);
    full();
    return input;
  };
  lines.forEach(add);
  if (!lines.length) list.appendChild(empty);
  return {
    element: h("div", {}, list, more),
    values: () => [...list.querySelectorAll("textarea")].map((a) => a.value.trim()).filter((v) => v.length > 0),
  };
}

/** Next steps: what, who and by when, each editable and removable; one can be added. */
function stepList(ctx: PaneContext, steps: SummaryProposal["nextSteps"], touch: () => void): { element: HTMLElement; values: () => SummaryProposal["nextSteps"] } {
  const { t } = ctx;
  const list = h("ul", { className: "edit-steps", "data-testid": "summary-steps" });
  const more = button(t.summaryAddStep, () => {
    add({ what: "", owner: "", due: null });
    list.querySelector<HTMLInputElement>("li.step:last-child .step-what")?.focus();
    touch();
  }, "subtle");
  const full = () => {
    more.disabled = list.querySelectorAll("li.step").length >= maxSummaryLines;
  };
  const add = (step: SummaryProposal["nextSteps"][number]) => {
    const what = h("input", { type: "text", value: step.what, maxlength: 500, className: "step-what" });
    const owner = h("input", { type: "text", value: step.owner, maxlength: 100, className: "step-owner" });
    const due = h("input", { type: "date", value: step.due ?? "", className: "step-due" });
    for (const input of [what, owner, due]) input.addEventListener("input", touch);
    const item = h("li", { className: "step" }, field(t.summaryStepWhat, what), field(t.summaryStepOwner, owner), field(t.summaryStepDue, due));
    if (step.inEmail === false) item.appendChild(h("p", { className: "muted step-note", "data-testid": "summary-step-folded" }, t.summaryStepFolded));
    const remove = button("✕", () => {
      removeKeepingFocus(item, ".step-what", more);
      full();
      touch();
    }, "subtle");
    remove.setAttribute("aria-label", t.summaryRemove(step.what || t.summaryNewStep));
    what.addEventListener("input", () => remove.setAttribute("aria-label", t.summaryRemove(what.value.trim() || t.summaryNewStep)));
    item.appendChild(remove);
    list.appendChild(item);
    full();
  };
  steps.forEach(add);
  return {
    element: h("div", {}, list, more),
    values: () =>
      [...list.querySelectorAll<HTMLLIElement>("li.step")]
        .map((li) => ({
          what: li.querySelector<HTMLInputElement>(".step-what")!.value.trim(),
          owner: li.querySelector<HTMLInputElement>(".step-owner")!.value.trim(),
          due: li.querySelector<HTMLInputElement>(".step-due")!.value || null,
        }))
        .filter((s) => s.what.length > 0),
  };
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
