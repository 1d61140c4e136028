/**
 * Reads one input file for the importer, refusing what is not a text:
 * a missing or unreadable file, an empty file, a binary file (NUL bytes) or
 * bytes that are not valid UTF-8. Errors are in Chinese and name the file.
 */
import { readFileSync, statSync } from 'node:fs';

export class ImportError extends Error {}

export function readInput(file: string): string {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory())
      throw new ImportError(`无法读取“${file}”：这是一个目录，请给出文本文件`);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? '文件不存在'
        : code === 'EACCES'
          ? '没有读取权限'
          : `读取失败（${code ?? String(error)}）`;
    throw new ImportError(`无法读取“${file}”：${why}`);
  }
  if (bytes.includes(0))
    throw new ImportError(`“${file}”不是文本文件（含有 NUL 字节），未导入；请提供 UTF-8 纯文本`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new ImportError(
      `“${file}”不是有效的 UTF-8 文本（第 ${at} 字节起无法解码），未导入；请先转换为 UTF-8`,
    );
  }
  if (!text.replace(/^\uFEFF/, '').trim()) throw new ImportError(`“${file}”是空文件，未导入`);
  return text;
}

/** 1-based offset of the first byte that breaks UTF-8 decoding. */
function firstInvalidUtf8(bytes: Buffer): number {
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = Math.floor((lo + hi + 1) / 2);
    try {
      // stream: a prefix may end inside a valid multi-byte character.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo + 1;
}
