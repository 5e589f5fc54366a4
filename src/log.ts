/** A small logger passed in with the deps; the console logger writes to stderr so --json output stays clean. */
export interface Logger {
  info(msg: string, extra?: Record<string, unknown>): void;
  warn(msg: string, extra?: Record<string, unknown>): void;
  error(msg: string, extra?: Record<string, unknown>): void;
}

export function consoleLogger(quiet = false): Logger {
  const write = (level: string) => (msg: string, extra?: Record<string, unknown>) => {
    if (quiet && level === 'info') return;
    process.stderr.write(`[${level}] ${msg}${extra ? ` ${JSON.stringify(extra)}` : ''}\n`);
  };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
