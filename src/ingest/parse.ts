// parsePapers: one entry point over every format, for strings and streams.
import { PapergraphError } from '../domain/errors.js';
import type { ParseOptions, ReadItem, TextInput } from './types.js';
import { toLines } from './lines.js';
import { parseAbstractLines } from './abstract-lines.js';
import { parseHfDaily } from './hf-daily.js';
import { MAX_JSON_DOC_CHARS, parseJsonDocument, parseJsonLines } from './json.js';
import { parseDelimited } from './csv.js';
import { parseAtom } from './atom.js';
import { parseBibtex } from './bibtex.js';

/** A JSON document is parsed whole (up to MAX_JSON_DOC_CHARS); everything else is streamed line by line. */
async function readWhole(input: TextInput, file: string): Promise<string> {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  const parts: string[] = [];
  let size = 0;
  for await (const chunk of input) {
    size += chunk.length;
    if (size > MAX_JSON_DOC_CHARS) {
      throw new PapergraphError(
        'E_INPUT_FORMAT',
        `JSON document is over ${MAX_JSON_DOC_CHARS / 2 ** 20} MB, too big to read whole`,
        {
          where: { file },
          hint: "convert it to JSON Lines (one paper a line), e.g. jq -c '.[]' in.json > in.jsonl, and read that",
        },
      );
    }
    parts.push(chunk);
  }
  return parts.join('').replace(/^\uFEFF/, '');
}

export async function* parsePapers(input: TextInput, options: ParseOptions): AsyncGenerator<ReadItem> {
  const file = options.sourceName;
  const lines = () => toLines(input);
  switch (options.format) {
    case 'hf-daily':
      return yield* parseHfDaily(lines(), file);
    case 'abstract-lines':
      return yield* parseAbstractLines(lines(), file);
    case 'jsonl':
      return yield* parseJsonLines(lines(), file);
    case 'json':
      return yield* parseJsonDocument(await readWhole(input, file), file);
    case 'csv':
    case 'tsv':
      return yield* parseDelimited(lines(), file, options.format);
    case 'atom':
      return yield* parseAtom(lines(), file);
    case 'bibtex':
      return yield* parseBibtex(lines(), file);
    default: {
      const never: never = options.format;
      throw new PapergraphError('E_USAGE', `unknown input format "${String(never)}"`, {
        hint: 'use one of: hf-daily, abstract-lines, jsonl, json, csv, tsv, atom, bibtex',
      });
    }
  }
}
