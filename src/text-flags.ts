import { commandDefs } from './commands/definitions.ts';

// Text entry (terminal, mentions, Slack's one-field /alma) has no option fields, so boolean
// options of the registry (today: `private`) are written as flags: `lifecycle 9 --private`.

/** Every boolean option name in the registry, as `--name`. */
export const textFlags: readonly string[] = [
  ...new Set(commandDefs.flatMap((c) => c.options.filter((o) => o.type === 'boolean').map((o) => `--${o.name}`))),
];

export interface FlaggedText {
  text: string;
  /** Option names whose flag was given, e.g. `private`. */
  flags: Set<string>;
}

/** Removes registry flags from the words of `text`; other words stay as they were. */
export function takeFlags(text: string): FlaggedText {
  const flags = new Set<string>();
  const words = text.split(/\s+/).filter((word) => {
    const flag = word.toLowerCase();
    if (!textFlags.includes(flag)) return true;
    flags.add(flag.slice(2));
    return false;
  });
  return { text: words.join(' ').trim(), flags };
}
