import { describe, expect, it } from 'vitest';
import { createCooldown, createRateLimiter } from '../src/limits.ts';

// The limiters hold many keys without slowing down, and a full map never frees a user who is
// still over the limit: only keys nobody uses go.

describe('limits with many keys', () => {
  it('a user over the limit stays limited while 200,000 other users arrive in the window', () => {
    let t = 0;
    const r = createRateLimiter(2, 60, () => t, 10_000);
    expect([r.check('flooder'), r.check('flooder'), r.check('flooder')]).toEqual(['ok', 'ok', 'notify']);
    let others = 0;
    for (let i = 0; i < 200_000; i++) {
      if (r.check(`user${i}`) === 'ok') others++;
      if (i % 1000 === 0) {
        t += 1;
        expect(r.check('flooder')).toBe('silent');
      }
    }
    expect(others).toBe(200_000);
    expect(r.size()).toBeLessThanOrEqual(10_000);
    t += 60_000;
    expect(r.check('flooder')).toBe('ok');
  });

  it('a cooldown holds 200,000 channel topics within its bound and still cools the busy one', () => {
    let t = 0;
    const c = createCooldown(300, () => t, 10_000);
    expect(c.take('C1:crb')).toBe(true);
    for (let i = 0; i < 200_000; i++) {
      c.take(`C${i}:epel`);
      if (i % 1000 === 0) expect(c.take('C1:crb')).toBe(false);
    }
    expect(c.size()).toBeLessThanOrEqual(10_000);
    t = 300_000;
    expect(c.take('C1:crb')).toBe(true);
  });

  it('zero means no limit: a 0 s cooldown and a 0 s window never refuse', () => {
    const c = createCooldown(0, () => 0);
    const r = createRateLimiter(1, 0, () => 0);
    expect([c.take('k'), c.take('k')]).toEqual([true, true]);
    expect([r.check('u'), r.check('u')]).toEqual(['ok', 'ok']);
  });
});
