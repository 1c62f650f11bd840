import { reply, type Reply } from '../reply.ts';
import type { Args } from '../services.ts';
import { commandDefs, findCommand, type CommandDef } from './definitions.ts';
import { echo } from './echo.ts';

function commandHelp(def: CommandDef): string {
  const options = def.options.map((o) => `- \`${o.name}\`${o.required ? '' : ' (optional)'}: ${o.description}`);
  return [def.summary + '.', `Usage: \`${def.usage}\``, ...options, '', 'Examples:', ...def.examples.map((e) => `- \`${e}\``)].join('\n');
}

export function overview(): string {
  const lines = commandDefs.map((c) => `- \`${c.usage}\`: ${c.summary}`);
  return [
    'I answer questions about AlmaLinux from curated notes, with links to the official documentation.',
    '',
    ...lines,
    '',
    'Anything else you write is taken as a question. Write `[[topic]]` in a message to link its documentation.',
  ].join('\n');
}

export function runHelp(args: Args): Reply {
  const name = String(args.command ?? '').trim();
  if (!name) return reply('help', 'AlmaLinux help bot', overview());
  const def = findCommand(name);
  if (!def) return reply('help', 'Unknown command', `There is no command ${echo(name)}.\n\n${overview()}`);
  return reply('help', def.name, commandHelp(def));
}
