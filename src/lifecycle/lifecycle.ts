import type { Reply } from '../reply.ts';
import type { Choice } from '../services.ts';

/** What the lifecycle data offers the commands. Built from knowledge/lifecycle.json. */
export interface Lifecycle {
  /** `lifecycle [version]`: the majors table, or one version in detail, or a clear "unknown version". */
  reply(query: string | undefined, today: Date): Reply;
  /** A natural question ("is alma 8 eol?") answered from the data; null when it is not about dates. */
  answer(question: string, today: Date): Reply | null;
  /** Autocomplete of versions. */
  choices(partial: string): Choice[];
}
