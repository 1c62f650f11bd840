import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../adapters/discord/discord-limits.ts';
import { renderDiscord } from '../adapters/discord/render-discord.ts';
import { renderTerminal } from '../adapters/shell/render-terminal.ts';
import { renderSlack, SLACK_LIMITS } from '../adapters/slack/render-slack.ts';
import type { Reply } from '../src/reply.ts';
import { anyReply, LONE_SURROGATE, stringsIn } from './reply-arbitrary.ts';

// Every renderer holds every platform limit for ANY Reply, not only the ones today's notes make:
// no throw, no lone surrogate, no mention beyond the one target a command named. The splitters
// inside them carry a progress guard (a loop that stops advancing throws), so a hang shows here
// as a failure, not a stuck run.

// FC_RUNS=2000 for a deeper search; the default keeps `npm test` quick.
const RUNS = Number(process.env.FC_RUNS ?? 50);

function noLoneSurrogate(payload: unknown): void {
  for (const s of stringsIn(payload)) expect(LONE_SURROGATE.test(s), JSON.stringify(s.slice(0, 80))).toBe(false);
}

const filled = (s: string | undefined) => s === undefined || s.trim().length > 0;

describe('Discord renders any Reply within its limits', () => {
  it('content, embed parts and the 6,000 total; no blank names; pings only the target', () => {
    fc.assert(
      fc.property(anyReply, fc.option(fc.boolean(), { nil: undefined }), (r: Reply, repliedUser) => {
        const m = renderDiscord(r, repliedUser === undefined ? {} : { repliedUser });
        expect((m.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
        expect(Boolean(m.content?.trim()) || m.embeds.length > 0).toBe(true);
        expect(m.embeds.length).toBeLessThanOrEqual(10);
        for (const e of m.embeds) {
          expect((e.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
          expect(filled(e.title)).toBe(true);
          expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
          expect(filled(e.description)).toBe(true);
          expect(Boolean(e.title || e.description || e.fields?.length)).toBe(true);
          expect((e.fields ?? []).length).toBeLessThanOrEqual(LIMITS.embedFields);
          for (const f of e.fields ?? []) {
            expect(f.name.length).toBeGreaterThan(0);
            expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
            expect(f.value.length).toBeGreaterThan(0);
            expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
          }
          expect(filled(e.footer?.text)).toBe(true);
          expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(LIMITS.footerText);
          const total = (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
          expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
          if (e.url) expect(e.url).toMatch(/^https?:\/\/\S+$/);
        }
        expect(m.allowed_mentions.parse).toEqual([]);
        expect(m.allowed_mentions.roles ?? []).toEqual([]);
        const allowed = r.target && /^\d{17,20}$/.test(r.target) ? [r.target] : [];
        expect(m.allowed_mentions.users ?? []).toEqual(allowed);
        if (repliedUser !== undefined) expect(m.allowed_mentions.replied_user).toBe(repliedUser);
        noLoneSurrogate(m);
      }),
      { numRuns: RUNS },
    );
  });
});

// Slack turns these into pings or links: only the `<@U…>` of a named target may appear.
const SLACK_PING = /<!(?:channel|here|everyone)|<!subteam|<@[A-Z0-9]+(?:\|[^>]*)?>|<#/g;

function mrkdwnTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(mrkdwnTexts);
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  if (o.type === 'mrkdwn' && typeof o.text === 'string') return [o.text];
  return Object.values(o).flatMap(mrkdwnTexts);
}

describe('Slack renders any Reply within Block Kit limits', () => {
  for (const maxBlocks of [SLACK_LIMITS.messageBlocks, SLACK_LIMITS.homeBlocks]) {
    it(`blocks (at most ${maxBlocks}), headers, sections, fields, context, fallback text; no ping`, () => {
      fc.assert(
        fc.property(anyReply, (r: Reply) => {
          const m = renderSlack(r, maxBlocks);
          expect(m.blocks.length).toBeGreaterThan(0);
          expect(m.blocks.length).toBeLessThanOrEqual(maxBlocks);
          expect(m.text.trim().length).toBeGreaterThan(0);
          expect(m.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
          for (const b of m.blocks as any[]) {
            if (b.type === 'header') {
              expect(b.text.text.trim().length).toBeGreaterThan(0);
              expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
            }
            if (b.type === 'section' && b.text) {
              expect(b.text.text.trim().length).toBeGreaterThan(0);
              expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
            }
            if (b.type === 'section' && b.fields) {
              expect(b.fields.length).toBeLessThanOrEqual(SLACK_LIMITS.fieldsPerSection);
              for (const f of b.fields) expect(f.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fieldText);
            }
            if (b.type === 'context') for (const e of b.elements) expect(e.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
          }
          // plain_text (headers) is never parsed for mentions; mrkdwn texts and the fallback are.
          const target = r.target && /^[UW][A-Z0-9]{2,}$/.test(r.target) ? `<@${r.target}>` : undefined;
          for (const s of [m.text, ...mrkdwnTexts(m.blocks)]) expect(s.split(target ?? '\u0000').join('').match(SLACK_PING)).toBeNull();
          noLoneSurrogate(m);
        }),
        { numRuns: RUNS },
      );
    });
  }
});

describe('the terminal renders any Reply', () => {
  it('without throwing, without lone surrogates, and without control characters from the text', () => {
    fc.assert(
      fc.property(anyReply, fc.boolean(), (r: Reply, color) => {
        const out = renderTerminal(r, color);
        expect(typeof out).toBe('string');
        expect(LONE_SURROGATE.test(out)).toBe(false);
        // Colour is our own SGR codes only (ESC [ digits m); nothing else from the text.
        expect(out.replace(/\x1b\[\d+m/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('markdown nested deeper than the parser can recurse', () => {
  const deep = ['> '.repeat(3000) + 'x', '- '.repeat(3000) + 'x', '1. > '.repeat(1500) + 'x'];
  it('still renders on every platform, keeping the words', () => {
    for (const body of deep) {
      const r: Reply = { kind: 'answer', title: 'Deep', body, sources: [], fields: [{ name: 'f', value: body }], private: false };
      expect(renderDiscord(r).embeds[0]!.description).toContain('x');
      expect(JSON.stringify(renderSlack(r).blocks)).toContain('x');
      expect(renderTerminal(r, false)).toContain('x');
    }
  });
});
