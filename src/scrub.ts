// What users type may hold personal data: an address, a card or phone number, a server's IP, a
// pasted token. Text kept on disk (the misses log) passes through here first; each match is
// replaced by a placeholder naming what was there, so the question stays readable.

const PATTERNS: [RegExp, string][] = [
  // Slack and Discord token shapes, and any long letter-and-digit run (API keys, hashes, JWTs).
  [/\b(?:xox[abposr]|xapp)-[A-Za-z0-9-]{6,}/g, '[token]'],
  // (Dots end a run, so a package or kernel version such as 5.14.0-427.13.1.el9_4 is not one.)
  [/(?<![A-Za-z0-9_\-+/=])(?=[A-Za-z0-9_\-+/=]*\d)(?=[A-Za-z0-9_\-+/=]*[A-Za-z])[A-Za-z0-9_\-+/=]{24,}/g, '[token]'],
  [/[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g, '[email]'],
  [/\b(?:\d{1,3}\.){3}\d{1,3}(?:\/\d{1,2})?\b/g, '[ip]'],
  // Seven or more digits, spaces or dashes allowed between them: card, phone, account numbers.
  // Dots are not separators, so versions such as 5.14.0-427.13.1 stay.
  [/\+?\d(?:[ -]?\d){6,}/g, '[number]'],
];

// IPv6 candidates: hex groups and colons. A time such as 10:30:00 has two colons and no `::`.
const IPV6 = /(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])/g;
const isIpv6 = (s: string) => /[0-9A-Fa-f]/.test(s) && (s.includes('::') || s.split(':').length > 3);

export function scrubPersonal(text: string): string {
  let out = text;
  for (const [pattern, placeholder] of PATTERNS) out = out.replace(pattern, placeholder);
  return out.replace(IPV6, (m) => (isIpv6(m) ? '[ip]' : m));
}
