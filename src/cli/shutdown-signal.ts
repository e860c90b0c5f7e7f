/**
 * Resolves with the first SIGINT or SIGTERM, so a server can close cleanly. A second signal while it
 * closes ends the process at once (exit 1).
 */
export function shutdownSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const first = (signal: NodeJS.Signals) => {
      process.off('SIGINT', first);
      process.off('SIGTERM', first);
      const again = () => {
        process.stderr.write('segmint: stopping now, without waiting.\n');
        process.exit(1);
      };
      process.once('SIGINT', again);
      process.once('SIGTERM', again);
      resolve(signal);
    };
    process.on('SIGINT', first);
    process.on('SIGTERM', first);
  });
}
