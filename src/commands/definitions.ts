// The ONE place commands are described. Help text, the Discord registration payload and the
// Slack manifest are all derived from this list; handlers live in ./handlers.ts.

export type OptionType = 'string' | 'user' | 'boolean';

/** Which list of values an option autocompletes from. */
export type Completion = 'topics' | 'versions' | 'commands';

export interface OptionDef {
  name: string;
  type: OptionType;
  description: string;
  required: boolean;
  /** In text form (`docs secure boot`) this option takes the rest of the line. */
  rest?: boolean;
  autocomplete?: Completion;
}

export interface CommandDef {
  name: string;
  summary: string;
  /** Text form, as typed in the terminal, a mention or Slack's `/alma`. */
  usage: string;
  examples: string[];
  options: OptionDef[];
}

const privateOption: OptionDef = {
  name: 'private',
  type: 'boolean',
  description: 'Only you see the answer',
  required: false,
};

const forOption: OptionDef = {
  name: 'for',
  type: 'user',
  description: 'Point the answer at someone',
  required: false,
};

export const commandDefs: readonly CommandDef[] = [
  {
    name: 'ask',
    summary: 'Ask a question about AlmaLinux',
    usage: 'ask <question>',
    examples: ['ask how do I enable CRB on 9?', 'ask dnf says NOKEY after upgrading to 9.5'],
    options: [
      { name: 'question', type: 'string', description: 'Your question, or a pasted error message', required: true, rest: true },
      forOption,
      privateOption,
    ],
  },
  {
    name: 'lifecycle',
    summary: 'Release and support dates of AlmaLinux versions',
    usage: 'lifecycle [version]',
    examples: ['lifecycle', 'lifecycle 9', 'lifecycle 9.4', 'lifecycle kitten', 'lifecycle centos 7'],
    options: [
      { name: 'version', type: 'string', description: 'A version: 9, 9.4, kitten, centos 7, rhel 9', required: false, rest: true, autocomplete: 'versions' },
      privateOption,
    ],
  },
  {
    name: 'docs',
    summary: 'Link the documentation for a topic',
    usage: 'docs <topic>',
    examples: ['docs crb', 'docs secure boot', 'docs elevate'],
    options: [
      { name: 'topic', type: 'string', description: 'A topic, e.g. epel or elevate', required: true, rest: true, autocomplete: 'topics' },
      forOption,
      privateOption,
    ],
  },
  {
    name: 'help',
    summary: 'How to use the bot',
    usage: 'help [command]',
    examples: ['help', 'help lifecycle'],
    options: [{ name: 'command', type: 'string', description: 'A command to explain', required: false, rest: true, autocomplete: 'commands' }],
  },
];

export function findCommand(name: string): CommandDef | undefined {
  return commandDefs.find((c) => c.name === name.toLowerCase());
}
