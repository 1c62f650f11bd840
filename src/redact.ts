// Tokens and secrets must never reach a log line or an error message. Everything the process
// writes about itself goes through one redactor built from the configured secret values.

const MIN_SECRET_LENGTH = 8;

export type Redact = (text: string) => string;

/**
 * Every form a configured value can take on the way out: as pasted (with a stray space or
 * carriage return), trimmed as config.ts sends it (so also inside `Bot <token>` and
 * `Bearer <token>`), URL-encoded as in a query string, and escaped as in a JSON log line.
 */
export function secretForms(secret: string): string[] {
  const trimmed = secret.trim();
  const forms = [secret, trimmed, trimmed.replace(/\s+/g, ''), encodeURIComponent(trimmed), JSON.stringify(secret).slice(1, -1), JSON.stringify(trimmed).slice(1, -1)];
  return forms.filter((f) => f.length >= MIN_SECRET_LENGTH);
}

export function createRedactor(secrets: (string | undefined)[]): Redact {
  const values = [...new Set(secrets.filter((s): s is string => typeof s === 'string').flatMap(secretForms))].sort((a, b) => b.length - a.length);
  // Slack tokens have a recognisable shape, so even one we were not told about is hidden.
  const shapes = /\b(xox[abposr]-[A-Za-z0-9-]{10,}|xapp-[A-Za-z0-9-]{10,})\b/g;
  return (text) => {
    let out = text;
    for (const v of values) out = out.split(v).join('[redacted]');
    return out.replace(shapes, '[redacted]');
  };
}
