/** Where the CLI writes: the process streams in the bin, buffers in tests. */
export interface CliStream {
  write(chunk: string): unknown;
  /** The progress bar is drawn only on a terminal. */
  isTTY?: boolean;
}

export interface CliIo {
  stdout: CliStream;
  stderr: CliStream;
  /** Read for DATABASE_URL and the rest of the configuration, exactly as the server reads it. */
  env: NodeJS.ProcessEnv;
}

/** What a command produced: one JSON object for `--json`, lines of text otherwise. */
export interface CommandOutput {
  json: Record<string, unknown>;
  text: string;
}

/** A mistake in how the command was called (exit status 2), found before touching the database. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** DATABASE_URL or another setting is unusable (exit status 1, code `CONFIG`). */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function printOutput(io: CliIo, output: CommandOutput, json: boolean): void {
  io.stdout.write(json ? `${JSON.stringify(output.json)}\n` : `${output.text}\n`);
}

/** `--json` output of a failure: exactly one object on stdout, as for success. */
export function printJsonError(io: CliIo, code: string, message: string): void {
  io.stdout.write(`${JSON.stringify({ error: { code, message } })}\n`);
}
