import { describe, expect, it } from 'vitest';
import { createLinkScanLimiter, LINK_SCAN_LIMIT } from '../src/limits.ts';
import { INPUT_CAPS } from '../src/router.ts';
import { fixtureApp } from './helpers.ts';

// One message must never cost unbounded work: link scanning reads a bounded prefix and looks up
// a bounded number of targets, autocomplete reads a bounded partial, and each channel gets a
// bounded number of scans per window.

const { router, services } = fixtureApp();

function countingSearches() {
  let searches = 0;
  const search = services.engine.search.bind(services.engine);
  services.engine.search = (q: string) => {
    searches++;
    return search(q);
  };
  return () => searches;
}

describe('input caps', () => {
  it('a message of 700,000 [[links]] is scanned only up to its cap, with a bounded number of lookups', () => {
    const searches = countingSearches();
    const big = Array.from({ length: 700_000 }, (_, i) => `[[qqzx${i}]]`).join(' ');
    expect(router.docLinks(big)).toBeNull();
    expect(searches()).toBeGreaterThan(0);
    expect(searches()).toBeLessThanOrEqual(INPUT_CAPS.linkTargets);
  });

  it('still finds the links a chat-sized message holds', () => {
    const found = router.docLinks(`${'[[qqzx]] '.repeat(20)} see [[epel]]`);
    expect(found?.topics).toEqual(['epel']);
    expect(router.docLinks(`${'x'.repeat(INPUT_CAPS.linkScanChars)} [[epel]]`)).toBeNull();
  });

  it('autocomplete reads only the start of a 100,000-character partial', () => {
    const long = router.autocomplete('docs', 'topic', 'epel'.repeat(25_000));
    expect(Array.isArray(long)).toBe(true);
    expect(router.autocomplete('docs', 'topic', `epel${' '.repeat(100_000)}`)).toEqual(router.autocomplete('docs', 'topic', 'epel'));
  });

  it('a 5 MB line to the text entry gets the "too long" reply', () => {
    const r = router.handleText('[[w]] '.repeat(900_000), { platform: 'test' });
    expect(r.kind).toBe('error');
    expect(r.body).toContain(String(INPUT_CAPS.inputChars));
  });

  it('each channel gets a bounded number of link scans per window', () => {
    let t = 1000;
    const scans = createLinkScanLimiter(() => t);
    const decisions = Array.from({ length: LINK_SCAN_LIMIT.scans + 5 }, () => scans.check('C1'));
    expect(decisions.filter((d) => d === 'ok')).toHaveLength(LINK_SCAN_LIMIT.scans);
    expect(scans.check('C2')).toBe('ok');
    t += LINK_SCAN_LIMIT.windowSeconds * 1000;
    expect(scans.check('C1')).toBe('ok');
  });
});
