/**
 * Pagefind's fragment files (`pagefind/fragment/<hash>.pf_fragment`): gzip, then Pagefind's
 * signature, then the page's JSON. The one decoder, for the build (src/build/search-index/, which
 * maps page URLs to fragment hashes) and for the browser (src/search/engine.ts, which loads a case
 * found by filters alone). Each passes its own gunzip.
 */

/** What a fragment file starts with once unzipped, before its JSON (as pagefind.js checks). */
export const fragmentSignature = 'pagefind_dcd';

/** What a Pagefind fragment file holds (the part we use). */
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: { element: string; id: string; text?: string; location: number }[];
}

const signature = new TextEncoder().encode(fragmentSignature);
const signed = (bytes: Uint8Array) => signature.every((b, i) => bytes[i] === b);

/**
 * A fragment file's JSON. `bytes` are gzipped, or already unzipped (a server that sent them with
 * `Content-Encoding: gzip`).
 */
export async function decodeFragment(
  bytes: Uint8Array,
  gunzip: (bytes: Uint8Array) => Promise<Uint8Array>,
): Promise<Fragment> {
  const unzipped = signed(bytes) ? bytes : await gunzip(bytes);
  if (!signed(unzipped))
    throw new Error(`not a Pagefind fragment: no ${fragmentSignature} signature`);
  return JSON.parse(new TextDecoder().decode(unzipped.subarray(signature.length))) as Fragment;
}
