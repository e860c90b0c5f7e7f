/**
 * The exit codes of `segmint`, which scripts can rely on. 64 is `EX_USAGE` of BSD's sysexits.h, as
 * many command lines use it.
 */
export const ExitCode = {
  /** Done as asked. */
  ok: 0,
  /** It failed, or it found problems (invalid definition, drift, an unknown segment, a missing file). */
  failure: 1,
  /** An import loaded the good rows and rejected some. */
  partial: 2,
  /** The command line itself was wrong: an unknown command or option, a missing or bad argument. */
  usage: 64,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** The table `segmint --help` ends with. */
export const exitCodeHelp = `
Exit codes:
  0   ok
  1   failure, or problems found (invalid definition, drift, unknown segment, missing file)
  2   partial import: the good rows loaded, some rows were rejected
  64  usage error (unknown command or option, missing or bad argument)`;
