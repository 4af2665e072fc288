import type { AuthChallenge, HostAdapter } from "./host/contract";

/** The problem type our server answers when Microsoft Graph needs consent or a stronger sign-in. */
const ConsentRequired = "https://outlookclientcare.example/problems/consent-required";

/** A failed call, already sorted into what the user can do about it. */
export class ApiError extends Error {
  constructor(
    readonly kind: "network" | "sign-in" | "consent" | "not-found" | "conflict" | "bad-input" | "unavailable" | "server",
    message: string,
    readonly fields: string[] = [],
  ) {
    super(message);
  }
}

interface ProblemDetails {
  type?: string;
  title?: string;
  detail?: string;
  errors?: Record<string, string[]>;
  /** consent-required: the Graph permissions to ask the user for. */
  scopes?: string[];
  /** consent-required: a Conditional Access claims challenge for the next sign-in (step-up). */
  claims?: string | null;
}

/** How a call is being repeated: after a 401 with an interactive sign-in, after a consent problem with the challenge. */
interface Attempt {
  interactive: boolean;
  challenge?: AuthChallenge;
}

export class Api {
  constructor(private readonly host: HostAdapter) {}

  get<T>(path: string): Promise<T> {
    return this.send<T>("GET", path);
  }

  post<T>(path: string, body?: unknown): Promise<T> {
    return this.send<T>("POST", path, body);
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.send<T>("PUT", path, body);
  }

  patch<T>(path: string, body: unknown): Promise<T> {
    return this.send<T>("PATCH", path, body);
  }

  /** GET that treats 404 as "there is none". */
  async find<T>(path: string): Promise<T | null> {
    try {
      return await this.get<T>(path);
    } catch (error) {
      if (error instanceof ApiError && error.kind === "not-found") return null;
      throw error;
    }
  }

  private async send<T>(method: string, path: string, body?: unknown, attempt: Attempt = { interactive: false }): Promise<T> {
    const headers: Record<string, string> = { Accept: "application/json", ...(await this.authHeaders(attempt)) };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response: Response;
    try {
      response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch {
      throw new ApiError("network", "network");
    }
    if (response.status === 401 && !attempt.interactive) {
      return this.send<T>(method, path, body, { interactive: true });
    }
    if (response.ok) {
      return (response.status === 204 ? null : await response.json()) as T;
    }
    const problem = (await response.json().catch(() => ({}))) as ProblemDetails;
    const detail = problem.errors ? Object.values(problem.errors).flat().join(" ") : (problem.detail ?? problem.title ?? "");
    const fields = problem.errors ? Object.keys(problem.errors) : [];
    if (response.status === 403 && problem.type === ConsentRequired) {
      // Once: sign in again asking for the missing consent (and the second factor, if asked for).
      // If Graph still says no, the user (or their administrator) has to decide; say so.
      if (attempt.challenge) throw new ApiError("consent", detail);
      const challenge: AuthChallenge = { scopes: problem.scopes ?? [], claims: problem.claims ?? undefined };
      return this.send<T>(method, path, body, { interactive: true, challenge });
    }
    switch (response.status) {
      case 400:
        throw new ApiError("bad-input", detail, fields);
      case 401:
      case 403:
        throw new ApiError("sign-in", detail);
      case 404:
        throw new ApiError("not-found", detail);
      case 409:
        throw new ApiError("conflict", detail);
      case 502:
      case 503:
      case 504:
        throw new ApiError("unavailable", detail);
      default:
        throw new ApiError("server", detail);
    }
  }

  private async authHeaders(attempt: Attempt): Promise<Record<string, string>> {
    try {
      return await this.host.authHeaders(attempt.interactive, attempt.challenge);
    } catch {
      throw new ApiError(attempt.challenge ? "consent" : "sign-in", "");
    }
  }
}

export function enc(value: string): string {
  return encodeURIComponent(value);
}
