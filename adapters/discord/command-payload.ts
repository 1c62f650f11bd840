import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type APIApplicationCommandBasicOption,
} from 'discord.js';
import { commandDefs, type CommandDef, type OptionDef, type OptionType } from '../../src/commands/definitions.ts';

// Slash-command registration, derived from the one command registry: nothing here names a command.

const OPTION_TYPES = {
  string: ApplicationCommandOptionType.String,
  user: ApplicationCommandOptionType.User,
  boolean: ApplicationCommandOptionType.Boolean,
} as const satisfies Record<OptionType, ApplicationCommandOptionType>;

function optionPayload(o: OptionDef): APIApplicationCommandBasicOption {
  const base = { name: o.name, description: o.description.slice(0, 100), required: o.required };
  switch (o.type) {
    case 'string':
      return { ...base, type: OPTION_TYPES.string, ...(o.autocomplete ? { autocomplete: true } : {}) };
    case 'user':
      return { ...base, type: OPTION_TYPES.user };
    case 'boolean':
      return { ...base, type: OPTION_TYPES.boolean };
  }
}

export function commandPayload(def: CommandDef): RESTPostAPIChatInputApplicationCommandsJSONBody {
  // Discord rejects a command whose required options do not all come before the optional ones.
  const options = [...def.options].sort((a, b) => Number(b.required) - Number(a.required));
  return { type: ApplicationCommandType.ChatInput, name: def.name, description: def.summary.slice(0, 100), options: options.map(optionPayload) };
}

/** The body of the bulk-overwrite PUT: every command in the registry. */
export function commandsPayload(defs: readonly CommandDef[] = commandDefs): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return defs.map(commandPayload);
}
