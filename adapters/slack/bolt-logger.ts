import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/services.ts';

/**
 * Bolt, its Web API client and Socket Mode log through this: one JSON line each in our log,
 * tagged `platform: slack`. The level is reported as INFO so Socket Mode never turns on its
 * debug dumps of every payload.
 */
export function boltLogger(log: Logger): BoltLogger {
  const at =
    (level: keyof Logger) =>
    (...parts: unknown[]) => {
      const errors = parts.filter((p): p is Error => p instanceof Error);
      const words = parts.filter((p) => !(p instanceof Error)).map(String).join(' ');
      log[level]({ platform: 'slack', ...(errors[0] ? { err: errors[0] } : {}) }, `slack: ${words || errors[0]?.message || ''}`);
    };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}
