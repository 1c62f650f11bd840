import type { AutocompleteInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import { sliceSafe } from '../../src/clip-text.ts';
import { findCommand } from '../../src/commands/definitions.ts';
import type { Args, ChatRequest } from '../../src/services.ts';
import type { DiscordContext } from './discord-context.ts';
import { clip, LIMITS } from './discord-limits.ts';
import { renderDiscord } from './render-discord.ts';
import { respondInTime } from './respond-in-time.ts';
import { interactionReply } from './send-options.ts';
import { isVote, onVote, voteRow } from './vote-buttons.ts';

export async function onInteraction(ctx: DiscordContext, interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) await completeOption(ctx, interaction);
  else if (interaction.isChatInputCommand()) await runCommand(ctx, interaction);
  else if (interaction.isButton() && isVote(interaction)) await onVote(ctx.kit?.feedback, interaction);
}

async function completeOption(ctx: DiscordContext, i: AutocompleteInteraction): Promise<void> {
  const focused = i.options.getFocused(true);
  const choices = ctx.router.autocomplete(i.commandName, focused.name, String(focused.value));
  await i.respond(choices.slice(0, LIMITS.choices).map((c) => ({ name: clip(c.name, LIMITS.choiceText), value: sliceSafe(c.value, LIMITS.choiceText) })));
}

/** The command's options read by the types the registry gives them (a user option yields the id). */
function commandArgs(i: ChatInputCommandInteraction): Args {
  const args: Args = {};
  for (const o of findCommand(i.commandName)?.options ?? []) {
    const value =
      o.type === 'user' ? i.options.getUser(o.name)?.id : o.type === 'boolean' ? i.options.getBoolean(o.name) : i.options.getString(o.name);
    if (value !== null && value !== undefined) args[o.name] = value;
  }
  return args;
}

async function runCommand(ctx: DiscordContext, i: ChatInputCommandInteraction): Promise<void> {
  const rate = ctx.limiter.check(i.user.id);
  if (rate !== 'ok') {
    // Discord shows "the application did not respond" to a command left unanswered, so while a user
    // is over the limit each command gets the (private) notice rather than silence.
    await i.reply(interactionReply(renderDiscord(ctx.slowDown)));
    return;
  }
  const args = commandArgs(i);
  const request: ChatRequest = { command: i.commandName, args, platform: 'discord', user: { id: i.user.id, name: i.user.username }, channel: i.channelId };
  const answer = Promise.resolve().then(() => ctx.router.handle(request));
  const question = typeof args.question === 'string' ? args.question : undefined;
  await respondInTime(i, answer, {
    deferAfterMs: ctx.deferAfterMs,
    privateLikely: args.private === true || request.command === 'help',
    rows: (reply) => voteRow(ctx.kit?.feedback, reply, question),
  });
}
