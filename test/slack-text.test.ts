import { describe, expect, it } from 'vitest';
import { writtenByPerson, type SlackMessageEvent } from '../adapters/slack/event-guards.ts';
import { mentionsBot, plainFromSlack } from '../adapters/slack/slack-text.ts';
import { takeFlags, textFlags } from '../src/text-flags.ts';
import { commandDefs } from '../src/commands/definitions.ts';

describe('Slack text in', () => {
  it('unwraps Slack markup into the words the user typed, without the bot mention', () => {
    expect(plainFromSlack('<@UBOT> is <https://x.org|this> &lt;ok&gt; &amp;&amp; <#C1|general> for <@U2|alice>?', 'UBOT')).toBe('is this <ok> && #general for @alice?');
    expect(plainFromSlack('<!here> <!subteam^S1|@admins> <https://y.org> <@U3>')).toBe('@here @admins https://y.org @U3');
    expect(mentionsBot('hi <@UBOT>', 'UBOT')).toBe(true);
    expect(mentionsBot('hi <@UOTHER>', 'UBOT')).toBe(false);
  });

  it('takes the registry’s boolean options as --flags', () => {
    const booleans = commandDefs.flatMap((c) => c.options.filter((o) => o.type === 'boolean').map((o) => `--${o.name}`));
    expect(textFlags).toEqual([...new Set(booleans)]);
    expect(takeFlags('lifecycle 9 --PRIVATE')).toEqual({ text: 'lifecycle 9', flags: new Set(['private']) });
    expect(takeFlags('why --privateer')).toEqual({ text: 'why --privateer', flags: new Set() });
  });

  it('answers people only: not bots, not itself, not edits or housekeeping', () => {
    const m = (over: Partial<SlackMessageEvent>): SlackMessageEvent => ({ type: 'message', channel: 'C1', ts: '1.1', user: 'U1', text: 'x', ...over });
    expect(writtenByPerson(m({}), 'UBOT')).toBe(true);
    expect(writtenByPerson(m({ subtype: 'thread_broadcast' }), 'UBOT')).toBe(true);
    for (const over of [{ bot_id: 'B1' }, { user: 'UBOT' }, { subtype: 'message_changed' }, { subtype: 'message_deleted' }, { subtype: 'channel_join' }, { edited: { ts: '2' } }]) {
      expect(writtenByPerson(m(over), 'UBOT')).toBe(false);
    }
  });
});
