// What a command may touch of the outside world. Only main.ts binds it to the real process.
export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Whether stderr is a terminal (progress lines) or a log (quiet). */
  interactive: boolean;
  cwd: string;
}
