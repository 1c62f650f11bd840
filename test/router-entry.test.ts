import { describe, expect, it } from 'vitest';
import { fixtureApp, request } from './helpers.ts';

// The router's entry points with names and inputs a caller could send but no command defines.

const { router } = fixtureApp();

describe('router entry points', () => {
  it('matches only defined commands, never what every object inherits', () => {
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', '__defineGetter__']) {
      const r = router.handle(request(name));
      expect(r.kind).toBe('help');
      expect(typeof r.title).toBe('string');
      expect(typeof r.body).toBe('string');
      expect(Array.isArray(r.sources)).toBe(true);
    }
  });
});
