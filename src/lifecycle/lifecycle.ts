import type { Reply } from '../reply.ts';
import type { Choice } from '../services.ts';

/** What the lifecycle data offers the commands. Built from knowledge/lifecycle.json. */
export interface Lifecycle {
  /** `lifecycle [version]`: the majors table, or one version in detail, or a clear "unknown version". */
  reply(query: string | undefined, today: Date): Reply;
  /** A natural question ("is alma 8 eol?") answered from the data; null when it is not about dates. */
  answer(question: string, today: Date): Reply | null;
  /** The date a question asks beside a how-to ("should we switch? when does it go EOL?"), for when the notes cannot answer the how-to. */
  alsoAsked(question: string, today: Date): Reply | null;
  /** One line on the first release a question names that is past its end of life, with the way forward; null when none is. */
  eolNotice(question: string, today: Date): string | null;
  /** Autocomplete of versions. */
  choices(partial: string): Choice[];
}
