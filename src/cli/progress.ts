import { MultiBar, type SingleBar } from 'cli-progress';
import { describeOutcome, type IngestOutcome, type IngestProgress, type IngestWatch } from '../ingest/index.ts';

/** Loads of more files than this get a progress bar on a terminal. */
export const BAR_FROM_FILES = 4;

/** Where the ingest command reports: lines for people (stdout, failures on stderr), and a terminal to draw on, if any. */
export interface ProgressOutput {
  out(text: string): void;
  err(text: string): void;
  /** A terminal to draw the progress bar on; absent when output goes to a file, a pipe or a test. */
  terminal?: NodeJS.WriteStream;
  /** --json: the one JSON document is the output, so no lines as files finish. */
  json: boolean;
}

/** A load's watcher for the command line, and what it reported (so the rest can be said at the end). */
export interface IngestReporter extends IngestWatch {
  reported: Set<IngestOutcome>;
  stop(): void;
}

/**
 * On a terminal, a load of more than a few files shows a progress bar (files and pages done, pages a second,
 * time left, failures so far) with each file's line printed above it as it finishes; otherwise one line per
 * file as it finishes.
 */
export function ingestReporter(output: ProgressOutput): IngestReporter {
  const reported = new Set<IngestOutcome>();
  let multi: MultiBar | null = null;
  let bar: SingleBar | null = null;
  let started = 0;
  const line = (o: IngestOutcome) => {
    if (output.json) return;
    const text = describeOutcome(o);
    if (multi) multi.log(`${text}\n`);
    else (o.status === 'failed' ? output.err : output.out)(text);
  };
  return {
    reported,
    onStart(files) {
      started = Date.now();
      if (!output.terminal || files < BAR_FROM_FILES) return;
      multi = new MultiBar(
        {
          stream: output.terminal,
          format: 'Loading |{bar}| {value}/{total} files | {pages} pages | {rate} pages/s | {eta_formatted} left | {failed} failed',
          barsize: 24,
          hideCursor: true,
          clearOnComplete: output.json,
          etaBuffer: 20,
        },
      );
      bar = multi.create(files, 0, { pages: 0, rate: '0.0', failed: 0 });
    },
    onFile(o: IngestOutcome, p: IngestProgress) {
      reported.add(o);
      line(o);
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar?.update(p.done, { pages: p.pages, rate: (p.pages / seconds).toFixed(1), failed: p.failed });
    },
    stop() {
      // A last redraw prints the lines still waiting for the bar's next frame.
      multi?.update();
      multi?.stop();
      multi = null;
      bar = null;
    },
  };
}
