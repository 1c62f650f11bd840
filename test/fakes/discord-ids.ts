// Snowflakes as Discord makes them (ms since 2015 shifted left 22 bits), so discord.js can read
// creation times from them; a counter keeps them unique and increasing.
const EPOCH = 1420070400000n;
let counter = 0n;

export function snowflake(): string {
  counter = (counter + 1n) % 4096n;
  return String(((BigInt(Date.now()) - EPOCH) << 22n) | counter);
}

export const BOT = { id: '1100000000000000001', username: 'almabot', discriminator: '0', global_name: 'AlmaBot', avatar: null, bot: true };
export const APP_ID = '1100000000000000002';
export const GUILD_ID = '1100000000000000003';
export const CHANNEL_ID = '1100000000000000004';
export const TOKEN = 'fake-bot-token';

export function user(id: string, username: string, extra: object = {}) {
  return { id, username, discriminator: '0', global_name: username, avatar: null, ...extra };
}
