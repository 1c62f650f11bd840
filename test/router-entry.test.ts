import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDiscord } from '../adapters/discord/render-discord.ts';
import { renderTerminal } from '../adapters/shell/render-terminal.ts';
import { renderSlack } from '../adapters/slack/render-slack.ts';
import { commandDefs } from '../src/commands/definitions.ts';
import type { Reply } from '../src/reply.ts';
import { INPUT_CAPS } from '../src/router.ts';
import { fixtureApp, request } from './helpers.ts';
import { anyText, LONE_SURROGATE, stringsIn } from './reply-arbitrary.ts';

// The router's entry points with names and inputs a caller could send, up to and past the caps:
// always a Reply, never a throw, never half a character, and every platform can render it.

const { router } = fixtureApp();
const RUNS = Number(process.env.FC_RUNS ?? 40);
const KINDS = ['answer', 'unknown', 'links', 'lifecycle', 'help', 'error', 'notice'];
const PROTO_NAMES = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

function expectReply(r: Reply): void {
  expect(KINDS).toContain(r.kind);
  expect(typeof r.title).toBe('string');
  expect(typeof r.body).toBe('string');
  expect(Array.isArray(r.sources)).toBe(true);
  expect(typeof r.private).toBe('boolean');
  for (const s of stringsIn(r)) expect(LONE_SURROGATE.test(s)).toBe(false);
}

/** Text up to just past the input cap, the size where refusing and answering meet. */
const capped = fc.oneof(anyText, fc.integer({ min: INPUT_CAPS.inputChars - 20, max: INPUT_CAPS.inputChars + 20 }).chain((n) => anyText.map((t) => (t || 'crb ').repeat(n).slice(0, n))));

describe('router entry points', () => {
  it('matches only defined commands, never what every object inherits', () => {
    for (const name of PROTO_NAMES) {
      const r = router.handle(request(name));
      expect(r.kind).toBe('help');
      expectReply(r);
    }
  });

  it('handle: any command name and arguments give a Reply', () => {
    const name = fc.oneof(fc.constantFrom(...commandDefs.map((c) => c.name), ...PROTO_NAMES), anyText);
    const args = fc.dictionary(fc.oneof(fc.constantFrom('question', 'topic', 'version', 'command', 'private', 'for', '__proto__'), fc.string()), fc.oneof(capped, fc.boolean()), { maxKeys: 4 });
    fc.assert(
      fc.property(name, args, (command, a) => expectReply(router.handle(request(command, a)))),
      { numRuns: RUNS },
    );
  });

  it('handleText and docLinks: any line up to the caps answers, and renders on every platform', () => {
    fc.assert(
      fc.property(capped, (text) => {
        const r = router.handleText(text, { platform: 'test', user: { id: 'U1' } });
        expectReply(r);
        const links = router.docLinks(text);
        if (links) {
          expectReply(links.reply);
          expect(links.reply.sources.length).toBeLessThanOrEqual(links.topics.length);
        }
        for (const reply of [r, ...(links ? [links.reply] : [])]) {
          renderDiscord(reply);
          renderSlack(reply);
          renderTerminal(reply, false);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('autocomplete: any command, option and partial give at most 25 choices', () => {
    const option = fc.oneof(fc.constantFrom('topic', 'version', 'command', 'question', 'toString'), fc.string());
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...commandDefs.map((c) => c.name), ...PROTO_NAMES), fc.string()), option, capped, (command, opt, partial) => {
        const choices = router.autocomplete(command, opt, partial);
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const c of choices) {
          expect(typeof c.name).toBe('string');
          expect(typeof c.value).toBe('string');
          expect(LONE_SURROGATE.test(c.name)).toBe(false);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
