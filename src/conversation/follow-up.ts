// Reading a short follow-up ("and on 8?", "same on rocky?", "that didn't work: <error>", "more")
// with the thread's previous question. Pure: text in, the question to answer out, or null when
// the context does not explain the follow-up (it is then answered as a new question).

/** What a thread remembers of the bot's last answer in it. Held in memory only, never logged. */
export interface ThreadContext {
  /** The line last answered (a question or a command in text form, e.g. `lifecycle 9`). */
  question: string;
  /** The note the answer quoted, for "more" / "show the whole note". */
  note?: string;
}

export type FollowUp = { kind: 'question'; question: string } | { kind: 'more'; note: string };

export const followUpOptions = {
  /** Longer than this (in words, error text aside) is a question of its own, not a follow-up. */
  maxWords: 8,
  /** "That didn't work" needs at least this many characters of pasted error to search for. */
  minErrorChars: 12,
};

const LEAD = /^(?:(?:ok(?:ay)?|and|but|also|now|then|so|what|how|about|same|thing|here|too|if|is|it|the|question|answer)[\s,]+)*/;
const PREPOSITION = /^(?:(?:on|for|in|with|under|to|from|using)\s+)*/;
const TRAIL = /(?:[\s,]+(?:then|too|as\s+well|also|please|pls|instead))+$/;
const VERSION = /^(?:almalinux|alma\s*linux|alma|al|el)?\s*-?(8|9|10)(?:\.(\d{1,2}))?$/;
const MORE = /^(?:(?:show|tell|give)\s+(?:me\s+)?)?(?:(?:some\s+)?more(?:\s+(?:please|details?|info))?|(?:the\s+)?(?:whole|full|entire|complete)\s+(?:note|thing|answer|article|text))(?:\s+please)?$/;
const DID_NOT_WORK = /^(?:(?:that|it|this)\s+)?(?:still\s+)?(?:didn'?t|did\s+not|doesn'?t|does\s+not|isn'?t|is\s+not|not)\s+work(?:ing|ed)?\b|^(?:no\s+luck|still\s+(?:broken|failing|fails))\b/;

/** Other systems a user may switch to, and how the question should name them. */
const DISTROS: [RegExp, string][] = [
  [/^rocky(?:\s*linux)?$/, 'Rocky Linux'],
  [/^centos\s*stream$/, 'CentOS Stream'],
  [/^centos(?:\s*linux)?$/, 'CentOS'],
  [/^(?:rhel|red\s*hat(?:\s+enterprise\s+linux)?)$/, 'RHEL'],
  [/^oracle(?:\s*linux)?$/, 'Oracle Linux'],
  [/^fedora$/, 'Fedora'],
];

// A version in the previous question: `9`, `9.4`, `el9`, `almalinux 9`; not `3.9` nor `8080`.
const VERSION_IN_TEXT = /(?<![\w.])(?:(almalinux|alma(?:\s*linux)?|el|al)(\s*-?\s*))?(8|9|10)(?:\.\d{1,2})?(?![\w.]*\d)/gi;
const ALMA_NAME = /\b(?:almalinux|alma\s*linux|alma)\b(?:\s+os\b)?/gi;
const ONE_VERSION = new RegExp(VERSION_IN_TEXT.source, 'i');

function normalize(text: string): string {
  return text.toLowerCase().replace(/[?!.…]+\s*$/, '').replace(/\s+/g, ' ').trim();
}

/** The words after the filler ("and on", "what about", "same for"). */
function subjectOf(text: string): string {
  return text.replace(LEAD, '').replace(PREPOSITION, '').replace(TRAIL, '').trim();
}

function withVersion(question: string, major: string, minor: string | undefined): string {
  const version = minor === undefined ? major : `${major}.${minor}`;
  let replaced = false;
  const out = question.replace(VERSION_IN_TEXT, (_m, name: string | undefined, gap: string | undefined) => {
    replaced = true;
    return `${name ?? ''}${gap ?? ''}${version}`;
  });
  if (replaced) return out;
  // `lifecycle` in text form takes the version as its argument.
  if (/^\/?lifecycle\s*$/i.test(question.trim())) return `lifecycle ${version}`;
  return `${question.replace(/[?.!\s]+$/, '')} on AlmaLinux ${version}`;
}

function withDistro(question: string, distro: string, version: string | undefined): string {
  // The AlmaLinux version the question named (with or without "AlmaLinux") becomes the other system's.
  let placed = false;
  const named = question.replace(VERSION_IN_TEXT, (m: string) => {
    if (placed) return m;
    placed = true;
    return `${distro} ${version ?? /\d+(?:\.\d+)?$/.exec(m)?.[0] ?? ''}`.trim();
  });
  if (placed) return named;
  const name = version ? `${distro} ${version}` : distro;
  if (question.search(ALMA_NAME) >= 0) return question.replace(ALMA_NAME, name);
  return `${question.replace(/[?.!\s]+$/, '')} on ${name}`;
}

function distroSwitch(subject: string): { distro: string; version?: string } | null {
  const m = /^(.*?)\s*(\d{1,2})?$/.exec(subject);
  const name = m?.[1] ?? subject;
  for (const [pattern, distro] of DISTROS) if (pattern.test(name)) return { distro, ...(m?.[2] ? { version: m[2] } : {}) };
  return null;
}

/** The error pasted after "that didn't work", or null when there is none worth searching. */
function pastedError(original: string): string | null {
  const rest = original.trim().replace(/^[^\n:]*?(?:work(?:ing|ed)?|luck|broken|fail(?:s|ing)?)\b[\s:,.!-]*/i, '').trim();
  return rest.length >= followUpOptions.minErrorChars ? rest : null;
}

export function readFollowUp(context: ThreadContext, text: string): FollowUp | null {
  const said = normalize(text);
  if (!said) return null;
  if (DID_NOT_WORK.test(said)) {
    const error = pastedError(text);
    if (!error) return null;
    // The version the thread was about still applies, unless the error names its own.
    const version = ONE_VERSION.exec(context.question)?.[3];
    return { kind: 'question', question: version && !ONE_VERSION.test(error) && !/\.el\d{1,2}\b/i.test(error) ? `${error}\non AlmaLinux ${version}` : error };
  }
  if (said.split(' ').length > followUpOptions.maxWords) return null;
  if (MORE.test(said)) return context.note ? { kind: 'more', note: context.note } : null;
  const subject = subjectOf(said);
  const version = VERSION.exec(subject);
  if (version) return { kind: 'question', question: withVersion(context.question, version[1]!, version[2]) };
  const distro = distroSwitch(subject);
  if (distro) return { kind: 'question', question: withDistro(context.question, distro.distro, distro.version) };
  return null;
}
