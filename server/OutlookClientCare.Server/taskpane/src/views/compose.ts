import { enc } from "../api";
import { clear, h } from "../dom";
import type { CoachResult, RenderedSnippet, SituationCard, SnippetSummary } from "../types";
import { act, button, field, infoBar, load, section, segmented, type PaneContext } from "../ui";

export function composeView(ctx: PaneContext): HTMLElement {
  const { t } = ctx;
  const root = h("div", { className: "view stack", "data-view": "compose" });
  const item = ctx.host.currentItem();
  if (!item || item.mode !== "compose") {
    root.appendChild(infoBar(t.noItemCompose));
    return root;
  }
  const snippets = h("div");
  root.appendChild(snippets);
  // Replies default to the thread's language and form of address, as the situation card reads them.
  void load(snippets, ctx.t, async () => {
    const card = item.conversationId ? await ctx.api.find<SituationCard>(`/api/threads/${enc(item.conversationId)}/situation`) : null;
    return snippetPicker(ctx, item.conversationId, card);
  });
  root.appendChild(draftCoach(ctx, item.conversationId));
  return root;
}

function snippetPicker(ctx: PaneContext, conversationId: string | null, card: SituationCard | null): HTMLElement {
  const { t } = ctx;
  const state = { language: card?.language ?? (ctx.lang as string), form: (card?.formOfAddress ?? "sie") as string, tone: "warm", q: "", selected: null as string | null };
  const search = h("input", { type: "search", className: "input" });
  const results = h("div", { className: "snippet-results" });
  const preview = h("div", { className: "preview-area" });
  const status = h("div", { "aria-live": "polite" });
  const formSwitch = h("div");

  const refresh = () => {
    clear(formSwitch);
    if (state.language === "de") {
      formSwitch.appendChild(segmented(t.form, [{ value: "sie", label: "Sie" }, { value: "du", label: "du" }], state.form, (v) => { state.form = v; refresh(); }));
    }
    void load(results, t, async () => {
      const query = `language=${state.language}&form=${state.form}&tone=${state.tone}&ui=${ctx.lang}${state.q ? `&q=${enc(state.q)}` : ""}`;
      const snippets = await ctx.api.get<SnippetSummary[]>(`/api/snippets?${query}`);
      if (!snippets.length) return h("p", { className: "muted" }, t.noSnippets);
      const list = h("div", { className: "snippet-list", role: "listbox", "aria-label": t.snippets });
      for (const snippet of snippets) {
        const option = h(
          "button",
          { type: "button", className: "snippet-option", role: "option", "aria-selected": String(snippet.id === state.selected), "data-snippet": snippet.id },
          h("strong", {}, snippet.title),
          h("span", { className: "muted block" }, snippet.description),
        );
        option.addEventListener("click", () => {
          state.selected = snippet.id;
          list.querySelectorAll("[role=option]").forEach((o) => o.setAttribute("aria-selected", String(o === option)));
          showPreview(snippet);
        });
        list.appendChild(option);
      }
      return list;
    });
    clear(preview);
  };

  const render = (id: string) =>
    ctx.api.post<RenderedSnippet>(`/api/snippets/${enc(id)}/render`, {
      conversationId: conversationId ?? undefined,
      language: state.language,
      form: state.language === "de" ? state.form : undefined,
      tone: state.tone,
    });

  const showPreview = (snippet: SnippetSummary) => {
    void load(preview, t, async () => {
      const rendered = await render(snippet.id);
      const insert = button(t.insert, () =>
        void act(insert, status, t, async () => {
          const fresh = await render(snippet.id);
          await ctx.host.insertAtCursor(fresh.html, fresh.text);
          if (conversationId) {
            // The log is a convenience; a failed entry must not undo the insert.
            void ctx.api.post("/api/interactions", { kind: "snippet-inserted", conversationId, snippetId: snippet.id, language: state.language, text: snippet.title }).catch(() => undefined);
          }
          return t.inserted;
        }), "primary");
      return h("div", { className: "preview" }, h("h3", {}, t.preview), h("div", { className: "preview-text", "data-testid": "snippet-preview" }, rendered.text), h("div", { className: "actions" }, insert));
    });
  };

  let timer: number | undefined;
  search.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => { state.q = search.value.trim(); refresh(); }, 200);
  });

  const controls = h(
    "div",
    { className: "controls" },
    field(t.search, search),
    h("div", { className: "inline-controls" },
      segmented(t.replyLanguage, [{ value: "de", label: "DE" }, { value: "en", label: "EN" }], state.language, (v) => { state.language = v; refresh(); }),
      formSwitch,
      segmented(t.tone, [{ value: "warm", label: t.warm }, { value: "brief", label: t.brief }], state.tone, (v) => { state.tone = v; refresh(); }),
    ),
  );
  refresh();
  return section(t.snippets, controls, results, preview, status);
}

