import { sliceSafe } from '../../src/clip-text.ts';
import { MAX_INPUT_CHARS } from '../../src/router.ts';

// Slack delivers message text in its own markup: mentions as `<@U123>`, broadcasts as
// `<!here>`, links as `<url|label>`, and `& < >` as entities. The router wants the words the
// user typed, so they are unwrapped here; the renderer escapes again on the way out.

/** `<@BOT>` mentions of the bot itself are dropped; they address the bot, they are not the question. */
function dropMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text;
  return text.replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g'), ' ');
}

function unwrap(inner: string): string {
  const [target = '', label] = inner.split('|', 2);
  if (target.startsWith('@') || target.startsWith('#')) return label ? `${target[0]}${label.replace(/^[@#]/, '')}` : target;
  if (target.startsWith('!')) {
    // <!here>, <!subteam^S1|@team>, <!date^…|fallback>: the readable part, never markup.
    return label ? label : `@${target.slice(1).split('^')[0]}`;
  }
  return label ?? target;
}

/**
 * Raw Slack text read at most: markup (`<url|label>`, entities) can triple a question's length,
 * and whatever is still over the router's cap after unwrapping gets its "too long" reply.
 */
const MAX_SLACK_TEXT = 3 * MAX_INPUT_CHARS;

/** Slack message or command text → plain words, without the bot's own mention. */
export function plainFromSlack(text: string, botUserId?: string): string {
  return dropMention(sliceSafe(text, MAX_SLACK_TEXT), botUserId)
    .replace(/<([^<>]*)>/g, (_, inner: string) => unwrap(inner))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the text mentions this bot user (then Slack also sends an app_mention event). */
export function mentionsBot(text: string, botUserId: string | undefined): boolean {
  return Boolean(botUserId) && text.includes(`<@${botUserId}`);
}
