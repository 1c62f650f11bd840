import { ButtonStyle, ComponentType, MessageFlags, type APIActionRowComponent, type APIButtonComponent, type ButtonInteraction } from 'discord.js';
import { VOTE_ACK, type FeedbackDesk } from '../../src/feedback/feedback.ts';
import type { Reply } from '../../src/reply.ts';

// 👍/👎 under answers as message buttons; a click is acknowledged privately (ephemeral).

export type VoteRow = APIActionRowComponent<APIButtonComponent>;

/** The button row for a public answer, or none (private replies, help, links, or feedback off). */
export function voteRow(feedback: FeedbackDesk | undefined, reply: Reply, question?: string): VoteRow[] {
  if (!feedback || reply.private) return [];
  const ids = feedback.buttons(reply, question);
  if (!ids) return [];
  const button = (custom_id: string, emoji: string, label: string): APIButtonComponent => ({ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id, emoji: { name: emoji }, label });
  return [{ type: ComponentType.ActionRow, components: [button(ids.up, '👍', 'Helpful'), button(ids.down, '👎', 'Not helpful')] }];
}

export const isVote = (i: ButtonInteraction) => i.customId.startsWith('vote:');

export async function onVote(feedback: FeedbackDesk | undefined, i: ButtonInteraction): Promise<void> {
  const outcome = feedback ? feedback.vote(i.customId, { voter: i.user.id, answer: i.message.id, platform: 'discord' }) : 'invalid';
  await i.reply({ content: VOTE_ACK[outcome], flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
}
