// Start-up failures become one sentence naming Slack and the setting to fix, so the caller can
// print it and keep other platforms running.

export class SlackStartError extends Error {
  override name = 'SlackStartError';
}

/** Checking the bot token (auth.test), connecting in Socket Mode (app token), listening for HTTP. */
export type StartStep = 'bot token' | 'socket' | 'listen';

interface MaybeSlackError {
  code?: unknown;
  data?: { error?: unknown };
  original?: { message?: unknown; code?: unknown };
  statusCode?: unknown;
  message?: unknown;
}

const FIX: Record<'bot token' | 'app token', string> = {
  'bot token': 'SLACK_BOT_TOKEN was rejected by Slack ({why}). Use the Bot User OAuth Token (xoxb-…) from your app\'s "OAuth & Permissions" page, and reinstall the app to the workspace if it was revoked.',
  'app token': 'SLACK_APP_TOKEN was rejected by Slack ({why}). Use an app-level token (xapp-…) with the connections:write scope from "Basic Information → App-Level Tokens", and turn Socket Mode on.',
};

function networkDetail(e: MaybeSlackError): string {
  return String(e.original?.code ?? e.original?.message ?? e.message ?? 'no answer');
}

/** One clear sentence for a failure at `step`; `apiUrl` is where the Web API was called. */
export function explainStartError(err: unknown, step: StartStep, where: { apiUrl: string; host: string; port: number }): SlackStartError {
  const e = (typeof err === 'object' && err !== null ? err : { message: String(err) }) as MaybeSlackError;
  let sentence: string;
  if (step !== 'listen' && e.code === 'slack_webapi_platform_error') {
    sentence = FIX[step === 'socket' ? 'app token' : 'bot token'].replace('{why}', String(e.data?.error ?? 'rejected'));
  } else if (e.code === 'slack_webapi_request_error') {
    sentence = `cannot reach the Slack Web API at ${where.apiUrl} (${networkDetail(e)}). Check the network, or SLACK_API_URL.`;
  } else if (e.code === 'slack_webapi_http_error') {
    sentence = `the Slack Web API at ${where.apiUrl} answered HTTP ${String(e.statusCode)}. Check SLACK_API_URL.`;
  } else if (step === 'listen') {
    sentence = `cannot listen for Slack requests on ${where.host}:${where.port} (${String((err as NodeJS.ErrnoException).code ?? e.message)}). Check SLACK_PORT and SLACK_HOST.`;
  } else {
    sentence = `${step === 'socket' ? 'the Socket Mode connection failed' : 'checking SLACK_BOT_TOKEN failed'} (${String(e.message ?? err)}).`;
  }
  return new SlackStartError(`Slack: ${sentence}`, { cause: err });
}
