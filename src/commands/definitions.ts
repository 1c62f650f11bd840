// The ONE place commands are described. Help text, the Discord registration payload and the
// Slack manifest are all derived from this list; handlers live in ./handlers.ts.

export type OptionType = 'string' | 'user' | 'boolean';

/** Which list of values an option autocompletes from. */
export type Completion = 'topics' | 'versions' | 'commands' | 'packages';

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
    name: 'package',
    summary: 'Which repository has a package, its version and how to install it',
    usage: 'package <name> [version]',
    examples: ['package nginx', 'package nginx 1.24', 'package htop'],
    options: [
      { name: 'name', type: 'string', description: 'A package name, e.g. nginx or python3.12', required: true, rest: true, autocomplete: 'packages' },
      { name: 'version', type: 'string', description: 'A version to look for, e.g. 1.24', required: false },
      forOption,
      privateOption,
    ],
  },
  {
    name: 'provides',
    summary: 'Which package ships a command or file',
    usage: 'provides <command or path>',
    examples: ['provides semanage', 'provides /usr/bin/htpasswd', 'provides ifconfig'],
    options: [
      { name: 'file', type: 'string', description: 'A command or path, e.g. semanage or /usr/sbin/ifconfig', required: true, rest: true },
      forOption,
      privateOption,
    ],
  },
  {
    name: 'advisory',
    summary: 'An AlmaLinux advisory, or the advisories that fix a CVE',
    usage: 'advisory <ALSA-…|ALBA-…|ALEA-…|CVE-…>',
    examples: ['advisory ALSA-2024:9317', 'advisory CVE-2024-6387'],
    options: [
      { name: 'id', type: 'string', description: 'An advisory id (ALSA-2024:9317) or a CVE id (CVE-2024-6387)', required: true, rest: true },
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
