import { enc } from "../api";
import { h } from "../dom";
import type { CheckInDue, FollowUpItem, WaitingThread } from "../types";
import { act, button, formatDate, formatHours, load, section, type PaneContext } from "../ui";
import { handoverStrings } from "../handoverStrings";
import { handedToMe } from "./handover";
import { syncToDo, todoSettings } from "./todo";
import { moodBadge } from "./moodChart";

export function followUpsView(ctx: PaneContext): HTMLElement {
  const { t } = ctx;
  const waiting = h("div");
  const due = h("div");
  const checkIns = h("div");
  const toMe = h("div");
  const settings = h("div");
  void load(waiting, t, () => waitingList(ctx));
  void load(settings, t, () => todoSettings(ctx));
  void load(toMe, t, () => handedToMe(ctx));
  void load(due, t, () => dueList(ctx));
  void load(checkIns, t, () => checkInList(ctx));
  return h("div", { className: "view stack", "data-view": "follow-ups" }, section(t.waitingOnMe, waiting), section(`${t.overdue} · ${t.due}`, due), section(t.checkIns, checkIns), section(handoverStrings(ctx.lang).handedToMe, toMe), section(handoverStrings(ctx.lang).followUpSettings, settings));
}

async function waitingList(ctx: PaneContext): Promise<Node> {
  const { t, locale } = ctx;
  const s = handoverStrings(ctx.lang);
  const answer = await ctx.api.get<{ threads: WaitingThread[]; mine?: number }>("/api/waiting");
  if (!answer.threads.length) return h("p", { className: "muted" }, t.nobodyWaiting);
  const list = h("ul", { className: "rows", "data-testid": "waiting-list" });
  for (const thread of answer.threads) {
    const handed = thread.handedOver;
    list.appendChild(
      h(
        "li",
        { className: handed ? "row handed-over" : "row", "data-handed-over": handed ? handed.address : null },
        h(
          "button",
          { type: "button", className: "row-button", onclick: () => void ctx.host.openMessage(thread.latestMessageId, thread.conversationId) },
          h(
            "span",
            { className: "row-main" },
            h("strong", {}, thread.client?.name ?? thread.client?.address ?? ""),
            h("span", { className: "block" }, thread.subject),
            handed ? h("span", { className: "tag", "data-testid": "handed-over" }, s.handedOverTo(handed.name ?? handed.address)) : null,
          ),
          h("span", { className: "row-side" }, moodBadge(t, thread.mood), h("span", { className: "muted block" }, t.hoursWaited(formatHours(thread.businessHoursWaited, locale)))),
        ),
      ),
    );
  }
  const handedCount = answer.threads.length - (answer.mine ?? answer.threads.length);
  return handedCount > 0 ? h("div", {}, list, h("p", { className: "muted", "data-testid": "handed-over-count" }, s.notCounted(handedCount))) : list;
}

async function dueList(ctx: PaneContext): Promise<Node> {
  const { t, locale } = ctx;
  const todoProblem = await syncToDo(ctx);
  const [overdue, due] = await Promise.all([ctx.api.get<FollowUpItem[]>("/api/follow-ups?state=overdue"), ctx.api.get<FollowUpItem[]>("/api/follow-ups?state=due")]);
  const items = [...overdue, ...due];
  if (!items.length) return h("div", {}, todoProblem, h("p", { className: "muted" }, t.noneDue));
  const list = h("ul", { className: "rows", "data-testid": "due-list" });
  for (const item of items) {
    const status = h("div", { "aria-live": "polite" });
    const done = button(t.markDone, () => void act(done, status, t, async () => {
      await ctx.api.patch(`/api/follow-ups/${enc(item.id)}`, { done: true });
      row.classList.add("done");
      done.remove();
      return null;
    }), "subtle");
    const row = h(
      "li",
      { className: "row" },
      h("span", { className: "row-main" }, h("span", { className: `tag ${item.state === "overdue" ? "tag-danger" : "tag-warning"}` }, item.state === "overdue" ? t.overdue : t.due), " ", h("strong", {}, item.what), h("span", { className: "muted block" }, `${formatDate(item.due, locale)} · ${item.who === "us" ? t.us : t.client}${item.client ? ` · ${item.client}` : ""}`), item.todoTaskId ? h("span", { className: "tag", "data-testid": "in-todo" }, handoverStrings(ctx.lang).inToDo) : null),
      h("span", { className: "row-side" }, done, status),
    );
    list.appendChild(row);
  }
  return todoProblem ? h("div", {}, todoProblem, list) : list;
}

async function checkInList(ctx: PaneContext): Promise<Node> {
  const { t, locale } = ctx;
  const answer = await ctx.api.get<CheckInDue[] | { checkIns: CheckInDue[] }>("/api/follow-ups/check-ins");
  const items = Array.isArray(answer) ? answer : (answer.checkIns ?? []);
  if (!items.length) return h("p", { className: "muted" }, t.noCheckIns);
  const list = h("ul", { className: "rows" });
  for (const item of items) {
    list.appendChild(h("li", { className: "row" }, h("span", { className: "row-main" }, h("strong", {}, item.displayName ?? item.client), h("span", { className: "muted block" }, `${formatDate(item.dueOn, locale)} · ${item.client}`))));
  }
  return list;
}
