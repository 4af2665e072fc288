import { clear, h } from "../dom";
import type { BookResult, TimeBlockSettings, UpcomingBlock, WeekPicture } from "../types";
import { act, button, field, formatDate, infoBar, load, section, switchControl, type PaneContext } from "../ui";

const weekDays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

export function timeBlocksView(ctx: PaneContext): HTMLElement {
  const { t } = ctx;
  const week = h("div", { className: "week-holder" });
  const status = h("div", { className: "status-holder" });
  const settingsHolder = h("div");
  const bookStatus = h("div", { "aria-live": "polite" });
  const refreshWeek = () => {
    void load(week, t, () => weekPicture(ctx));
    void load(status, t, () => blockStatus(ctx));
  };
  const book = button(t.bookNow, () =>
    void act(book, bookStatus, t, async () => {
      const result = await ctx.api.post<BookResult>("/api/timeblocks/book");
      refreshWeek();
      const text = t.booked(result.created, result.moved, result.kept);
      if (!result.problems.length) return text;
      const list = h("ul", {});
      for (const problem of result.problems) list.appendChild(h("li", {}, problem));
      return h("div", { className: "message-bar warning", role: "status" }, h("span", { className: "message-text" }, `${text} ${t.bookingProblems}`), list);
    }), "primary");
  void load(settingsHolder, t, async () => settingsForm(ctx, await ctx.api.get<TimeBlockSettings>("/api/timeblocks/settings"), refreshWeek));
  refreshWeek();
  return h(
    "div",
    { className: "view stack", "data-view": "time" },
    section(t.week, h("div", { className: "actions" }, book), bookStatus, week),
    section(t.status, status),
    section(t.settings, settingsHolder),
  );
}

function minutesOf(time: string): number {
  const [hh, mm] = time.split(":").map(Number);
  return hh * 60 + (mm || 0);
}

/** Clock minutes of an ISO date-time with offset, read in that offset (the server sends the user's zone). */
function clockOf(iso: string): number {
  const match = /T(\d{2}):(\d{2})/.exec(iso);
  return match ? Number(match[1]) * 60 + Number(match[2]) : 0;
}

async function weekPicture(ctx: PaneContext): Promise<Node> {
  const { t, locale } = ctx;
  const picture = await ctx.api.get<WeekPicture>("/api/pane/week?days=10");
  const start = minutesOf(picture.dayStart);
  const end = Math.max(minutesOf(picture.dayEnd), start + 60);
  const span = end - start;
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  const rows = h("ol", { className: "week", "data-testid": "week" });
  for (const day of picture.days) {
    // A faint line per hour from the day's start, so a slot's time can be read off the bar.
    const bar = h("div", { className: "day-bar", style: `background-size:${(60 / span) * 100}% 100%` });
    const meetings = day.events.filter((e) => !e.isOurs);
    const ours = day.events.filter((e) => e.isOurs);
    for (const event of day.events) {
      const from = event.isAllDay ? start : Math.max(clockOf(event.start), start);
      const to = event.isAllDay ? end : Math.min(clockOf(event.end) || end, end);
      if (to <= from) continue;
      const label = `${hhmm(from)}–${hhmm(to)} ${event.isOurs ? t.ourBlock : (event.subject ?? t.meeting)}`;
      bar.appendChild(
        h("span", {
          className: `slot ${event.isOurs ? "slot-ours" : `slot-busy slot-${event.showAs}`}`,
          style: `left:${((from - start) / span) * 100}%;width:${((to - from) / span) * 100}%`,
          title: label,
          "data-ours": String(event.isOurs),
        }),
      );
    }
    const dayName = formatDate(day.date, locale);
    const blockText = ours.length ? `${t.ourBlock} ${hhmm(clockOf(ours[0].start))}–${hhmm(clockOf(ours[0].end))}` : t.noBlock;
    rows.appendChild(
      h(
        "li",
        { className: "day", "data-date": day.date, "aria-label": t.weekLabel(dayName, meetings.length, blockText) },
        h("span", { className: "day-name", "aria-hidden": "true" }, dayName),
        bar,
        h("span", { className: `day-block ${ours.length ? "has-block" : ""}`, "aria-hidden": "true" }, ours.length ? hhmm(clockOf(ours[0].start)) : "–"),
      ),
    );
  }
  const legend = h(
    "p",
    { className: "legend" },
    h("span", { className: "swatch slot-busy", "aria-hidden": "true" }), ` ${t.meeting} `,
    h("span", { className: "swatch slot-ours", "aria-hidden": "true" }), ` ${t.ourBlock} `,
    h("span", { className: "muted" }, `${picture.dayStart}–${picture.dayEnd} (${picture.timeZone})`),
  );
  return h("div", {}, legend, rows);
}

