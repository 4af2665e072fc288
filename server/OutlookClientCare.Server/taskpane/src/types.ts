// The shapes of our API's answers that the pane reads (JSON camelCase, enum values kebab-case).

export type MoodLevel = "calm" | "concerned" | "frustrated" | "angry";

export interface SituationCard {
  language: "de" | "en";
  messageCount: number;
  mainIssue: string;
  mood: {
    level: MoodLevel;
    score: number;
    evidence: { messageId: string; text: string }[];
    direction?: "rising" | "falling" | "steady";
    confidence?: number;
  };
  asks: { messageId: string; text: string; kind: "question" | "request"; isOpen?: boolean }[];
  dates: { messageId: string; text: string; date: string; isDeadline?: boolean; from?: "client" | "us" }[];
  escalation: {
    risk: "low" | "medium" | "high";
    signals: string[];
    evidence?: { signal: string; messageId: string; text: string }[];
  };
  waiting: { replyOwedBy: "us" | "client" | "none"; since: string | null; businessHours: number };
  nextStep: string;
  nextStepReason?: string;
  mainIssueEvidence?: { messageId: string; text: string }[];
  moodTrend?: { messageId: string; sentDateTime: string; level: MoodLevel; score: number }[];
  client?: { name: string | null; address: string } | null;
  formOfAddress?: "sie" | "du" | null;
  truncated?: boolean;
  resolved?: boolean;
  kind?: "conversation" | "bulk";
}

export interface SnippetSummary {
  id: string;
  title: string;
  description: string;
  isBuiltIn: boolean;
  languages: string[];
}

export interface RenderedSnippet {
  html: string;
  text: string;
  truncated: boolean;
  language: string;
  form: string | null;
}

export interface CoachFinding {
  kind: string;
  text: string;
  start: number;
  length: number;
  reason: string;
  suggestion: string | null;
}

export interface CoachResult {
  findings: CoachFinding[];
  verdict: string;
  answeredAsks?: string[] | null;
  openAsks?: string[] | null;
  language: string;
}

/** What the follow-up summary will contain, proposed by the server (GET …/follow-up-summary/proposal). */
export interface SummaryProposal {
  form: "agreed" | "what-i-hear";
  language: "de" | "en";
  salutation: string;
  agreed: string[];
  asks: string[];
  /** inEmail is false where the e-mail says the step already with the point above. */
  nextSteps: { what: string; owner: string; due: string | null; inEmail?: boolean }[];
  closing: string;
  signature?: string;
  formOfAddress?: "sie" | "du" | null;
  formReason?: string;
}

export interface FollowUpSummaryResult {
  id: string;
  draftId: string;
  webLink: string | null;
  repliedToMessageId: string;
  flagDue: string;
  repeated: boolean;
  followUps: FollowUpItem[];
}

export interface FollowUpItem {
  id: string;
  what: string;
  who: "us" | "client";
  due: string;
  state: string;
  conversationId: string;
  client: string | null;
  doneAt: string | null;
  /** The Microsoft To Do task mirroring this follow-up, when linked. */
  todoTaskId?: string | null;
}

export interface CheckInDue {
  client: string;
  displayName: string | null;
  everyDays: number;
  lastContact: string | null;
  dueOn: string;
}

export interface WaitingThread {
  conversationId: string;
  subject: string;
  client: { name: string | null; address: string } | null;
  latestMessageId: string;
  since: string | null;
  businessHoursWaited: number;
  mood: MoodLevel;
  moodScore: number;
  mainIssue: string;
  openAsks: number;
  /** Set when the user handed this thread to a colleague: it is no longer counted as theirs. */
  handedOver?: { name: string | null; address: string; at: string } | null;
}

export interface Interaction {
  id: string;
  at: string;
  kind: string;
  client: string | null;
  conversationId: string | null;
  text: string;
}

export interface ClientCard {
  key: string;
  kind: "address" | "domain";
  displayName: string | null;
  agreedTimelines: string[];
  deliverables: string[];
  constraints: string[];
  responseTimePromise: string | null;
  preferredLanguage: string | null;
  formOfAddress: string | null;
  checkInEveryDays: number | null;
  notes: string | null;
  updatedAt: string;
}

export interface TimeBlockSettings {
  timeZone: string;
  workingHours: { daysOfWeek: string[]; startTime: string; endTime: string };
  block: { minutes: number; windowStart: string; windowEnd: string; minMinutes: number; bufferMinutes: number; breakMinutes: number; title: string };
  tentativeBlocks: boolean;
  horizonDays: number;
  autoBooking: boolean;
  language: string;
  source?: string;
}

export interface BookResult {
  created: number;
  moved: number;
  deleted: number;
  kept: number;
  failed: number;
  problems: string[];
}

export interface UpcomingBlock {
  date: string;
  start: string | null;
  end: string | null;
  state: string;
  eventId: string | null;
}

export interface WeekPicture {
  timeZone: string;
  dayStart: string;
  dayEnd: string;
  days: { date: string; events: { subject: string | null; start: string; end: string; showAs: string; isOurs: boolean; isAllDay: boolean }[] }[];
}
