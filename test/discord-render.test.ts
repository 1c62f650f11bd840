import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../adapters/discord/discord-limits.ts';
import { mentionedQuestion } from '../adapters/discord/messages.ts';
import { renderDiscord, type DiscordMessage } from '../adapters/discord/render-discord.ts';
import { reply, type Reply } from '../src/reply.ts';
import { fixtureApp, request } from './helpers.ts';

// Golden files: test/golden/discord/<case>.md holds a body, <case>.discord.txt what Discord gets,
// as readable text. After a deliberate change: UPDATE_GOLDEN=1 npx vitest run test/discord-render

const dir = join(import.meta.dirname, 'golden', 'discord');
const md = (name: string) => readFileSync(join(dir, `${name}.md`), 'utf8');
const { router } = fixtureApp();

const CRB = { title: 'PowerTools and CRB', url: 'https://wiki.almalinux.org/repos/AlmaLinux.html' };
const EPEL = { title: 'EPEL', url: 'https://wiki.almalinux.org/repos/Extras.html#epel' };
const ELEVATE = { title: 'Upgrading with ELevate', url: 'https://wiki.almalinux.org/elevate/ELevate-quickstart-guide.html' };
const ALICE = '1200000000000000001';

const cases: Record<string, () => Reply> = {
  headings: () => reply('answer', 'Enabling CRB', md('headings'), { sources: [CRB] }),
  lists: () => reply('answer', 'Before upgrading', md('lists'), { sources: [ELEVATE] }),
  code: () => reply('answer', 'PowerTools and CRB: AlmaLinux 9 and 10', md('code'), { sources: [CRB, EPEL], suggestions: ['EPEL', 'What AlmaLinux is'] }),
  links: () => reply('answer', 'Where to read more', md('links'), {}),
  tables: () =>
    reply('lifecycle', 'AlmaLinux lifecycle', md('tables'), {
      table: { columns: ['Version', 'Codename', 'End of life'], rows: [['9.4', 'Seafoam Ocelot', '2024-11-12'], ['9.5', 'Teal Serval', '2025-05-20']] },
      fields: [{ name: 'Today', value: '2026-11-28' }],
    }),
  'table-wide': () =>
    reply('lifecycle', 'AlmaLinux lifecycle', 'Each minor version reaches end of life when the next one is released.', {
      table: {
        columns: ['Version', 'Released', 'Active support until', 'Security support until', 'Today'],
        rows: [
          ['AlmaLinux 8', '2021-03-30', '2024-05-31', '2029-05-31', 'security support only, 2 years 6 months left'],
          ['AlmaLinux 9', '2022-05-26', '2027-05-31', '2032-05-31', '**active support**, 6 months left'],
        ],
      },
    }),
  long: () => reply('answer', 'Upgrading with ELevate', md('long'), { sources: [ELEVATE], suggestions: ['Backups'] }),
  'links-one': () => reply('links', CRB.title, '', { sources: [CRB] }),
  'links-many-for': () => reply('links', 'Documentation', '', { sources: [CRB, EPEL, ELEVATE], target: ALICE }),
  'answer-for': () => ({ ...router.handle(request('ask', { question: 'what is epel' })), target: ALICE }),
  help: () => router.handle(request('help')),
  'unknown-topic-echo': () => router.handle(request('docs', { topic: '@everyone <@&123456789012345678> **x**' })),
};

/** A rendered message as readable text for a golden file. */
function dump(m: DiscordMessage): string {
  const out = [`flags: ${m.flags} (ephemeral ${m.flags & 64 ? 'yes' : 'no'}, embeds suppressed ${m.flags & 4 ? 'yes' : 'no'})`, `allowed_mentions: ${JSON.stringify(m.allowed_mentions)}`];
  if (m.content !== undefined) out.push(`--- content (${m.content.length} chars)`, m.content);
  for (const e of m.embeds) {
    out.push(`--- embed title: ${e.title ?? ''}`, `url: ${e.url ?? ''}`, `color: #${(e.color ?? 0).toString(16).padStart(6, '0')}`);
    if (e.description !== undefined) out.push(`--- description (${e.description.length} chars)`, e.description);
    for (const f of e.fields ?? []) out.push(`--- field: ${f.name}`, f.value);
    if (e.footer) out.push(`--- footer`, e.footer.text);
  }
  return `${out.join('\n')}\n`;
}

