// Repository metadata comes gzip-, xz- or zstd-compressed (or plain). The format is told by the
// file's first bytes, not its name, so a mirror that renames files still works. Output is a
// stream of chunks: a decompressed AppStream primary.xml is hundreds of MB, and it is parsed as
// it comes instead of being held whole.

import { createGunzip } from 'node:zlib';
import { Decompress as ZstdDecompress } from 'fzstd';
import xz from 'xz-decompress';

export type Compression = 'gzip' | 'xz' | 'zstd' | 'none';

const MAGIC: [Compression, number[]][] = [
  ['gzip', [0x1f, 0x8b]],
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['zstd', [0x28, 0xb5, 0x2f, 0xfd]],
];

export function compressionOf(data: Uint8Array): Compression {
  for (const [name, magic] of MAGIC) if (magic.every((b, i) => data[i] === b)) return name;
  return 'none';
}

async function* gunzip(data: Uint8Array): AsyncGenerator<Uint8Array> {
  const stream = createGunzip();
  stream.end(data);
  for await (const chunk of stream) yield chunk as Uint8Array;
}

async function* unxz(data: Uint8Array): AsyncGenerator<Uint8Array> {
  const reader = new xz.XzReadableStream(new Blob([data]).stream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

async function* unzstd(data: Uint8Array): AsyncGenerator<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let ended = false;
  const stream = new ZstdDecompress((chunk, final) => {
    chunks.push(chunk);
    if (final) ended = true;
  });
  // Fed in slices so the output is handed on as it grows rather than all at the end.
  const slice = 1 << 20;
  for (let at = 0; at < data.length; at += slice) {
    stream.push(data.subarray(at, Math.min(at + slice, data.length)), at + slice >= data.length);
    yield* chunks.splice(0);
  }
  if (!ended) throw new Error('zstd data ends early');
}

async function* plain(data: Uint8Array): AsyncGenerator<Uint8Array> {
  yield data;
}

/** The decompressed bytes, chunk by chunk; throws on corrupt or truncated data or past `maxBytes`. */
export async function* decompress(data: Uint8Array, maxBytes: number): AsyncGenerator<Uint8Array> {
  const kind = compressionOf(data);
  const source = kind === 'gzip' ? gunzip(data) : kind === 'xz' ? unxz(data) : kind === 'zstd' ? unzstd(data) : plain(data);
  let total = 0;
  for await (const chunk of source) {
    total += chunk.length;
    if (total > maxBytes) throw new Error(`decompressed data larger than ${maxBytes} bytes`);
    yield chunk;
  }
}

/** The whole decompressed text (for small files: repomd.xml, modules.yaml, the errata feed). */
export async function decompressText(data: Uint8Array, maxBytes: number): Promise<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text = '';
  for await (const chunk of decompress(data, maxBytes)) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}
