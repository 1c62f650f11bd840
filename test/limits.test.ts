import { describe, expect, it } from 'vitest';
import { createCooldown, createRateLimiter } from '../src/limits.ts';

describe('createCooldown', () => {
  it('refuses a key inside the cooldown and allows it after', () => {
    let t = 0;
    const c = createCooldown(60, () => t);
    expect(c.take('chan:crb')).toBe(true);
    t = 59_999;
    expect(c.take('chan:crb')).toBe(false);
    expect(c.take('chan:epel')).toBe(true);
    t = 60_000;
    expect(c.take('chan:crb')).toBe(true);
  });

  it('stays bounded', () => {
    let t = 0;
    const c = createCooldown(1000, () => t, 100);
    for (let i = 0; i < 1000; i++) {
      t += 1;
      c.take(`k${i}`);
    }
    expect(c.size()).toBeLessThanOrEqual(101);
  });
});

describe('createRateLimiter', () => {
  it('allows the limit, notifies once, then stays silent until the window ends', () => {
    let t = 0;
    const r = createRateLimiter(2, 10, () => t);
    expect([r.check('u'), r.check('u'), r.check('u'), r.check('u')]).toEqual(['ok', 'ok', 'notify', 'silent']);
    expect(r.check('other')).toBe('ok');
    t = 10_000;
    expect(r.check('u')).toBe('ok');
  });

  it('stays bounded', () => {
    let t = 0;
    const r = createRateLimiter(1, 1, () => t, 50);
    for (let i = 0; i < 500; i++) {
      t += 10;
      r.check(`u${i}`);
    }
    expect(r.size()).toBeLessThanOrEqual(51);
  });
});
