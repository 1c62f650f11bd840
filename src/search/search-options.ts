// Every search tuning knob in one place, with the reason for its value.

export const searchOptions = {
  /** Long questions are searched with their this-many most informative words; the rest cost time and add little.
   * 12 rather than 8: real questions of 150 characters carry their topic words beside incidental rare ones (cross-checked on the a/b questions). */
  maxQueryTerms: 12,
  /** Known words are searched rarest first until the sections holding them add up to this many (counting a note-level
   * hit as all its sections). On the shipped knowledge few questions reach it (the cross-validated figures are the same
   * with and without it); on 10-100x the knowledge it keeps the words that are everywhere from making every answer cost
   * more as the notes grow. */
  postingBudget: 4000,
  /** …but at least this many words are searched, however common: the rarest word alone finds the note. */
  minQueryTerms: 1,
  /** Words no note contains are searched fuzzily (typos), at most this many: fuzzy search walks the whole dictionary,
   * and a pasted log's host names and ids are not typos. */
  maxUnknownTerms: 3,
  /** Field weights: a match in a note's name says more than one in its prose. */
  boost: { title: 3, aliases: 3, heading: 2, errors: 2.5, text: 1, tags: 0.5 },
  /** Prefix matching only for terms long enough to be distinctive ("upg" would match too much). */
  prefixMinLength: 4,
  /** Fuzzy matching (edit distance as a fraction of term length) for typos in longer words. */
  fuzzyMinLength: 6,
  fuzzy: 0.2,
  /** …and never more than this many edits: a fifth of a 15-letter word would allow 3, enough to reach unrelated words. */
  maxFuzzy: 2,
  /** A question word found in a note's title, aliases or the section heading counts this much more toward confidence. */
  nameTermFactor: 1.5,
  /** Weight of a word found in no note, as a share of the rarest known word's weight. */
  unknownTermWeight: 0.6,
  /** Weight of an everyday English word ("though", "fine", "anymore") that names no note, as a share of its rarity weight.
   * Such words are rare in technical notes, so a long chat question's rarest words were mostly filler and coverage
   * measured the filler. At 0.3 the cross-validated right answers rose from 206 to 219 of 345 on-topic (real questions
   * 76 → 81 of 149, wrong 6 → 6); 0.5 and 0.15 gained less, and counting every listed word (names included) lost.
   * Adding SCOWL's 3,940 commonest words to the list (2,488 questions, 394 notes): answerable right 1,385 → 1,390, real
   * questions of unseen threads 95 → 99 right with 20 wrong both, one more off-topic answered; at 0.2 or 0.45, or with
   * the next 6,776 words, fewer. */
  everydayWordWeight: 0.3,
  /** Weight of a word a synonym adds beside the typed one ("docker" → "docker container image"), as a share of its
   * rarity weight. At full weight the added "container" and "image" outweighed "install" in "how do I install docker on
   * almalinux 9", which then quoted the container-image note or Docker's data directory, not Docker CE's install lead.
   * A rewrite that drops the typed word ("eol" → "end of life") is what the user said and keeps full weight. Measured on
   * 2,778 questions and 463 notes (cross-validated answerable right and wrong of 2,443 / 2,564; real questions of unseen
   * threads right and wrong of 504 / 616): full weight 1,631 and 63, 103 and 20; 0.7: 1,643 and 61, 102 and 20; 0.5:
   * 1,649 and 62, 103 and 21; 0.35: 1,652 and 65, 103 and 23. */
  addedWordWeight: 0.5,
  /** Confidence is measured against the question's this-many rarest words (see engine coverageOf). */
  confidenceTerms: 6,
  /** The best sections are ranked by score × coverage^this, not by score alone: a section can score high on one rare word
   * it repeats, while the answer is where the question's key words
   * come together. Measured on 2,778 questions and 463 notes (best match right when answered, all answerable / real
   * of unseen threads; cross-validated right and wrong, risk–coverage at 5%): by score alone 2,042 / 289, 1,603 and 63,
   * 1,918; with 1: 2,077 / 292, 1,631 and 63, 1,935; 0.5 and 2 gain less or answer more wrong, re-ranking within the
   * best note only gains nothing. */
  coverageRankPower: 1,
  /** …with coverage counted as at least this, so sections matched only by prefix or typo keep their order among themselves. */
  coverageFloor: 0.05,
  /** Only this many best-scoring sections get the costlier per-match detail (coverage); the rest rarely win, even re-ranked by coverage (coverageRankPower). */
  detailedMatches: 30,
  /** A pasted error that matches a note's `errors:` fragment says more than word overlap: its coverage is at least this. */
  errorCoverage: 0.9,
  /** Sections for other versions than the question names are damped by this factor, not dropped, when the note is general. */
  otherVersionFactor: 0.35,
  /** A section written for exactly the version the question names beats the general text. */
  sameVersionFactor: 1.5,
  /** The lead (text before the first heading) answers a note's main question, so it wins near-ties. */
  leadFactor: 1.3,
  /** A note whose title or alias appears in the question as a phrase gets this factor. 2.1 rather than 1.8 since the
   * notes of 2026-12-02 (298): notes that mention a topic often (COPR and its epel chroots) had come close to the note
   * named for it ("enable epel on 9"); cross-validated on real questions of unseen threads, 2.1 answers 36 of 203 right
   * (10 wrong of 246) against 31 (9), and 41 (12) against 36 (12) at a 4% cap; 2.5 and 3.0 lost right answers again. */
  namedNoteFactor: 2.1,
  /** A note whose error fragment appears in the question gets this factor. */
  errorMatchFactor: 2.5,
  /** How much of a section an answer shows before it links to the rest. */
  answerChars: 1200,
  /** A second section of the best note is shown too when its score is at least this share of the best one's… */
  secondSectionShare: 0.5,
  /** …and the best section's passage is shorter than this, leaving the second a useful share of the room. Real questions
   * often ask two things of one note (the rsync source and the disk space of a mirror): 1200 rather than 700 puts the
   * facts in the answer for 2 more dev, 1 more holdout and 3 more golden questions, and the cross-validated right
   * answers rose from 180 to 206 with wrong answers 7 → 8 (risk–coverage 223 → 239 at 5%). */
  secondSectionRoom: 1200,
  /** Both sections together stay within this, under what a chat user reads first (and Discord's 2,000-character message). */
  answerTotalChars: 1450,
  /** A note is offered as related to an answer only when it matched with at least this share of the best score. */
  relatedShare: 0.3,
  /** Other notes offered with an answer, or as "did you mean" when declining. */
  related: 3,
};

export type SearchOptions = typeof searchOptions;

/** Words that carry no meaning for search. Domain words (dnf, install...) are deliberately absent. */
export const stopWords = new Set(
  `a an and are as at be been but by can could did do does doing for from had has have how i i'm if in into is it
  its it's me my no not of on or our please so some such than that the their them then there these they this to too
  us was we were what when where which while who why will with would you your yours just still also any anyone
  get got getting trying tried try want need know hi hello thanks thank using use used there's ive i've
  im dont don't doesnt doesn't cant can't way should shall may might lol even actually really ppl people guys
  folks anyone someone something thing things stuff ok okay pls plz thx btw tbh idk hey yo basically literally
  each every many much between actual`.split(/\s+/),
);
