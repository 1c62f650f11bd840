// The platform-neutral reply every command returns. Adapters render it; nothing here knows
// about Discord, Slack or terminals.

export interface Source {
  title: string;
  url: string;
}

export interface Field {
  name: string;
  value: string;
}

export interface Table {
  columns: string[];
  rows: string[][];
}

/** What kind of reply this is: adapters use it for privacy defaults and styling. */
export type ReplyKind = 'answer' | 'unknown' | 'links' | 'lifecycle' | 'help' | 'error' | 'notice';

/** Facts about how an answer was found, for `--json`, logs and the misses log. */
export interface AnswerMeta {
  notes: string[];
  version: string | null;
  confidence: number;
  /** Why the bot answered or declined: the decision stage's reason (`confident`, `weak`, `off-topic`…). */
  reason?: string;
}

export interface Reply {
  kind: ReplyKind;
  title: string;
  /** Markdown. Adapters convert it; user-supplied text in it has already been neutralised. */
  body: string;
  sources: Source[];
  fields?: Field[];
  table?: Table;
  /** Follow-up topics or commands the user may try. */
  suggestions?: string[];
  /** Only the asking user should see it (Discord ephemeral, Slack ephemeral). */
  private: boolean;
  /** A user the answer is pointed at ("for @alice"): the only mention an adapter may allow. */
  target?: string;
  meta?: AnswerMeta;
}

export function reply(kind: ReplyKind, title: string, body: string, extra: Partial<Reply> = {}): Reply {
  return { kind, title, body, sources: [], private: kind === 'help' || kind === 'error', ...extra };
}

/** A reply's words as one markdown text (title, body, table, fields; not sources), for `--json` and tests. */
export function replyMarkdown(r: Reply): string {
  const parts = [`**${r.title}**`, r.body];
  if (r.table) {
    const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
    parts.push([row(r.table.columns), row(r.table.columns.map(() => '---')), ...r.table.rows.map(row)].join('\n'));
  }
  for (const f of r.fields ?? []) parts.push(`**${f.name}**: ${f.value}`);
  return parts.filter(Boolean).join('\n\n');
}
