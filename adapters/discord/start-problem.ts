// A failed start as one line naming the platform and the setting to fix, so `npm start` can log it
// and keep the other platforms running.

export class DiscordStartError extends Error {
  override name = 'DiscordStartError';
}

function codeOf(err: unknown): unknown {
  return typeof err === 'object' && err !== null && 'code' in err ? err.code : undefined;
}

function statusOf(err: unknown): unknown {
  return typeof err === 'object' && err !== null && 'status' in err ? err.status : undefined;
}

export function startProblem(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  // discord.js: 401 on GET /gateway/bot becomes TokenInvalid; gateway close 4004 "Authentication failed".
  if (codeOf(err) === 'TokenInvalid' || statusOf(err) === 401 || /Authentication failed/i.test(message)) {
    return 'Discord: DISCORD_TOKEN was rejected by Discord (401 Unauthorized); copy the bot token again from the Bot page of your application in the Developer Portal';
  }
  if (/disallowed intents/i.test(message)) {
    return 'Discord: the Message Content intent is not enabled for this bot; enable it under Bot → Privileged Gateway Intents in the Developer Portal, or set DISCORD_READ_MESSAGES=false';
  }
  return `Discord: could not connect (${message}); check DISCORD_TOKEN, DISCORD_API_URL and the network`;
}
