import { describe, expect, it } from 'vitest';
import { selectPassage } from '../src/passage.ts';
import { distillQuestion, errorKey, stripMentions } from '../src/search/question-text.ts';
import { fixtureApp } from './helpers.ts';

const { services } = fixtureApp();

describe('what of a message is the question', () => {
  it('never counts a mention as a question word, on any platform', () => {
    const noisy = '@everyone @here <@123456789012345678> <@!123456789012345678> <@&987654321098765432> <#111> <!here> <!channel> <@U012ABCDEF|alice> how do I enable crb on 9?';
    expect(stripMentions(noisy).trim().replace(/\s+/g, ' ')).toBe('how do I enable crb on 9?');
    const quiet = services.engine.search('how do I enable crb on 9?');
    const loud = services.engine.search(noisy);
    expect(loud.matches[0]?.section.id).toBe(quiet.matches[0]?.section.id);
    expect(loud.confidence).toBeCloseTo(quiet.confidence, 5);
    // An e-mail address is not a mention.
    expect(stripMentions('mail root@example.com')).toBe('mail root@example.com');
  });

  it('searches a pasted log by the lines the user wrote and the lines that say what failed', () => {
    const paste = [
      'dnf install fails on my box, what do I enable?',
      '```',
      'Last metadata expiration check: 0:01:02 ago on Mon 01 Dec 2026 10:00:00 AM UTC.',
      'Error: ',
      ' Problem: cannot install the best candidate for the job',
      '  - nothing provides libyaml-devel needed by foo-1.0-1.el9.x86_64',
      '(try to add --skip-broken to skip uninstallable packages)',
      '```',
    ].join('\n');
    const kept = distillQuestion(paste);
    expect(kept).toContain('dnf install fails on my box');
    expect(kept).toContain('nothing provides libyaml-devel');
    expect(kept).not.toContain('Last metadata expiration');
    expect(services.engine.search(paste).matches[0]?.note.id).toBe('crb');
    // Short messages are left alone.
    expect(distillQuestion('enable crb')).toBe('enable crb');
  });

  it('matches an error line whatever versions, packages, ids and numbers it carries', () => {
    expect(errorKey('nothing provides libfoo.so.3()(64bit) needed by bar-2.4.1-3.el9_4.x86_64')).toBe(errorKey('nothing provides libfoo.so.7()(64bit) needed by bar-1.0-1.el8.noarch'));
    expect(errorKey('GPG key at file:///etc/pki/rpm-gpg/RPM-GPG-KEY-AlmaLinux (0xC21AD6EA) is already installed')).toContain('(#)');
  });
});

describe('the answer passage', () => {
  it('keeps a long section to the blocks holding the question words, in order, never inside code', () => {
    const blocks = ['Opening paragraph.', 'Unrelated words here.', 'How to turn on the widget:\n\n```bash\nsudo widgetctl enable\n```', 'More unrelated words.', 'Closing words about other things.'];
    const markdown = blocks.map((b) => `${b}\n\n${'filler '.repeat(40)}`).join('\n\n');
    const { text, cut } = selectPassage(markdown, new Map([['widget', 5]]), 700);
    expect(cut).toBe(true);
    expect(text.startsWith('Opening paragraph.')).toBe(true);
    expect(text).toContain('sudo widgetctl enable\n```');
    expect(text.length).toBeLessThanOrEqual(700);
    expect(text.split('```').length % 2).toBe(1);
  });

  it('returns a short section whole', () => {
    expect(selectPassage('short', new Map(), 100)).toEqual({ text: 'short', cut: false });
  });
});
