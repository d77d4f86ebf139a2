import cliProgress from 'cli-progress';

/** Progress of a long fetch: pages (or images) done out of a total that may grow as endpoints report their page counts. */
export interface Progress {
  start(total: number): void;
  setTotal(total: number): void;
  increment(): void;
  stop(): void;
}

export const silentProgress: Progress = { start() {}, setTotal() {}, increment() {}, stop() {} };

/** A progress bar on a terminal; on anything else (a log file, CI) one line now and then. */
export function terminalProgress(label: string, stream: NodeJS.WriteStream = process.stderr, unit = 'pages'): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {value}/{total} ${unit} · {eta_formatted} left`, stream, hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    return {
      start: (total) => bar.start(total, 0),
      setTotal: (total) => bar.setTotal(total),
      increment: () => bar.increment(),
      stop: () => bar.stop(),
    };
  }
  let done = 0;
  let total = 0;
  let lastShown = -1;
  const show = () => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    if (percent >= lastShown + 10 || done === total) {
      lastShown = percent;
      stream.write(`${label}: ${done}/${total} ${unit}\n`);
    }
  };
  return {
    start(t) {
      total = t;
      done = 0;
    },
    setTotal(t) {
      total = t;
    },
    increment() {
      done += 1;
      show();
    },
    stop() {},
  };
}