function draftCoach(ctx: PaneContext, conversationId: string | null): HTMLElement {
  const { t } = ctx;
  const output = h("div", { className: "coach-output", "aria-live": "polite" });
  const run = button(t.coachRun, () => void act(run, output, t, coach), "primary");

  const coach = async (): Promise<Node> => {
    const body = await ctx.host.getBody();
    const result = await ctx.api.post<CoachResult>("/api/drafts/coach", {
      ...(body.type === "html" ? { html: body.content } : { text: body.content }),
      conversationId: conversationId ?? undefined,
    });
    return renderCoach(ctx, result);
  };
  return section(t.coach, h("div", { className: "actions" }, run), output);
}

function renderCoach(ctx: PaneContext, result: CoachResult): HTMLElement {
  const { t } = ctx;
  const root = h("div", { className: "coach", "data-testid": "coach-result" });
  root.appendChild(h("p", { className: "verdict" }, result.verdict));
  const answered = result.answeredAsks?.length ?? 0;
  const open = result.openAsks?.length ?? 0;
  if (result.answeredAsks || result.openAsks) {
    root.appendChild(h("p", { className: `answers ${open ? "answers-open" : "answers-done"}`, "data-testid": "answers" }, t.answers(answered, answered + open)));
    if (open) {
      const list = h("ul", { className: "open-asks" });
      for (const ask of result.openAsks ?? []) list.appendChild(h("li", {}, ask));
      root.appendChild(h("div", {}, h("span", { className: "muted" }, t.stillOpen), list));
    }
  }
  if (!result.findings.length) {
    root.appendChild(infoBar(t.coachClean, "success"));
    return root;
  }
  const list = h("ul", { className: "findings" });
  for (const finding of result.findings) {
    const status = h("div", { "aria-live": "polite" });
    const replacement = dropInReplacement(finding.suggestion);
    const reword = replacement
      ? button(`${t.reword}: „${replacement}“`, () =>
          void act(reword!, status, t, async () => {
            const done = await ctx.host.replaceInBody(finding.text, replacement);
            if (done) reword!.remove();
            return done ? t.reworded : infoBar(t.rewordMissing, "warning");
          }))
      : null;
    list.appendChild(
      h(
        "li",
        { className: `finding finding-${finding.kind}`, "data-kind": finding.kind },
        h("span", { className: "tag tag-warning" }, t.findingKinds[finding.kind] ?? finding.kind),
        finding.text ? h("q", { className: "finding-text" }, finding.text) : null,
        h("p", { className: "reason" }, finding.reason),
        finding.suggestion ? h("p", { className: "suggestion" }, "→ ", finding.suggestion) : null,
        reword,
        status,
      ),
    );
  }
  root.appendChild(list);
  return root;
}

/**
 * The coach's suggestion when it is a word or phrase to write instead (it comes quoted, e.g. „Sie“),
 * else null: most suggestions are advice, which the user has to put in their own words.
 */
export function dropInReplacement(suggestion: string | null): string | null {
  const quoted = /^\s*[„“"»‚']([^„“”"»«‚‘’]{1,120})[“”"«‘’']\s*$/.exec(suggestion ?? "");
  return quoted ? quoted[1] : null;
}
