import { enc } from "../api";
import { clear, h, uid } from "../dom";
import { handoverStrings } from "../handoverStrings";
import { act, button, field, formatDate, infoBar, load, type PaneContext } from "../ui";
import type { MoodLevel } from "../types";
import { moodBadge } from "./moodChart";

export interface BriefPerson {
  name: string | null;
  address: string;
}

export interface HandoverBrief {
  language: "de" | "en";
  from: BriefPerson;
  to: BriefPerson;
  client?: BriefPerson;
  mood: string;
  moodDirection: string;
  risk: string;
  mainIssue: string;
  openAskCount: number;
  openAsks: string[];
  dates: { date: string; from: "us" | "client"; isDeadline: boolean; text?: string }[];
  replyOwedBy: "us" | "client" | "none";
  waitingSince?: string;
  businessHoursWaited: number;
  nextStep: string;
  card?: { deliverables: string[]; timelines: string[]; constraints: string[]; responseTimePromise?: string; formOfAddress?: string };
  recentLog: { at: string; kind: string; text: string }[];
  note?: string;
}

interface Colleague {
  name: string;
  mail: string;
  jobTitle: string | null;
}

interface HandoverResult {
  draftId: string;
  webLink: string | null;
  to: BriefPerson;
  repeated: boolean;
}

export interface IncomingHandover {
  id: string;
  from: BriefPerson;
  client?: BriefPerson;
  at: string;
  brief?: HandoverBrief;
}

/**
 * Hand the open thread to a colleague: search by name in the organisation, an optional note, a preview
 * of the brief, then one forward draft (never sent). Every value is put into the DOM as text.
 */
export function showHandover(ctx: PaneContext, conversationId: string, panel: HTMLElement, status: HTMLElement): void {
  const { t, lang } = ctx;
  const s = handoverStrings(lang);
  clear(panel);
  let chosen: Colleague | null = null;
  const query = h("input", { type: "search", maxlength: 64, autocomplete: "off", "data-testid": "colleague-query" });
  const results = h("div", { "aria-live": "polite" });
  const note = h("textarea", { rows: 2, maxlength: 1000, "data-testid": "handover-note" });
  const preview = h("div", { "data-testid": "handover-preview" });
  const create = button(s.createDraft, () =>
    void act(create, status, t, async () => {
      if (!chosen) return null;
      const result = await ctx.api.post<HandoverResult>(`/api/threads/${enc(conversationId)}/handover`, { to: chosen.mail, note: note.value.trim() || undefined });
      clear(panel);
      const name = result.to.name ?? result.to.address;
      return h(
        "div",
        { className: "message-bar success", role: "status", "data-testid": "handover-created", "data-draft-id": result.draftId },
        h("span", { className: "message-text" }, result.repeated ? s.draftRepeated(name) : s.draftCreated(name)),
        result.webLink ? h("a", { href: result.webLink, target: "_blank", rel: "noopener", className: "btn btn-subtle" }, s.openDraft) : null,
      );
    }), "primary");
  create.disabled = true;
  const showPreview = button(s.previewBrief, () => {
    if (!chosen) return;
    const to = chosen.mail;
    const text = note.value.trim();
    void load(preview, t, async () => {
      const answer = await ctx.api.get<{ language: string; brief: HandoverBrief }>(
        `/api/threads/${enc(conversationId)}/handover/preview?to=${enc(to)}${text ? `&note=${enc(text)}` : ""}`,
      );
      return h("div", { className: "brief-preview" }, h("p", { className: "hint" }, s.briefIn(answer.language)), briefView(ctx, answer.brief));
    });
  });
  showPreview.disabled = true;

  const choose = (colleague: Colleague) => {
    chosen = colleague;
    create.disabled = false;
    showPreview.disabled = false;
    clear(preview);
  };
  const search = button(s.search, () => {
    const text = query.value.trim();
    chosen = null;
    create.disabled = true;
    showPreview.disabled = true;
    clear(preview);
    if (text.length < 2) {
      results.replaceChildren(infoBar(s.colleagueHint, "warning"));
      return;
    }
    void load(results, t, async () => {
      const found = await ctx.api.get<Colleague[]>(`/api/colleagues?q=${enc(text)}`);
      if (!found.length) return h("p", { className: "muted" }, s.noColleague);
      const name = uid("colleague");
      const group = h("div", { className: "checklist", role: "radiogroup", "aria-label": s.chooseColleague, "data-testid": "colleagues" });
      for (const colleague of found) {
        const radio = h("input", { type: "radio", name, value: colleague.mail });
        radio.addEventListener("change", () => radio.checked && choose(colleague));
        group.appendChild(
          h("label", { className: "pick" }, radio, h("span", {}, h("strong", {}, colleague.name), h("span", { className: "muted block" }, [colleague.jobTitle, colleague.mail].filter(Boolean).join(" · ")))),
        );
      }
      return group;
    });
  });
  query.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      search.click();
    }
  });

  panel.appendChild(
    h(
      "form",
      { className: "sub-panel", "aria-label": s.handOverTitle, "data-testid": "handover-form", onsubmit: (e: Event) => e.preventDefault() },
      h("h3", {}, s.handOverTitle),
      field(s.colleague, query, s.colleagueHint),
      h("div", { className: "actions" }, search),
      results,
      field(s.note, note),
      h("div", { className: "actions" }, showPreview, create, button(t.cancel, () => clear(panel), "subtle")),
      preview,
    ),
  );
  query.focus();
}

