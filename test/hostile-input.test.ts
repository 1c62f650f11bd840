import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDiscord } from '../adapters/discord/render-discord.ts';
import { renderTerminal } from '../adapters/shell/render-terminal.ts';
import { renderSlack } from '../adapters/slack/render-slack.ts';
import type { Reply } from '../src/reply.ts';
import { MAX_INPUT_CHARS } from '../src/router.ts';
import { fixtureApp } from './helpers.ts';

// Whatever a public channel throws at the bot, the router answers and never throws, and no
// platform's rendering of that answer can ping anyone or break the platform's limits.

const { router } = fixtureApp();

const nasty = fc.constantFrom(
  '@everyone', '@here', '<@&123456789012345678>', '<@123456789012345678>', '<!channel>', '<!here>', '<!everyone>',
  '<@U012ABCDEF>', '<!subteam^S0123>', '[[', ']]', '[[crb]]', '```', '`', '**', '_', '\u0000', '\u202e', '\u200b', '\n',
  'Z̷̢̛a̶̡l̵g̸o̷', '🐧', '<', '>', '&', '/docs ', 'lifecycle ', 'help ', 'crb', 'epel', '9.4', '.el9_4', 'https://x.org/',
);
const hostile = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(fc.oneof(nasty, fc.string({ maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join(' ')),
);

function replies(text: string): Reply[] {
  const links = router.docLinks(text);
  return [router.handleText(text, { platform: 'test', user: { id: 'U1' } }), ...(links ? [links.reply] : [])];
}

const MASS_SLACK = /<!(?:channel|here|everyone)|<!subteam|<@[A-Z0-9]+>|<#/;

describe('hostile input', () => {
  it('the router always answers and never throws', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        for (const r of replies(text)) {
          expect(typeof r.title).toBe('string');
          expect(typeof r.body).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses over-long questions with the limit', () => {
    const r = router.handleText('a '.repeat(50_000), { platform: 'test' });
    expect(r.kind).toBe('error');
    expect(r.body).toContain(String(MAX_INPUT_CHARS));
  });

  it('no rendering pings anyone or breaks a limit', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        for (const r of replies(text)) {
          const discord = renderDiscord(r);
          expect(discord.allowed_mentions.parse ?? []).toEqual([]);
          expect(discord.allowed_mentions.roles ?? []).toEqual([]);
          expect(discord.allowed_mentions.users ?? []).toEqual([]);
          expect((discord.content ?? '').length).toBeLessThanOrEqual(2000);
          expect(JSON.stringify(discord.embeds).length).toBeLessThan(6000 + 2000);

          const slack = renderSlack(r);
          expect(slack.blocks.length).toBeLessThanOrEqual(50);
          expect(slack.text).not.toMatch(MASS_SLACK);
          expect(JSON.stringify(slack.blocks)).not.toMatch(MASS_SLACK);

          expect(() => renderTerminal(r, true)).not.toThrow();
        }
      }),
      { numRuns: 200 },
    );
  });
});
