// Is a question about dates (support, release, latest version)? Pure. The text has already been
// lower-cased and every release it names replaced by `§`, so patterns can ask "is the release
// itself supported?" rather than "is something supported on it?" ("is secure boot supported on 9").

export type Intent = 'support' | 'release' | 'latest';

// Wording that is about the support period whatever else the question says.
const SUPPORT = [
  /\beol\b/,
  // "end of life", and "end of extended life support" / "end of security support" too.
  /\bend[\s-]*of[\s-]*(?:(?:extended|security|active|maintenance|full)[\s-]+)?(?:life|support|maintenance|updates)\b/,
  // Red Hat's paid extension by name ("extended life cycle support"); its initials count next to the release.
  /\bextended\s+life(?:[\s-]?cycle)?\s+support\b/,
  /\blife[\s-]?cycle\b/,
  /\b(?:support|supported|maintained|updated|updates)\s+(?:until|till|through|ends?|ending|end date|period|window|timeline|lifetime|status)\b/,
  /\b(?:until|till) when\b/,
  /\bhow long\b.*\b(?:support|supported|maintained|updates?|lasts?|lifespan|life)\b/,
  /\bsunset\b/,
  /\b(?:security|active|maintenance|extended|full)\s+support\b/,
  /\b(?:how many|\d+|five|ten)\s+years?\s+of\s+(?:security\s+)?(?:support|updates|maintenance)\b/,
  /\bwhen\s+(?:\w+ly\s+)?(?:does|did|do|will|is|was)\b[^?.!]*§[^?.!]*\b(?:end|ends|ended|die|dies|died|expire|expires|expired|retire|retired|be over|stop (?:getting|receiving) (?:security )?updates)\b/,
  /\bwhen\s+(?:\w+ly\s+)?(?:does|did|do|will|is|was)\b[^?.!]*\b(?:support|updates)\b[^?.!]*\b(?:end|ends|ended|stop|stops|stopped)\b/,
];

