// Tokens and secrets must never reach a log line or an error message. Everything the process
// writes about itself goes through one redactor built from the configured secret values.

const MIN_SECRET_LENGTH = 8;

export type Redact = (text: string) => string;

export function createRedactor(secrets: (string | undefined)[]): Redact {
  const values = [...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH))]
    .sort((a, b) => b.length - a.length);
  // Slack tokens have a recognisable shape, so even one we were not told about is hidden.
  const shapes = /\b(xox[abposr]-[A-Za-z0-9-]{10,}|xapp-[A-Za-z0-9-]{10,})\b/g;
  return (text) => {
    let out = text;
    for (const v of values) out = out.split(v).join('[redacted]');
    return out.replace(shapes, '[redacted]');
  };
}
