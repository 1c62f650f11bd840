import type { webApi } from '@slack/bolt';
import type { Reply } from '../../src/reply.ts';
import type { FeedbackDesk } from '../../src/feedback/feedback.ts';
import { renderSlack } from './render-slack.ts';
import { withVotes } from './vote-blocks.ts';
import type { SlackNeeds } from './slack-needs.ts';

// chat.postMessage and chat.postEphemeral; posting into a DM the user opened needs nothing more.
export const postReplyNeeds: SlackNeeds = { scopes: ['chat:write'], events: [] };

export interface Place {
  channel: string;
  /** The asker: the only one who sees a private reply. */
  user: string;
  thread_ts?: string;
  /** A direct message is private already: answers are posted normally there. */
  direct: boolean;
}

/** Posts a reply where it was asked: ephemeral to the asker when private, else for everyone. */
export async function postReply(client: webApi.WebClient, place: Place, r: Reply, votes?: { feedback: FeedbackDesk | undefined; question: string }): Promise<void> {
  const message = votes ? withVotes(votes.feedback, r, renderSlack(r), votes.question) : renderSlack(r);
  const thread = place.thread_ts ? { thread_ts: place.thread_ts } : {};
  if (r.private && !place.direct) {
    await client.chat.postEphemeral({ channel: place.channel, user: place.user, ...thread, ...message });
    return;
  }
  // No unfurls: the doc links are the answer; previews would bury it.
  await client.chat.postMessage({ channel: place.channel, ...thread, ...message, unfurl_links: false, unfurl_media: false });
}
