// repodata/repomd.xml: where each metadata file of a repository is, with its checksum.

import { SaxesParser } from 'saxes';

export interface RepomdEntry {
  type: string;
  href: string;
  checksumType: string;
  checksum: string;
}

/** The `<data>` entries by type (primary, modules, updateinfo…); throws when the XML is broken. */
export function parseRepomd(xml: string): Map<string, RepomdEntry> {
  const entries = new Map<string, RepomdEntry>();
  const parser = new SaxesParser();
  let current: Partial<RepomdEntry> | undefined;
  let inChecksum = false;
  let text = '';
  parser.on('opentag', (tag) => {
    const attr = (k: string) => String(tag.attributes[k] ?? '');
    if (tag.name === 'data') current = { type: attr('type') };
    else if (current && tag.name === 'checksum') {
      inChecksum = true;
      text = '';
      current.checksumType = attr('type');
    } else if (current && tag.name === 'location') current.href = attr('href');
  });
  parser.on('text', (t) => {
    if (inChecksum) text += t;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'checksum' && current) {
      current.checksum = text.trim();
      inChecksum = false;
    } else if (tag.name === 'data' && current) {
      if (current.type && current.href) entries.set(current.type, { checksumType: '', checksum: '', ...current } as RepomdEntry);
      current = undefined;
    }
  });
  parser.write(xml).close();
  if (!entries.has('primary')) throw new Error('repomd.xml lists no primary metadata');
  return entries;
}
