// What of a chat message is the question. Real questions arrive with mentions, greetings and
// pasted logs; the search must see the words that carry the question, not all of them. Pure.

// Platform mention syntax (Discord `<@123>`, `<@!123>`, `<@&role>`, `<#channel>`; Slack
// `<@U123|name>`, `<!here>`, `<!subteam^S1>`), and plain `@everyone`/`@name` at a word start.
const MENTIONS = /<(?:@[!&]?|#|!)[^<>\s]{1,100}>|(?<![\w.])@[\w.-]{1,64}/g;

/** Removes every mention, so `@everyone how do I enable epel` is the question `how do I enable epel`. */
export function stripMentions(text: string): string {
  return text.replace(MENTIONS, ' ');
}

// A line of a pasted log or terminal output, as opposed to a line the user wrote: timestamps,
// prompts, key=value dumps, package lists, stack frames.
const LOG_LINE = [
  /^\s*(?:\[?\d{4}-\d\d-\d\d[ T]\d\d:\d\d|\[?\w{3} +\d{1,2} \d\d:\d\d:\d\d|\[\s*\d+\.\d+\])/, // timestamps, dmesg
  /^\s*(?:[#$>]|\[[^\]]*@[^\]]*\][#$])\s/, // shell prompts
  /^\s*(?:at |File "|Traceback|\d+:\s)/, // stack frames, numbered output
  /^\s*[\w.+-]+\s+[\w.:+~-]*\d[\w.:+~-]*\s+[@\w.-]+\s*$/, // `dnf list` style rows
  /^\s*[-=*_#]{3,}\s*$/, // rules
  /^\s*[\w./-]+\s*[:=]\s*\S+\s*$/, // key: value
];
// Words that make a log line worth searching: the line that says what went wrong.
const TELLING = /\b(?:error|errors|fail(?:ed|s|ure)?|fatal|cannot|can't|could not|couldn't|unable|denied|refused|not found|no such|missing|invalid|inhibit\w*|conflict\w*|problem|nothing provides|requires|warning|timed? out|panic|segfault|bad|unknown|unsupported|not supported|expired|mismatch|nokey)\b/i;

export const PASTE_LIMITS = {
  /** A message with more lines than this is treated as holding a paste. */
  minLines: 4,
  /** At most this many telling log lines are kept: the first errors name the problem; later ones repeat it. */
  maxTellingLines: 4,
};

/**
 * The searchable part of a question: the lines the user wrote, and of a pasted log only the
 * few lines that say what failed. Short messages come back unchanged.
 */
export function distillQuestion(text: string): string {
  const lines = text.split(/\r?\n/);
  if (lines.length < PASTE_LIMITS.minLines) return text;
  const prose: string[] = [];
  const telling: string[] = [];
  let inFence = false;
  for (const line of lines) {
    if (/^\s*```/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (!line.trim()) continue;
    const isLog = inFence || LOG_LINE.some((p) => p.test(line));
    if (!isLog) prose.push(line);
    else if (TELLING.test(line) && telling.length < PASTE_LIMITS.maxTellingLines && !telling.includes(line.trim())) telling.push(line.trim());
  }
  const kept = [...prose, ...telling];
  return kept.length ? kept.join('\n') : text;
}

/**
 * An error line with what varies between machines taken out (versions, package NEVRAs, paths'
 * directories, hex ids, numbers), so a pasted line meets the note's `errors:` fragment.
 */
export function errorKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\b([a-z][\w+.-]*?)-\d[\w.+~^]*-[\w.+~^]*?\.(?:el|fc|al)\d+\w*(?:\.(?:x86_64|aarch64|ppc64le|s390x|noarch|i686|src))?\b/g, '$1') // NEVRAs
    .replace(/\b(?:0x)?[0-9a-f]{8,}\b/g, '#') // key ids, hashes
    .replace(/\d+(?:[.:_-]\d+)*/g, '0') // numbers and versions
    .replace(/['"`‘’“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
