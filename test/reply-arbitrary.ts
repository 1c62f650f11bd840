import fc from 'fast-check';
import { sliceSafe } from '../src/clip-text.ts';
import type { Reply, ReplyKind } from '../src/reply.ts';

// Any Reply a command could build from any note: not only what today's notes produce. Text is
// made of markup fragments that have broken renderers before (fences in links, entities, mass
// mentions, emoji at cut points) and well-formed random text, sometimes repeated far past every
// platform limit.

const fragments = fc.constantFrom(
  '```', '```sh\n', '\n```\n', '`', '``', '**', '*', '_', '~~', '|', '\\', '<', '>', '&', '&amp;', '&lt', ';',
  '[', ']', '(', ')', '](', '![```](https://x.org/a', '[```', '](https://x.org/```)', '<https://x.org/|label>', 'https://wiki.almalinux.org/',
  '@everyone', '@here', '<@123456789012345678>', '<@&123456789012345678>', '<!channel>', '<!here>', '<!subteam^S0123>', '<@U012ABCDEF>', '<#C012>',
  '🐧', '👍🏽', '👨‍👩‍👧', '𝔸', 'é', '\u200b', '\u202e', '\u0000', '\u001b[2J', '\t', '\n', '\n\n', '# ', '## ', '- ', '1. ', '> ', '| a | b |\n|---|---|\n| 1 | 2 |\n',
  ' ', 'word', 'dnf install -y epel-release',
);

const piece = fc.oneof({ weight: 3, arbitrary: fragments }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) });

/** Well-formed text: fragments joined, and sometimes repeated up to 30,000 characters (past every limit). */
export const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.array(piece, { maxLength: 25 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.tuple(fc.array(piece, { minLength: 1, maxLength: 12 }), fc.integer({ min: 2, max: 600 })).map(([p, n]) => sliceSafe(p.join('').repeat(n), 30_000)) },
);

const shortText = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
const url = fc.oneof(fc.webUrl(), fc.constant('https://wiki.almalinux.org/repos/Extras.html#epel'), shortText, fc.constant(`https://x.org/${'a'.repeat(2500)}`));

const kinds: ReplyKind[] = ['answer', 'unknown', 'links', 'lifecycle', 'help', 'error', 'notice'];

export const anyReply: fc.Arbitrary<Reply> = fc
  .record(
    {
      kind: fc.constantFrom(...kinds),
      title: anyText,
      body: anyText,
      sources: fc.array(fc.record({ title: anyText, url }), { maxLength: 30 }),
      fields: fc.array(fc.record({ name: anyText, value: anyText }), { maxLength: 30 }),
      table: fc.integer({ min: 1, max: 8 }).chain((width) =>
        fc.record({
          columns: fc.array(shortText, { minLength: width, maxLength: width }),
          rows: fc.array(fc.array(fc.oneof(shortText, anyText), { minLength: width, maxLength: width }), { maxLength: 40 }),
        }),
      ),
      suggestions: fc.array(shortText, { maxLength: 20 }),
      private: fc.boolean(),
      target: fc.oneof(fc.constant('123456789012345678'), fc.constant('U012ABCDEF'), shortText),
    },
    { requiredKeys: ['kind', 'title', 'body', 'sources', 'private'] },
  )
  .map((r) => r as Reply);

/** A lone surrogate: half of a character, which platforms reject or show as garbage. */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Every string inside a value (object, array), for checks on whole payloads. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}
