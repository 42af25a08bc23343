// Ingest: read papers from the files people have. See the README in this folder for formats and rules.
export { INPUT_FORMATS } from './types.js';
export type { InputFormat, ReadItem, ParseOptions, TextInput } from './types.js';
export { readPapers, type ReadProgress } from './load.js';
export { parsePapers } from './parse.js';
export { detectFormat } from './detect.js';
export { MAX_ABSTRACT_CHARS } from './text.js';
export { MAX_JSON_DOC_CHARS } from './json.js';
