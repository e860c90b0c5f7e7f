import cliProgress from 'cli-progress';

/** A progress bar on stderr; every method does nothing when stderr is not a terminal. */
export interface Progress {
  /** Moves the bar to `value` of the total; `detail` is shown after the counts (`1,204 rows`). */
  update(value: number, detail?: string): void;
  /** Fills the bar and removes it, leaving the terminal as it was. */
  stop(): void;
}

const quiet: Progress = { update: () => undefined, stop: () => undefined };

/**
 * A progress bar for long work: `label [=====-----] 42% | 4,200/10,000 rows | ETA 3s`. Only when
 * stderr is a terminal, so pipes, files and CI logs get no control characters.
 *
 * @example
 * const progress = progressBar('Importing', size, { unit: 'bytes' });
 * progress.update(bytesRead, `${rows} rows`);
 * progress.stop();
 */
export function progressBar(
  label: string,
  total: number,
  options: { readonly unit?: 'bytes' | 'rows'; readonly stream?: NodeJS.WriteStream } = {},
): Progress {
  const stream = options.stream ?? process.stderr;
  if (!stream.isTTY || total <= 0) return quiet;
  const unit = options.unit ?? 'rows';
  const show = (n: number) => (unit === 'bytes' ? formatBytes(n) : n.toLocaleString('en-US'));
  const bar = new cliProgress.SingleBar(
    {
      stream,
      clearOnComplete: true,
      hideCursor: true,
      etaBuffer: 50,
      format: (barOptions, params, payload: { detail?: string }) => {
        const width = barOptions.barsize ?? 30;
        const filled = Math.round(Math.min(1, params.progress) * width);
        const counts = `${show(params.value)}/${show(params.total)}${unit === 'rows' ? ' rows' : ''}`;
        const detail = payload.detail ? ` | ${payload.detail}` : '';
        const eta = params.eta > 0 && Number.isFinite(params.eta) ? ` | ETA ${params.eta}s` : '';
        const percent = Math.floor(Math.min(1, params.progress) * 100);
        return `${label} [${'='.repeat(filled)}${'-'.repeat(width - filled)}] ${percent}% | ${counts}${detail}${eta}`;
      },
    },
    cliProgress.Presets.legacy,
  );
  bar.start(total, 0, { detail: '' });
  return {
    update(value, detail) {
      bar.update(Math.min(value, total), { detail: detail ?? '' });
    },
    stop() {
      bar.update(total);
      bar.stop();
    },
  };
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}
