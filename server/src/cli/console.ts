// Where the CLI writes. Results (findings, JSON, diffs, fixed stdin) go to stdout; everything a
// person reads about the run (errors, warnings, summaries) goes to stderr, so `--format json`
// output and `fix -` output stay machine-readable.

export interface Console {
  stdout(data: string | Uint8Array): void;
  /** An I/O or usage problem: the command will exit 2. */
  error(message: string): void;
  /** Something the user should know that does not change the exit code. */
  warn(message: string): void;
  info(message: string): void;
}

export function processConsole(): Console {
  return {
    stdout: (data) => void process.stdout.write(data),
    error: (message) => void process.stderr.write(`error: ${message}\n`),
    warn: (message) => void process.stderr.write(`warning: ${message}\n`),
    info: (message) => void process.stderr.write(`${message}\n`),
  };
}