async function blockStatus(ctx: PaneContext): Promise<Node> {
  const { t, locale } = ctx;
  const [settings, upcoming] = await Promise.all([
    ctx.api.get<TimeBlockSettings>("/api/timeblocks/settings"),
    ctx.api.get<{ blocks: UpcomingBlock[] }>("/api/timeblocks"),
  ]);
  const list = h("ul", { className: "plain-list", "data-testid": "upcoming" });
  for (const block of upcoming.blocks) {
    const time = block.start && block.end ? `${block.start.slice(11, 16)}–${block.end.slice(11, 16)}` : "";
    list.appendChild(h("li", {}, h("span", {}, `${formatDate(block.date, locale)} ${time}`), h("span", { className: "tag" }, t.blockStates[block.state] ?? block.state)));
  }
  return h("div", {}, h("p", {}, settings.autoBooking ? t.autoOn : t.autoOff), upcoming.blocks.length ? list : h("p", { className: "muted" }, t.noUpcoming));
}

function settingsForm(ctx: PaneContext, settings: TimeBlockSettings, saved: () => void): HTMLElement {
  const { t } = ctx;
  const number = (value: number, min: number, max: number) => {
    const input = h("input", { type: "number", min, max, step: 5, className: "input" });
    input.value = String(value);
    return input;
  };
  const time = (value: string) => {
    const input = h("input", { type: "time", className: "input" });
    input.value = value.slice(0, 5);
    return input;
  };
  const minutes = number(settings.block.minutes, 15, 240);
  const windowStart = time(settings.block.windowStart);
  const windowEnd = time(settings.block.windowEnd);
  const workStart = time(settings.workingHours.startTime);
  const workEnd = time(settings.workingHours.endTime);
  const title = h("input", { type: "text", className: "input", maxlength: 100 });
  title.value = settings.block.title;
  const days = h("fieldset", { className: "days" }, h("legend", {}, t.workDays));
  for (const day of weekDays) {
    const box = h("input", { type: "checkbox", value: day });
    box.checked = settings.workingHours.daysOfWeek.includes(day);
    days.appendChild(h("label", { className: "day-check" }, box, t.days[day]));
  }
  let autoBooking = settings.autoBooking;
  const status = h("div", { "aria-live": "polite" });
  const form = h("form", { className: "settings-form" });
  const save = button(t.save, () =>
    void act(save, status, t, async () => {
      const { source: _source, ...rest } = settings;
      void _source;
      const body: TimeBlockSettings = {
        ...rest,
        autoBooking,
        workingHours: {
          ...settings.workingHours,
          startTime: workStart.value,
          endTime: workEnd.value,
          daysOfWeek: [...days.querySelectorAll<HTMLInputElement>("input:checked")].map((b) => b.value),
        },
        block: { ...settings.block, minutes: Number(minutes.value), windowStart: windowStart.value, windowEnd: windowEnd.value, title: title.value.trim() },
      };
      Object.assign(settings, await ctx.api.put<TimeBlockSettings>("/api/timeblocks/settings", body));
      saved();
      return t.saved;
    }), "primary");
  form.addEventListener("submit", (e) => e.preventDefault());
  clear(form);
  form.append(
    switchControl(t.autoBooking, autoBooking, (on) => { autoBooking = on; }),
    h("div", { className: "grid-2" }, field(t.blockMinutes, minutes), field(t.blockTitle, title), field(t.windowStart, windowStart), field(t.windowEnd, windowEnd), field(t.workStart, workStart), field(t.workEnd, workEnd)),
    days,
    h("div", { className: "actions" }, save),
    status,
  );
  if (settings.source === "mailbox-defaults") form.prepend(infoBar(ctx.lang === "de" ? "Aus Ihren Outlook-Arbeitszeiten übernommen." : "Taken from your Outlook working hours."));
  return form;
}
