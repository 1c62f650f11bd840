import { createInterface } from 'node:readline';
import type { Router } from '../../src/router.ts';
import { renderTerminal } from './render-terminal.ts';

export interface ShellOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  color: boolean;
}

const GREETING = 'AlmaLinux help bot. Ask a question, or type `help`. Ctrl-D or `exit` to leave.';

/** The terminal chat: one line in, one rendered reply out. Resolves when input ends. */
export function runShell(router: Router, options: ShellOptions): Promise<void> {
  const rl = createInterface({ input: options.input, output: options.output, terminal: false });
  const write = (text: string) => options.output.write(`${text}\n`);
  const interactive = 'isTTY' in options.input && Boolean(options.input.isTTY);
  const prompt = () => interactive && options.output.write('alma> ');
  write(GREETING);
  prompt();
  let closed = false;
  return new Promise((resolve) => {
    rl.on('line', (line) => {
      const text = line.trim();
      if (closed) return; // lines already buffered after `exit` are dropped
      if (text === 'exit' || text === 'quit') {
        closed = true;
        return rl.close();
      }
      if (text) {
        const links = router.docLinks(text);
        const reply = links?.reply ?? router.handleText(text, { platform: 'shell', user: { id: 'terminal' } });
        write(`\n${renderTerminal(reply, options.color)}\n`);
      }
      prompt();
    });
    rl.on('close', () => resolve());
  });
}
