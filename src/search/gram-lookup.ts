/**
 * Finding a folded term in the gram index (gram-format.ts) from the browser:
 * loads the chunks of its covering grams (once each) and returns, per case
 * that contains the term, where and how often. Exact: a case is returned if
 * and only if its folded text has the term within one segment (a title, a
 * keyword, a heading, a paragraph …).
 */
import {
  chunkFile,
  chunkOf,
  coveringGrams,
  gramIndexVersion,
  gramMetaFile,
  positionLength,
  findList,
  joinPositions,
  readPositions,
  readPositionStats,
  readStats,
  statLength,
  type CaseStat,
  type GramMeta,
} from './gram-format.ts';

/** Fetches a file of the index and returns its bytes, unzipped. */
export type LoadBytes = (path: string, gzipped: boolean) => Promise<Uint8Array>;

export class GramIndex {
  readonly meta: GramMeta;
  private readonly load: LoadBytes;
  /** Chunk files as loaded (unzipped), scanned for each gram asked for. */
  private readonly chunks = new Map<number, Promise<Uint8Array>>();

  constructor(meta: GramMeta, load: LoadBytes) {
    if (meta.version !== gramIndexVersion)
      throw new Error(`gram index version ${meta.version}, expected ${gramIndexVersion}`);
    this.meta = meta;
    this.load = load;
  }

  /** Opens the index of a Pagefind bundle directory (its meta file). */
  static async open(load: LoadBytes): Promise<GramIndex> {
    const meta = JSON.parse(new TextDecoder().decode(await load(gramMetaFile, false))) as GramMeta;
    return new GramIndex(meta, load);
  }

  private chunk(n: number) {
    let chunk = this.chunks.get(n);
    if (!chunk) {
      chunk = this.load(chunkFile(this.meta, n), true);
      chunk.catch(() => this.chunks.delete(n)); // a failed load is tried again next time
      this.chunks.set(n, chunk);
    }
    return chunk;
  }

  /** The list of a gram, or undefined when no case has it. */
  private async list(gram: string): Promise<Uint8Array | undefined> {
    return findList(await this.chunk(chunkOf(gram, this.meta.chunks)), gram);
  }

  /** Every case whose folded text contains the folded term, with where and how often. */
  async find(term: string): Promise<Map<number, CaseStat>> {
    const grams = coveringGrams(term);
    const lists = await Promise.all(grams.map(([, gram]) => this.list(gram)));
    if (lists.some((l) => !l)) return new Map();
    const length = [...term].length;
    if (length <= statLength) return readStats(lists[0]!);
    if (length === positionLength) return readPositionStats(lists[0]!);
    return joinPositions(
      grams.map(([offset]) => offset),
      lists.map((l) => readPositions(l!)),
    );
  }
}