describe('Discord renderer golden files', () => {
  for (const [name, build] of Object.entries(cases)) {
    it(name, () => {
      const file = join(dir, `${name}.discord.txt`);
      const actual = dump(renderDiscord(build()));
      if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
      expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }
});

/** Embed characters Discord counts towards its 6,000 total. */
function embedChars(m: DiscordMessage): number {
  return m.embeds.reduce((n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((k, f) => k + f.name.length + f.value.length, 0), 0);
}

const word = fc.stringMatching(/^[a-z]{1,12}$/);
const paragraph = fc.array(word, { minLength: 1, maxLength: 400 }).map((w) => w.join(' '));
const code = fc.array(fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' ')), { minLength: 1, maxLength: 80 }).map((lines) => `\`\`\`bash\n${lines.join('\n')}\n\`\`\``);
const list = fc.array(paragraph.map((p) => p.slice(0, 300)), { minLength: 1, maxLength: 30 }).map((items) => items.map((i) => `- ${i}`).join('\n'));
const body = fc.array(fc.oneof(paragraph, code, list), { minLength: 1, maxLength: 20 }).map((blocks) => blocks.join('\n\n'));
const field = fc.record({ name: paragraph.map((p) => p.slice(0, 300)), value: paragraph });

describe('Discord limits', () => {
  it('keeps every reply within Discord limits, cutting only between blocks, never inside code', () => {
    fc.assert(
      fc.property(body, fc.array(field, { maxLength: 40 }), fc.array(word, { maxLength: 30 }), (text, fields, suggestions) => {
        const m = renderDiscord(reply('answer', 'T'.repeat(300), text, { sources: [CRB], fields, suggestions }));
        const e = m.embeds[0]!;
        expect(e.title!.length).toBeLessThanOrEqual(LIMITS.embedTitle);
        expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
        expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
        for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
        expect(embedChars(m)).toBeLessThanOrEqual(LIMITS.embedTotal);
        expect((e.description ?? '').split('```').length % 2).toBe(1); // fences balanced
        if (e.description?.endsWith(`(${CRB.url}).*`)) expect(e.description).toContain('…more in');
        expect(m.allowed_mentions).toEqual({ parse: [], users: [] });
      }),
      { numRuns: 150 },
    );
  });

  it('marks a cut answer with a link to the full document', () => {
    const m = renderDiscord(cases.long!());
    expect(m.embeds[0]!.description).toMatch(/\n\n\*…more in \[Upgrading with ELevate\]\(https:\/\/wiki\.almalinux\.org\/elevate\/ELevate-quickstart-guide\.html\)\.\*$/);
  });

  it('keeps link-reply content within 2,000 characters', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ title: `Topic ${i} ${'x'.repeat(40)}`, url: `https://wiki.almalinux.org/${i}` }));
    const m = renderDiscord(reply('links', 'Documentation', '', { sources: many }));
    expect(m.content!.length).toBeLessThanOrEqual(LIMITS.content);
  });
});

describe('mentions', () => {
  it('takes the question after the bot mention, in both mention forms', () => {
    expect(mentionedQuestion('<@42> how do I enable crb', '42')).toBe('how do I enable crb');
    expect(mentionedQuestion('hey <@!42>   lifecycle 9', '42')).toBe('hey lifecycle 9');
    expect(mentionedQuestion('<@43> not me', '42')).toBeNull();
  });
});

describe('an answer whose first block alone is too long', () => {
  it('cuts a long paragraph at a sentence end and drops an oversized code block, keeping the link', () => {
    const prose = renderDiscord(reply('answer', 'T', 'One sentence here. '.repeat(400), { sources: [CRB] })).embeds[0]!.description!;
    expect(prose.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(prose).toMatch(/here\.\n\n\*…more in \[PowerTools and CRB\]/);
    const code = renderDiscord(reply('answer', 'T', `\`\`\`\n${'x'.repeat(5000)}\n\`\`\``, { sources: [CRB] })).embeds[0]!.description!;
    expect(code).toBe(`*…more in [PowerTools and CRB](${CRB.url}).*`);
  });
});
