// HTTP downloads for the package feature: global fetch, a timeout covering connect and body,
// a size cap, and conditional requests so an unchanged file costs a 304 and no body.

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type Fetched = { status: 'not-modified' } | { status: 'ok'; body: Uint8Array; validators: Validators };

export interface DownloadOptions {
  timeoutMs: number;
  maxBytes: number;
  /** Sent as If-None-Match / If-Modified-Since when present. */
  validators?: Validators;
}

async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > maxBytes && !res.headers.get('content-encoding')) throw new Error(`file larger than ${maxBytes} bytes`);
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new Error(`file larger than ${maxBytes} bytes`);
    }
    parts.push(value);
  }
  // With a content-encoding, fetch decompresses and the declared length is the compressed one.
  if (Number.isFinite(declared) && !res.headers.get('content-encoding') && total !== declared) throw new Error(`file ends early (${total} of ${declared} bytes)`);
  return Buffer.concat(parts);
}

export async function download(url: string, options: DownloadOptions): Promise<Fetched> {
  const headers: Record<string, string> = { 'user-agent': 'almalinux-helpbot' };
  if (options.validators?.etag) headers['if-none-match'] = options.validators.etag;
  if (options.validators?.lastModified) headers['if-modified-since'] = options.validators.lastModified;
  const res = await fetch(url, { headers, signal: AbortSignal.timeout(options.timeoutMs) });
  if (res.status === 304) {
    await res.body?.cancel();
    return { status: 'not-modified' };
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw new Error(`HTTP ${res.status}`);
  }
  const body = await readCapped(res, options.maxBytes);
  const etag = res.headers.get('etag') ?? undefined;
  const lastModified = res.headers.get('last-modified') ?? undefined;
  return { status: 'ok', body, validators: { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) } };
}

/** A short reason for a log line. */
export function describeError(err: unknown): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) return 'timed out';
  if (err instanceof Error) return err.cause instanceof Error ? `${err.message} (${err.cause.message})` : err.message;
  return String(err);
}
