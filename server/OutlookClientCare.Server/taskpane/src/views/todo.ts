import { h } from "../dom";
import { handoverStrings } from "../handoverStrings";
import { errorBar, infoBar, switchControl, type PaneContext } from "../ui";

interface FollowUpSettings {
  todo: boolean;
}

/** The To Do switch of the follow-up settings. Switching it on asks for the To Do permission the first time (the usual consent path). */
export async function todoSettings(ctx: PaneContext): Promise<Node> {
  const s = handoverStrings(ctx.lang);
  const settings = await ctx.api.get<FollowUpSettings>("/api/follow-ups/settings");
  const status = h("div", { "aria-live": "polite" });
  const control = switchControl(s.todoSwitch, settings.todo, (on) => {
    const input = control.querySelector("input")!;
    input.disabled = true;
    void ctx.api.put<FollowUpSettings>("/api/follow-ups/settings", { todo: on }).then(
      (answer) => {
        input.checked = answer.todo;
        status.replaceChildren(infoBar(answer.todo ? s.todoOn : s.todoOff, "success"));
      },
      (error: unknown) => {
        input.checked = !on;
        status.replaceChildren(errorBar(ctx.t, error, () => status.replaceChildren()));
      },
    ).finally(() => {
      input.disabled = false;
    });
  });
  control.setAttribute("data-testid", "todo-switch");
  return h("div", {}, control, h("p", { className: "hint" }, s.todoHint), status);
}

/** Catches up with ticks made in To Do (one delta request); says so, without failing the list, when To Do cannot be read. */
export async function syncToDo(ctx: PaneContext): Promise<HTMLElement | null> {
  try {
    await ctx.api.post("/api/follow-ups/todo/sync");
    return null;
  } catch {
    return infoBar(handoverStrings(ctx.lang).todoSyncFailed, "warning");
  }
}
