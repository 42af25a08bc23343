// readPapers: a file (plain or gzip) -> ReadItems. File-level failures throw on the first next(), before
// any item: missing/unreadable file, binary or non-UTF-8 content, an empty file, an unknown format, a
// broken JSON document. Line formats are streamed in 64 KB chunks, so memory stays bounded.
import { open, type FileHandle } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { pipeline, type Readable } from 'node:stream';
import { PapergraphError } from '../domain/errors.js';
import { INPUT_FORMATS, type InputFormat, type ReadItem } from './types.js';
import { detectFormat } from './detect.js';
import { parsePapers } from './parse.js';

const HEAD_BYTES = 64 * 1024;

function unreadable(path: string, e: unknown): PapergraphError {
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'file not found'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : `cannot be read (${(e as Error).message})`;
  return new PapergraphError('E_INPUT_UNREADABLE', why, {
    where: { file: path },
    hint:
      code === 'ENOENT'
        ? 'check the path (it is relative to the current directory)'
        : code === 'EISDIR'
          ? 'give a file inside it'
          : 'check the file and its permissions',
    cause: e,
  });
}

const formatError = (path: string, message: string, hint: string, line?: number): PapergraphError =>
  new PapergraphError('E_INPUT_FORMAT', message, {
    where: line === undefined ? { file: path } : { file: path, line },
    hint,
  });

async function openBytes(
  path: string,
): Promise<{ stream: Readable; gz: boolean; bytesRead: () => number; size: number }> {
  let handle: FileHandle;
  let size: number;
  try {
    handle = await open(path, 'r');
    const stat = await handle.stat();
    size = stat.size;
    if (stat.isDirectory()) {
      await handle.close();
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    }
  } catch (e) {
    throw unreadable(path, e);
  }
  const magic = Buffer.alloc(2);
  try {
    await handle.read(magic, 0, 2, 0);
  } catch (e) {
    await handle.close();
    throw unreadable(path, e);
  }
  const gz = magic[0] === 0x1f && magic[1] === 0x8b; // by content: a .gz name on plain text still reads
  const raw = handle.createReadStream({ start: 0, highWaterMark: HEAD_BYTES });
  const stream = gz ? pipeline(raw, createGunzip(), () => {}) : raw; // pipeline forwards read errors
  return { stream, gz, bytesRead: () => raw.bytesRead, size };
}

/** Filled in as a file is read, for progress and ETA: bytes of the file itself (compressed, for .gz). */
export interface ReadProgress {
  bytesRead: number;
  totalBytes: number;
}

/** Read papers from a file, detecting the format unless given. See the module comment for what throws. */
export async function* readPapers(
  path: string,
  options: { format?: InputFormat; progress?: ReadProgress } = {},
): AsyncGenerator<ReadItem> {
  const { stream, gz, bytesRead, size } = await openBytes(path);
  const progress = options.progress;
  if (progress) progress.totalBytes = size;
  const it = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const wrapRead = (e: unknown): PapergraphError =>
    e instanceof PapergraphError
      ? e
      : gz
        ? new PapergraphError(
            'E_INPUT_UNREADABLE',
            `gzip data is corrupt or truncated (${(e as Error).message})`,
            {
              where: { file: path },
              hint: 'the file was probably cut short; fetch or copy it again (gzip -t checks it)',
              cause: e,
            },
          )
        : unreadable(path, e);
  try {
    // The head: enough bytes to check the content and detect the format.
    const headParts: Buffer[] = [];
    let headLen = 0;
    let ended = false;
    try {
      while (headLen < HEAD_BYTES) {
        const r = await it.next();
        if (r.done) {
          ended = true;
          break;
        }
        headParts.push(r.value);
        headLen += r.value.length;
      }
    } catch (e) {
      throw wrapRead(e);
    }
    const head = Buffer.concat(headParts);
    if (head.length === 0) throw formatError(path, 'file is empty', 'give a file with papers in it');
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
      throw formatError(
        path,
        'file is UTF-16 text',
        'convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)',
        1,
      );
    }
    const nul = head.indexOf(0);
    if (nul >= 0) {
      throw formatError(
        path,
        'file is binary (it has NUL bytes), not text',
        'give a text file (JSON, CSV, TSV, XML, BibTeX or plain text), plain or .gz',
        lineOfByte(head, nul),
      );
    }
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    } catch {
      throw formatError(
        path,
        'file is not UTF-8 text',
        'convert it to UTF-8 (e.g. iconv -f LATIN1 -t UTF-8), or check it is not binary',
      );
    }
    const decoder = new TextDecoder('utf-8'); // past the head, bad bytes become U+FFFD and are flagged per record
    const headText = decoder.decode(head, { stream: !ended });
    if (ended && !headText.trim())
      throw formatError(path, 'file is empty (only whitespace)', 'give a file with papers in it');
    const format = options.format ?? detectFormat(path, headText);
    if (!format) {
      throw formatError(
        path,
        'cannot tell the format of this file',
        `use --format to force one (${INPUT_FORMATS.join(', ')}), or give the file a telling extension (.jsonl, .json, .csv, .tsv, .xml, .bib)`,
      );
    }
    async function* chunks(): AsyncGenerator<string> {
      yield headText;
      if (ended) return;
      for (;;) {
        let r: IteratorResult<Buffer>;
        try {
          r = await it.next();
        } catch (e) {
          throw wrapRead(e);
        }
        if (r.done) break;
        yield decoder.decode(r.value, { stream: true });
      }
      const tail = decoder.decode();
      if (tail) yield tail;
    }
    let items = 0;
    for await (const item of parsePapers(chunks(), { format, sourceName: path })) {
      items++;
      if (progress) progress.bytesRead = bytesRead();
      yield item;
    }
    if (items === 0) {
      // Silence would look like success: say that nothing in the file read as a paper.
      throw formatError(
        path,
        `no papers found in this file (read as ${format})`,
        options.format
          ? `check that the file really is ${format}`
          : `if the file is in another format, use --format to force one (${INPUT_FORMATS.join(', ')})`,
      );
    }
  } finally {
    stream.destroy(); // the consumer may stop early: release the file
  }
}

function lineOfByte(buf: Buffer, at: number): number {
  let line = 1;
  for (let i = buf.indexOf(10); i >= 0 && i < at; i = buf.indexOf(10, i + 1)) line++;
  return line;
}