/** The brief as facts, in the pane's language; the client's open asks only when the preview carries them. */
export function briefView(ctx: PaneContext, brief: HandoverBrief): HTMLElement {
  const { t, lang, locale } = ctx;
  const s = handoverStrings(lang);
  const when = (iso: string) => new Date(iso).toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" });
  const fact = (label: string, ...value: (Node | string)[]) => h("div", {}, h("dt", {}, label), h("dd", {}, ...value));
  const waiting =
    brief.replyOwedBy === "us" && brief.waitingSince
      ? s.waitingSince(when(brief.waitingSince))
      : brief.replyOwedBy === "client" && brief.waitingSince
        ? s.clientOwes(when(brief.waitingSince))
        : s.nobodyWaits;
  const root = h(
    "div",
    { className: "brief", "data-testid": "brief", "data-language": brief.language },
    h(
      "dl",
      { className: "facts" },
      fact(s.client, brief.client ? (brief.client.name ?? brief.client.address) : "–"),
      fact(s.moodNow, moodBadge(t, brief.mood as MoodLevel), h("span", { className: "mood-direction" }, t.directions[brief.moodDirection] ?? brief.moodDirection)),
      fact(s.realIssue, t.issues[brief.mainIssue] ?? brief.mainIssue),
      fact(s.nextStep, t.steps[brief.nextStep] ?? brief.nextStep),
    ),
    h("p", {}, waiting),
    h("p", {}, h("strong", {}, s.openAsks(brief.openAskCount))),
  );
  if (brief.openAsks.length) {
    root.appendChild(h("ul", { className: "brief-list" }, ...brief.openAsks.map((a) => h("li", {}, a))));
  }
  if (brief.dates.length) {
    root.appendChild(h("h4", {}, s.dates));
    root.appendChild(
      h(
        "ul",
        { className: "brief-list" },
        ...brief.dates.map((d) =>
          h("li", {}, h("time", { datetime: d.date }, formatDate(d.date, locale)), ` · ${d.from === "us" ? s.promisedByUs : s.namedByClient}${d.isDeadline ? ` · ${s.deadline}` : ""}`, d.text ? h("span", { className: "muted block" }, d.text) : null),
        ),
      ),
    );
  }
  if (brief.card) {
    const card = brief.card;
    const line = (label: string, values: string[] | string | undefined) => {
      const text = Array.isArray(values) ? values.join("; ") : (values ?? "");
      return text ? h("li", {}, h("strong", {}, `${label}: `), text) : null;
    };
    root.appendChild(h("h4", {}, s.expectations));
    root.appendChild(
      h(
        "ul",
        { className: "brief-list" },
        line(s.deliverables, card.deliverables),
        line(s.timelines, card.timelines),
        line(s.constraints, card.constraints),
        line(s.responseTime, card.responseTimePromise),
        line(s.formOfAddress, card.formOfAddress === "du" ? "du" : card.formOfAddress ? "Sie" : undefined),
      ),
    );
  }
  if (brief.recentLog.length) {
    root.appendChild(h("h4", {}, s.recentLog));
    root.appendChild(h("ul", { className: "brief-list" }, ...brief.recentLog.map((e) => h("li", {}, h("time", { datetime: e.at }, when(e.at)), ` ${e.text}`))));
  }
  if (brief.note) root.appendChild(h("p", { className: "brief-note" }, h("strong", {}, `${s.noteFrom}: `), brief.note));
  return root;
}

/** The hand-overs colleagues made to me: who, which client, when, and the brief. */
export async function handedToMe(ctx: PaneContext): Promise<Node> {
  const { lang, locale } = ctx;
  const s = handoverStrings(lang);
  const items = await ctx.api.get<IncomingHandover[]>("/api/handovers");
  if (!items.length) return h("p", { className: "muted" }, s.noneHandedToMe);
  const list = h("ul", { className: "rows", "data-testid": "handovers-to-me" });
  for (const item of items) {
    const when = new Date(item.at).toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" });
    const details = h("details", { className: "handover" }, h("summary", {}, h("strong", {}, item.client?.name ?? item.client?.address ?? "–"), h("span", { className: "muted block" }, s.handedBy(item.from.name ?? item.from.address, when))));
    if (item.brief) details.appendChild(briefView(ctx, item.brief));
    list.appendChild(h("li", { className: "row" }, details));
  }
  return list;
}
