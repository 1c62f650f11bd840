import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMrkdwn } from '../adapters/slack/mrkdwn.ts';
import { renderSlack, SLACK_LIMITS } from '../adapters/slack/render-slack.ts';
import { reply, type Reply } from '../src/reply.ts';

// Golden files: test/golden/slack/NAME.md is rendered to NAME.mrkdwn; reply-NAME.json (a Reply)
// to reply-NAME.blocks.json. UPDATE_GOLDEN=1 rewrites the expected files; review the diff.

const dir = join(import.meta.dirname, 'golden', 'slack');
const update = process.env.UPDATE_GOLDEN === '1';

function golden(file: string, actual: string): void {
  const path = join(dir, file);
  if (update) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('Slack mrkdwn golden files', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    it(file, () => golden(file.replace(/\.md$/, '.mrkdwn'), `${toMrkdwn(readFileSync(join(dir, file), 'utf8'))}\n`));
  }
  for (const file of readdirSync(dir).filter((f) => /^reply-.*\.json$/.test(f) && !f.endsWith('.blocks.json'))) {
    it(file, () => {
      const r = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Reply;
      golden(file.replace(/\.json$/, '.blocks.json'), `${JSON.stringify(renderSlack(r), null, 2)}\n`);
    });
  }
});

/** Every mrkdwn text in a message, wherever Block Kit keeps it (plain_text is never parsed by Slack). */
function texts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(texts);
  if (typeof value !== 'object' || value === null) return [];
  const o = value as Record<string, unknown>;
  return [...(o.type === 'mrkdwn' && typeof o.text === 'string' ? [o.text] : []), ...Object.values(o).flatMap(texts)];
}

const slackMarkup = fc.constantFrom('<!channel>', '<!here>', '<!everyone>', '<@U024BE7LH>', '<!subteam^S1|@x>', '&', '<', '>', '|', '[x](!here)', '**', '`', '\n\n', '- ', '# ');
const userText = fc.array(fc.oneof(fc.string(), slackMarkup), { maxLength: 30 }).map((parts) => parts.join(''));

describe('Slack rendering limits and safety', () => {
  it('never writes a mention or broadcast, whatever the markdown holds', () => {
    fc.assert(
      fc.property(userText, userText, (title, body) => {
        const message = renderSlack(reply('answer', title, body, { sources: [{ title, url: `https://x.org/${body}` }], suggestions: [body] }));
        for (const text of [message.text, ...texts(message.blocks)]) expect(text).not.toMatch(/<[!@#]/);
      }),
    );
  });

  it('keeps every section under 3,000 characters and a message under 50 blocks, with a fallback text', () => {
    const paragraph = 'EPEL & CRB <explained> with `code` and [a link](https://wiki.almalinux.org/). '.repeat(30);
    const long = reply('answer', 'T'.repeat(200), Array.from({ length: 120 }, () => paragraph).join('\n\n'), {
      sources: [{ title: 'Wiki', url: 'https://wiki.almalinux.org/' }],
      table: { columns: ['Version', 'Notes'], rows: Array.from({ length: 400 }, (_, i) => [String(i), 'x'.repeat(40)]) },
    });
    const message = renderSlack(long);
    expect(message.blocks.length).toBe(SLACK_LIMITS.messageBlocks);
    expect(message.blocks.at(-1)).toMatchObject({ type: 'context' }); // the sources survive the cut
    expect(JSON.stringify(message.blocks.at(-1))).toContain('<https://wiki.almalinux.org/|Wiki>');
    for (const text of texts(message.blocks)) expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(message.text.length).toBeGreaterThan(0);
    expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    const header = message.blocks[0] as { text: { text: string } };
    expect(header.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
  });

  it('splits long text without breaking entities, links or code fences', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a & b ', '<https://x.org/path|label text> ', '```\ncode <x>\n```\n', 'word ', '\n\n'), { maxLength: 900 }), (parts) => {
        const message = renderSlack(reply('answer', 't', parts.join('')));
        for (const text of texts(message.blocks)) {
          expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
          expect((text.match(/```/g) ?? []).length % 2).toBe(0);
          expect(text).not.toMatch(/&[a-z]*$|<[^>]*$/);
        }
      }),
      { numRuns: 50 },
    );
  });
});
