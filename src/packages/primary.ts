// primary.xml: every package of a repository with its version, summary and the files dnf
// indexes without filelists (those under bin/, sbin/ and /etc). Parsed as a stream, chunk by
// chunk, so the event loop keeps answering while a large repository is read.

import { SaxesParser } from 'saxes';
import { compareEvr, isModular, rpmvercmp } from './evr.ts';
import type { PackageRecord } from './types.ts';

/** Files a user asks for by name: commands and configuration. */
const WANTED_FILE = /^(?:\/usr)?\/s?bin\/[^/]+$|^\/etc\//;

/** One build as primary.xml lists it: a record before the repository's versions are gathered. */
type Build = Omit<PackageRecord, 'versions'>;

/** One record per name: the newest build that is not a module build (module builds only when nothing else). */
function reduce(builds: Map<string, Build[]>, arch: string): PackageRecord[] {
  const out: PackageRecord[] = [];
  for (const list of builds.values()) {
    // Multilib repositories carry i686 builds beside x86_64 ones: prefer the configured arch and noarch.
    const native = list.filter((b) => b.arch === arch || b.arch === 'noarch');
    const usable = native.length ? native : list;
    const plain = usable.filter((b) => !isModular(b.release));
    const pick = (plain.length ? plain : usable).reduce((a, b) => (compareEvr(b, a) > 0 ? b : a));
    const versions = [...new Set(usable.map((b) => b.version))].sort(rpmvercmp);
    const files = [...new Set(usable.flatMap((b) => b.files))].sort();
    out.push({ name: pick.name, arch: pick.arch, epoch: pick.epoch, version: pick.version, release: pick.release, summary: pick.summary, files, versions });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Parses decompressed primary.xml chunks; throws when the XML is broken or ends early. */
export async function parsePrimary(chunks: AsyncIterable<Uint8Array>, arch: string): Promise<PackageRecord[]> {
  const builds = new Map<string, Build[]>();
  const parser = new SaxesParser();
  let pkg: Build | undefined;
  let field: 'name' | 'arch' | 'summary' | 'file' | undefined;
  let text = '';
  let fileIsDir = false;
  let closed = false;
  parser.on('opentag', (tag) => {
    if (tag.name === 'package') {
      pkg = { name: '', arch: '', epoch: '0', version: '', release: '', summary: '', files: [] };
    } else if (!pkg) {
      return;
    } else if (tag.name === 'version') {
      pkg.epoch = String(tag.attributes.epoch ?? '0') || '0';
      pkg.version = String(tag.attributes.ver ?? '');
      pkg.release = String(tag.attributes.rel ?? '');
    } else if (tag.name === 'name' || tag.name === 'arch' || tag.name === 'summary' || tag.name === 'file') {
      field = tag.name;
      text = '';
      fileIsDir = tag.name === 'file' && tag.attributes.type === 'dir';
    }
  });
  parser.on('text', (t) => {
    if (field) text += t;
  });
  parser.on('cdata', (t) => {
    if (field) text += t;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'metadata') closed = true;
    if (!pkg) return;
    if (field && tag.name === field) {
      const value = text.trim();
      if (field === 'file') {
        if (!fileIsDir && WANTED_FILE.test(value)) pkg.files.push(value);
      } else pkg[field] = value;
      field = undefined;
    } else if (tag.name === 'package') {
      if (pkg.name && pkg.arch !== 'src' && pkg.arch !== 'nosrc') {
        const list = builds.get(pkg.name);
        if (list) list.push(pkg);
        else builds.set(pkg.name, [pkg]);
      }
      pkg = undefined;
    }
  });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of chunks) parser.write(decoder.decode(chunk, { stream: true }));
  parser.write(decoder.decode()).close();
  if (!closed) throw new Error('primary.xml ends before </metadata>');
  return reduce(builds, arch);
}