// Wording that counts only right next to the release: "is § still supported", "§ is dead".
const SUPPORT_NEAR = [
  /§\s+(?:\w+\s+)?expir(?:e|es|ed|y|ation)\b/,
  /§[^?.!]{0,40}\b(?:is|are)\s+(?:it|that|this|they)\s+still\s+(?:supported|maintained|getting|receiving)\b/,
  /§\s+(?:is\s+|still\s+|is\s+still\s+)?(?:supported|maintained|alive|dead|eol)\b/,
  /§\s+(?:still\s+)?(?:gets?|getting|receives?|receiving)\s+(?:security\s+)?(?:updates|patches|fixes)\b/,
  /§\s+(?:stops?|stopped|will stop)\s+(?:getting|receiving)\s+(?:security\s+)?(?:updates|errata|patches|fixes)\b/,
  /\b(?:did|does|has)\s+§\s+(?:die|died|end|ended)\b/,
  /\bwhat(?:'s|\s+has)?\s+happen(?:ed|ing)\s+(?:to|with)\s+§/,
  /§\s+els\b|\bels\s+(?:for|of|on)\s+§/,
];

// About a release named in another sentence: "Is it still supported?", "When does it reach EOL?".
const PRONOUN_SUPPORT = [
  /\b(?:is|are)\s+(?:it|that|this|they)\s+still\s+(?:supported|maintained|getting (?:security )?updates|receiving (?:security )?updates)\b/,
  /\bwhen\s+(?:does|will|did)\s+(?:it|that|this|they)\s+(?:end|reach (?:its )?(?:eol|end of life)|go eol|stop getting updates)\b/,
];

const RELEASE = [
  /\brelease\s+dates?\b/,
  /§[^?.!]*\b(?:released|came out|come out|comes out|coming out|shipped|go ga|went ga)\b/,
  /\bwhen\s+(?:was|were|is|will|did)\b[^?.!]*§[^?.!]*\b(?:release|released|out|available|ga)\b/,
  /\b(?:ga|general availability)\s+(?:date|of)\b/,
  /\bis\s+§\s+(?:ga|out|released)\b/,
  /\b(?:final|stable|ga|general)\s+release\b[^?.!]*\b(?:yet|when)\b/,
];

const LATEST = [
  /\b(?:latest|newest|most recent|current)\s+(?:stable\s+)?(?:§\s+)?(?:stable\s+)?(?:version|release|minor|point release)s?\b/,
  /\b(?:latest|newest|most recent)\s+§/,
  /§\s+(?:latest|newest)\b/,
  /\bwhat\s+(?:version|release)\b[^?.!]*\bis\s+(?:the\s+)?(?:latest|newest|current)\b/,
];

// Asking outright how to do something ("How do I migrate?"): a sentence like that leaves the question to the notes.
const HOW_TO_ASK = /\b(?:how (?:do|can|to|should|would|shall)|steps? to|help me)\b/;
// Any how-to wording, "guide" and "tutorial" too: within the sentence that names the release, the notes answer it,
// even when it mentions EOL; in another sentence ("our install guide says 2029") it is only context.
const HOW_TO = new RegExp(`${HOW_TO_ASK.source}|\\b(?:way to|guide|tutorial)\\b`);
const ACTION = /\b(?:upgrad\w*|migrat\w*|convert\w*|install\w*(?!\s+(?:guide|docs?|instructions))|switch\w*|mov(?:e|ing) (?:to|from)|elevate|leapp|reinstall\w*|download\w*|enable|disable|fix|configure|set ?up|update to)\b/;
// About some other software, or about the asker's own machine.
const OTHER_SOFTWARE = /\b(?:packages?|rpms?|kernel|errata|advisor(?:y|ies)|cves?|patch(?:es)?|php|python|node(?:js)?|java|docker|podman|firefox|openssl|gcc|drivers?|nvidia|module|certs?|certificates?|keys?|secure boot|gpg)\b/;
const OWN_MACHINE = /\b(?:my|our|this machine|installed|running|i have(?! to\b)|i'm on|i am on)\b/;
const notTheRelease = (text: string) => OTHER_SOFTWARE.test(text) || OWN_MACHINE.test(text);
// Asking whether something else supports a release ("Does the NVIDIA repository support RHEL 10?"): about that
// software, not the release's own support, even under a title such as "RHEL 10 support status".
const SUPPORTS_THE_RELEASE = /\b(?:does|do|will|would|can|is|are)\s+[^?.!§]*?\S\s+(?:officially\s+|already\s+|now\s+|yet\s+)?(?:support|supports)\s+§/;

const matches = (patterns: RegExp[], text: string): boolean => patterns.some((p) => p.test(text));

// A sentence quoting what a tool printed ("almalinux-deploy says Check EL7 is supported ERROR",
// "trivy prints WARN ... no longer supported"): its support words are the tool's, not the user's question.
const QUOTES_OUTPUT = /\b(?:says?|said|prints?|printed|shows?|showed|outputs?|reports?|complains?|returns?|gives?|fails?|failed|stops?|stopped)\b[^?]*\b(?:error|warn|warning|fatal|failed)\b/;

// What a tool printed, in quotes after the verb that says so ("centos2alma prints 'only CentOS 7.9 is
// supported'"): its words are the tool's, so they are dropped before the question is read.
const QUOTED_OUTPUT = /(\b(?:says?|said|prints?|printed|shows?|showed|outputs?|reports?|complains?|returns?|gives?|fails?|failed|stops?|stopped|errors?)\b[^'"“]{0,20}?)\s*['"“][^'"”]{3,200}['"”]/g;

// Asking outright how long a named release lasts: about dates, whatever the question says around it
// ("we're moving CI to AlmaLinux 9 — how long is it supported?").
const OUTRIGHT_SUPPORT = [
  /\b(?:until|till) when\b/,
  /\bhow long\b[^?.!]*\b(?:supported|maintained|support|last|lasts|updates)\b/,
  /\b(?:eol|end[\s-]*of[\s-]*life|end[\s-]*of[\s-]*support)\s+dates?\b/,
];

/** One sentence's intent, by its own words. */
function sentenceIntent(marked: string): Intent | null {
  const howTo = HOW_TO.test(marked);
  // "Can I still migrate after it goes EOL?" is about doing something: the notes answer it.
  if (ACTION.test(marked) || QUOTES_OUTPUT.test(marked)) return null;
  if (matches(SUPPORT, marked)) return 'support';
  if (matches(SUPPORT_NEAR, marked)) return 'support';
  if (notTheRelease(marked)) return null;
  if (howTo) return null;
  if (matches(LATEST, marked)) return 'latest';
  if (matches(RELEASE, marked)) return 'release';
  return null;
}

/** A question's sentences: split after ?, ! and . and at line breaks. */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[?!.])\s+|\n+/).filter(Boolean);
}

/** Whether a question also asks when a release came out, beside what its intent says ("When was 9.0 released, and until when is 9 supported?"). */
export function asksRelease(marked: string): boolean {
  return matches(RELEASE, marked);
}

/**
 * The intent of a question, read sentence by sentence: "When does CentOS 8 maintenance end? Our
 * install guide says 2029." asks a date, and the context sentence around it must not veto it. A
 * sentence asking how to do something ("how do I migrate?", "what should we move to?") leaves the whole question to the notes,
 * which add the ended release's status themselves; when they cannot answer it, `alsoAsked` reads the date
 * sentence beside it ("Should we switch to Stream 8? When does Stream 8 go EOL?").
 */
export function questionIntent(question: string, { alsoAsked = false } = {}): Intent | null {
  // An aside in brackets that names no release ("CentOS 8 (not Stream)") stands between the release and its verb.
  const marked = question.replace(/\s*\([^()§]{0,40}\)/g, '').replace(QUOTED_OUTPUT, '$1');
  if (marked.includes('§') && matches(OUTRIGHT_SUPPORT, marked)) return 'support';
  const sentences = sentencesOf(marked);
  if (sentences.some((x) => SUPPORTS_THE_RELEASE.test(x))) return null;
  if (sentences.length < 2) return sentenceIntent(marked);
  // `alsoAsked`: the notes could not answer the how-to sentence, so a date asked beside it still gets its answer.
  if (!alsoAsked && sentences.some((x) => ACTION.test(x) && (HOW_TO_ASK.test(x) || /\?\s*$/.test(x)))) return null;
  const naming = sentences.filter((x) => x.includes('§'));
  for (const x of naming.length ? naming : sentences) {
    const intent = sentenceIntent(x);
    if (intent) return intent;
  }
  // "We run CentOS 7. Is it still supported?": a later sentence asking about the release named before.
  const aboutRelease = naming.length > 0 && !naming.some((x) => OTHER_SOFTWARE.test(x));
  return aboutRelease && sentences.some((x) => !x.includes('§') && matches(PRONOUN_SUPPORT, x)) ? 'support' : null;
}
