import { once } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { MAX_INPUT_CHARS } from '../../src/router.ts';
import type { Router } from '../../src/router.ts';
import { VOTE_ACK } from '../../src/feedback/feedback.ts';
import type { ConversationKit } from '../conversation-kit.ts';
import { renderTerminal } from './render-terminal.ts';

export interface ShellOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  color: boolean;
  /** Aborting stops the chat after the line being answered (shutdown). */
  signal?: AbortSignal;
  /** The session's follow-ups ("and on 8?") and `+` / `-` votes; without it each line stands alone. */
  conversation?: ConversationKit;
}

/** The terminal is one conversation: a follow-up refers to the last answer. */
const SESSION = 'shell:session';
const RATE_HINT = 'Helpful? Type + or - to rate this answer.';

const GREETING = 'AlmaLinux help bot. Ask a question, or type `help`. Ctrl-D or `exit` to leave.';

/** Past this a line is cut: one over the router's cap, so it gets the "too long" reply, at no cost. */
const MAX_LINE_CHARS = MAX_INPUT_CHARS + 1;

/**
 * Lines of `input`, each cut to `max` characters as it arrives, so one endless line costs no
 * more memory than a short one. Reading follows the consumer (async iteration), so a burst
 * of pasted or piped lines waits in the pipe, not in the heap.
 */
export async function* boundedLines(input: NodeJS.ReadableStream, max: number): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let line = '';
  let seen = false;
  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    let start = 0;
    for (let nl = text.indexOf('\n'); ; nl = text.indexOf('\n', start)) {
      const part = text.slice(start, nl === -1 ? undefined : nl);
      if (line.length < max) line += part.slice(0, max - line.length);
      seen = true;
      if (nl === -1) break;
      yield line.replace(/\r$/, '');
      line = '';
      seen = false;
      start = nl + 1;
    }
  }
  line += decoder.end();
  if (seen && line) yield line.slice(0, max);
}

/** The terminal chat: one line in, one rendered reply out. Resolves when input ends. */
export async function runShell(router: Router, options: ShellOptions): Promise<void> {
  const { output, signal } = options;
  const interactive = 'isTTY' in options.input && Boolean(options.input.isTTY);
  // Waits when the reader of our output is slower than we answer, so replies never pile up in memory.
  const send = async (text: string) => {
    if (!output.write(text)) await once(output, 'drain');
  };
  const write = (text: string) => send(`${text}\n`);
  const prompt = () => (interactive ? send('alma> ') : undefined);
  const talk = options.conversation?.talk;
  const feedback = options.conversation?.feedback;
  let answers = 0;
  let rated: { buttons: { up: string; down: string } | null; answer: string } = { buttons: null, answer: '' };
  const rate = (sign: '+' | '-') => {
    if (!feedback || !rated.buttons) return 'Nothing to rate: `+` or `-` rates the answer just shown.';
    return VOTE_ACK[feedback.vote(sign === '+' ? rated.buttons.up : rated.buttons.down, { voter: 'terminal', answer: rated.answer, platform: 'shell' })];
  };
  await write(GREETING);
  await prompt();
  for await (const line of boundedLines(options.input, MAX_LINE_CHARS)) {
    if (signal?.aborted) break;
    const text = line.trim();
    if (text === 'exit' || text === 'quit') break;
    if (text === '+' || text === '-') await write(rate(text));
    else if (text) {
      const links = router.docLinks(text);
      const base = { platform: 'shell', user: { id: 'terminal' } };
      const reply = links?.reply ?? (talk ? talk.answer(SESSION, text, base) : router.handleText(text, base));
      // The votes for the answer just shown; `+` or `-` on the next line rates it.
      rated = { buttons: feedback?.buttons(reply, text) ?? null, answer: String(++answers) };
      await write(`\n${renderTerminal(reply, options.color)}\n${rated.buttons ? `${RATE_HINT}\n` : ''}`);
    }
    await prompt();
    // A turn of the event loop per line, so a signal is handled during a long burst.
    await nextTurn();
  }
}
