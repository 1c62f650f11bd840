import { describe, expect, it } from 'vitest';
import { checkKnowledge } from '../src/notes/check-knowledge.ts';
import { formatProblem } from '../src/notes/note.ts';
import { shippedApp, shippedDir } from './helpers.ts';

// The shipped knowledge is code: it must pass the same checks as `npm run knowledge:check`, and
// typical questions of each topic group must land on the note that answers them.

describe('shipped knowledge', () => {
  it('has no errors', () => {
    // Checked against the real clock, as `npm run knowledge:check` does: a note verified today is not "in the
    // future" because the tests' fixed day is older (staleness is only a warning, so time passing cannot fail this).
    const { notes, problems } = checkKnowledge(shippedDir, { now: new Date() });
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(notes).toBeGreaterThanOrEqual(58);
  });

  const { services } = shippedApp();
  const golden: [string, string | string[]][] = [
    // basics
    ['what is almalinux', 'what-is-almalinux'],
    ['how do I check which almalinux version I am running', 'check-almalinux-version'],
    ['what are the almalinux codenames', 'codenames'],
    ['is almalinux binary compatible with rhel software', 'rhel-binary-compatibility'],
    // installing and platforms
    ['how do I verify the sha256 checksum of the iso', 'iso-verify'],
    ['kickstart file for unattended install', 'kickstart'],
    ['install almalinux on a raspberry pi 4', 'raspberry-pi'],
    ['install almalinux in wsl', 'wsl'],
    ['nvidia driver install', 'nvidia-drivers'],
    // repositories
    ['how to enable powertools on almalinux 8', 'crb'],
    ['install epel on alma 9', 'epel'],
    ['dnf module enable nodejs stream', 'application-streams-modules'],
    ['Errors during downloading metadata for repository appstream', 'repo-metadata-errors'],
    // security
    ['dnf says NOKEY public key not installed', 'gpg-check-errors'],
    ['how to troubleshoot selinux avc denials', 'selinux-troubleshooting'],
    ['install only security updates', 'security-updates'],
    // migration
    // Both notes tell how: the CentOS 8 migration note, and the tool's own note.
    ['convert centos 8 to almalinux', ['centos8-to-almalinux', 'almalinux-deploy']],
    ['how do I fix an elevate inhibitor', 'elevate-inhibitors'],
    ['Could not resolve host: mirrorlist.centos.org', 'centos7-eol'],
    // cloud and containers
    ['almalinux docker image', 'almalinux-container-images'],
    ['almalinux ami on aws', 'aws-ami'],
    // community
    ['where can I get help with almalinux', 'community-help-channels'],
    ['how do I report a bug', 'report-bugs'],
    ['who sells commercial support', 'commercial-support'],
  ];
  // Retrieval: the right note ranks first. Whether the bot answers with it is the decision
  // stage's call, measured on held-out folds by test/eval-quality.test.ts.
  it.each(golden)('%s → %s', (question, noteIds) => {
    expect([noteIds].flat()).toContain(services.engine.search(question).matches[0]?.note.id);
  });

  it.each(['how do I center a div in css', 'best pizza in naples', 'excel vlookup returns N/A'])('declines the off-topic %s', (q) => {
    expect(services.engine.search(q).decline).toBeDefined();
  });
});

describe('words a synonym adds', () => {
  const { services } = shippedApp();
  it('weigh less than the typed ones: "install docker" quotes Docker CE\'s install lead, not its data directory or the image tags', () => {
    // knowledge/synonyms.yaml expands "docker" to "docker container image".
    expect(services.engine.search('how do I install docker on almalinux 9').matches[0]?.section.id).toBe('docker-ce');
  });
});

describe('a note named with other version numbers than the question\'s', () => {
  const { services } = shippedApp();
  it.each([
    ['convert rocky linux 9 to almalinux', 'almalinux-deploy'],
    ['how do I convert oracle linux 8 to almalinux', 'almalinux-deploy'],
    ['convert almalinux 9 to oracle linux', 'migrate-away-from-almalinux'],
  ])('%s: the direction of the move decides the note, not its version numbers', (q, note) => {
    // The aliases say "oracle linux 9 to almalinux 9" and "almalinux 9 to oracle linux 9".
    expect(services.engine.search(q).matches[0]?.note.id).toBe(note);
  });
});

describe('a pasted message that a section is named after', () => {
  const { services } = shippedApp();
  it('lands on that section, among the many sections of the same note', () => {
    const found = services.engine.search('leapp report on my server, Risk Factor: high (inhibitor). Title: Newest installed kernel not in use. What now?');
    expect(found.matches[0]?.section.id).toBe('elevate-inhibitors#newest-installed-kernel-not-in-use');
  });
});
