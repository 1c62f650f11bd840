import { sliceSafe } from './clip-text.ts';
import { runAsk } from './commands/ask.ts';
import { commandDefs, findCommand, type Completion } from './commands/definitions.ts';
import { docLinksIn, runDocs, topicChoices } from './commands/docs.ts';
import { echo } from './commands/echo.ts';
import { runHelp } from './commands/help.ts';
import { packageChoices, runAdvisory, runPackage, runProvides } from './packages/replies.ts';
import { reply, type Reply } from './reply.ts';
import type { Args, ChatRequest, Choice, Services } from './services.ts';
import { parseText } from './text-command.ts';

/** Every input is cut or refused at these sizes before any work is done on it. */
export const INPUT_CAPS = {
  /** A question or command argument: longer gets a "too long" reply at once (a paste of a whole log helps no search). */
  inputChars: 4000,
  /** Characters of an ordinary message scanned for `[[topic]]`: the links people write sit in a chat-sized message. */
  linkScanChars: 4000,
  /** `[[…]]` targets looked up per message (each is a search); at most three links are posted anyway. */
  linkTargets: 10,
  /** An autocomplete partial: Discord shows choices of 100 characters, so a longer partial matches nothing more. */
  partialChars: 100,
} as const;

export const MAX_INPUT_CHARS = INPUT_CAPS.inputChars;

type Handler = (args: Args, services: Services, request: ChatRequest) => Reply;

const handlers: Record<string, Handler> = {
  ask: runAsk,
  docs: runDocs,
  help: runHelp,
  package: runPackage,
  provides: runProvides,
  advisory: runAdvisory,
  lifecycle: (args, services) => services.lifecycle.reply(args.version === undefined ? undefined : String(args.version), services.now()),
};

export interface Router {
  handle(request: ChatRequest): Reply;
  /** A line of text: a command in text form or a question. */
  handleText(text: string, request: Omit<ChatRequest, 'command' | 'args'>): Reply;
  /** Doc links for `[[topic]]` in an ordinary message, or null when there are none. */
  docLinks(text: string): { reply: Reply; topics: string[] } | null;
  autocomplete(command: string, option: string, partial: string): Choice[];
}

/** Only the table's own entries: `toString`, `constructor` or `__proto__` are no command. */
function handlerFor(command: string): Handler | undefined {
  return Object.hasOwn(handlers, command) ? handlers[command] : undefined;
}

function tooLong(args: Args): string | undefined {
  return Object.values(args).find((v): v is string => typeof v === 'string' && v.length > MAX_INPUT_CHARS);
}

/** Settings any command may take: private answers and pointing the answer at a user. */
function applyCommonArgs(result: Reply, args: Args): Reply {
  const out = { ...result };
  if (args.private === true) out.private = true;
  if (typeof args.for === 'string' && args.for && out.kind !== 'error' && out.kind !== 'help') out.target = args.for;
  return out;
}

export function createRouter(services: Services): Router {
  /** One log line per request: what and how fast, never the user's text or id. */
  function handle(request: ChatRequest): Reply {
    const started = performance.now();
    const result = dispatch(request);
    services.log.info(
      { platform: request.platform, command: request.command, kind: result.kind, answered: result.kind === 'answer' || result.kind === 'lifecycle' || result.kind === 'links', ms: Math.round((performance.now() - started) * 100) / 100 },
      'request',
    );
    return result;
  }

  function dispatch(request: ChatRequest): Reply {
    const handler = handlerFor(request.command);
    if (!handler) return runHelp({ command: request.command });
    if (tooLong(request.args) !== undefined) {
      return reply('error', 'Too long', `Please keep it under ${MAX_INPUT_CHARS} characters: paste just the error lines that matter.`);
    }
    try {
      return applyCommonArgs(handler(request.args, services, request), request.args);
    } catch (err) {
      services.log.error({ err, command: request.command, platform: request.platform }, 'command failed');
      return reply('error', 'Sorry', 'Something went wrong on my side while answering. Please try again; if it keeps happening, tell the bot maintainers.');
    }
  }

  function handleText(text: string, base: Omit<ChatRequest, 'command' | 'args'>): Reply {
    if (text.length > MAX_INPUT_CHARS) return handle({ ...base, command: 'ask', args: { question: text } });
    const parsed = parseText(text);
    if ('unknownCommand' in parsed) {
      const help = runHelp({});
      return { ...help, title: 'Unknown command', body: `There is no command ${echo(parsed.unknownCommand)}.\n\n${help.body}` };
    }
    return handle({ ...base, ...parsed });
  }

  function autocomplete(command: string, option: string, whole: string): Choice[] {
    const partial = sliceSafe(whole, INPUT_CAPS.partialChars);
    const kind: Completion | undefined = findCommand(command)?.options.find((o) => o.name === option)?.autocomplete;
    try {
      if (kind === 'topics') return topicChoices(services, partial);
      if (kind === 'versions') return services.lifecycle.choices(partial).slice(0, 25);
      if (kind === 'packages') return packageChoices(services, partial);
      if (kind === 'commands') return commandDefs.filter((c) => c.name.startsWith(partial.toLowerCase())).map((c) => ({ name: c.name, value: c.name }));
    } catch (err) {
      services.log.error({ err, command, option }, 'autocomplete failed');
    }
    return [];
  }

  const docLinks = (text: string) => docLinksIn(sliceSafe(text, INPUT_CAPS.linkScanChars), services, INPUT_CAPS.linkTargets);
  return { handle, handleText, docLinks, autocomplete };
}
