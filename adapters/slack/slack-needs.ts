/**
 * What a listener needs from Slack: OAuth bot scopes and Events API subscriptions. Each listener
 * file declares its own next to its code, and the app manifest is built from these, so the
 * manifest asks for exactly what the code uses.
 */
export interface SlackNeeds {
  scopes: readonly string[];
  events: readonly string[];
}
