import { findCommand } from './commands/definitions.ts';
import type { Args } from './services.ts';
import { takeFlags } from './text-flags.ts';

export type ParsedText =
  | { command: string; args: Args }
  | { unknownCommand: string };

/**
 * The text entry point shared by the terminal, mentions and Slack's `/alma`: `lifecycle 9`,
 * `docs crb`, `help`; anything else is a question for `ask`. A leading slash marks a command,
 * so `/frobnicate` is an unknown command, while `frobnicate the server` is a question.
 * Boolean options are written as flags anywhere in the line (`lifecycle 9 --private`); an empty
 * line asks for help.
 */
export function parseText(text: string): ParsedText {
  const { text: rest, flags } = takeFlags(text);
  const parsed = parseWords(rest.trim());
  if ('unknownCommand' in parsed || !flags.size) return parsed;
  const set: Args = Object.fromEntries([...flags].map((f) => [f, true]));
  return { command: parsed.command, args: { ...parsed.args, ...set } };
}

function parseWords(trimmed: string): ParsedText {
  if (!trimmed) return { command: 'help', args: {} };
  const slash = trimmed.startsWith('/');
  const [first = '', ...restWords] = trimmed.replace(/^\//, '').split(/\s+/);
  const rest = restWords.join(' ');
  const def = findCommand(first);
  if (!def) return slash && first ? { unknownCommand: first } : { command: 'ask', args: { question: trimmed } };
  // "help me enable crb" is a question, not help for a command called "me".
  if (def.name === 'help' && rest && !findCommand(rest.split(/\s+/)[0] ?? '')) {
    return { command: 'ask', args: { question: trimmed } };
  }
  const restOption = def.options.find((o) => o.rest);
  return { command: def.name, args: restOption && rest ? { [restOption.name]: rest } : {} };
}
