import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitBlocks, markdownBlocks } from '../adapters/discord/fit-blocks.ts';
import { clip, fitLines } from '../adapters/discord/discord-limits.ts';
import { toMrkdwn } from '../adapters/slack/mrkdwn.ts';
import { pieceText, splitPieces, splitText } from '../adapters/slack/split-text.ts';
import { clipText } from '../src/clip-text.ts';
import { anyText, LONE_SURROGATE } from './reply-arbitrary.ts';

// Every splitter and clipper makes progress on every input: each piece takes at least one
// character of the input, nothing is lost or repeated, and no piece breaks its limit.

const RUNS = Number(process.env.FC_RUNS ?? 150);
const squash = (s: string) => s.replace(/\s+/g, '');

describe('Slack splitText', () => {
  it('a fence inside an image or link (the endless loop found by fuzzing) splits, keeping every character', () => {
    const md = `![\`\`\`](https://x.org/${'a'.repeat(50)}) [${'long link text '.repeat(300)}](https://x.org/y)`;
    const text = toMrkdwn(md);
    const pieces = splitText(text, 3000);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(3000);
  });

  it('a link at the start of a piece is kept whole when it fits', () => {
    const link = `<https://wiki.almalinux.org/${'p'.repeat(40)}|${'label words '.repeat(20)}>`;
    const pieces = splitText(`${'w '.repeat(1400)}${link} tail`, 3000);
    expect(pieces.some((p) => p.includes(link))).toBe(true);
  });

  it('on any text and limit: progress, every character once, each piece within the limit', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, anyText.map(toMrkdwn)), fc.integer({ min: 16, max: 3000 }), (text, max) => {
        const pieces = splitPieces(text, max);
        expect(pieces.length).toBeLessThanOrEqual(Math.max(1, text.length));
        expect(squash(pieces.map((p) => p.text).join(''))).toBe(squash(text));
        for (const p of pieces) {
          expect(p.text.trim().length).toBeGreaterThan(0);
          expect(pieceText(p).length).toBeLessThanOrEqual(max);
          expect(LONE_SURROGATE.test(p.text)).toBe(false);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('clippers', () => {
  it('clip, clipText and fitLines hold the limit and never split a character', () => {
    fc.assert(
      fc.property(anyText, fc.array(anyText, { maxLength: 10 }), fc.integer({ min: 0, max: 5000 }), (text, lines, max) => {
        for (const out of [clip(text, max), clipText(text, max), fitLines([text, ...lines], max)]) {
          expect(out.length).toBeLessThanOrEqual(max);
          expect(LONE_SURROGATE.test(out)).toBe(false);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('Discord fitBlocks holds any room, even none', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: -100, max: 4096 }), (md, room) => {
        const { text } = fitBlocks(markdownBlocks(md), room, '*…(shortened)*');
        expect(text.length).toBeLessThanOrEqual(Math.max(0, room));
        expect(LONE_SURROGATE.test(text)).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});
