/**
 * The `segmint` command line. `bin/segmint.js` runs it built (`dist/src/cli/main.js`, from
 * `npm run build`), or from this source through tsx when SEGMINT_FROM_SOURCE=1.
 */
import { readFileSync } from 'node:fs';
import { packageRoot } from '../api/package-root.ts';
import { runProgram } from './program.ts';

// `segmint … | head` closes stdout early: that is the reader's choice, not a failure. Any other
// failure to write the output (a full disk) is one.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`segmint: Cannot write the output: ${error.message}\n`);
  process.exit(1);
});

const { version } = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as {
  version: string;
};
process.exitCode = await runProgram(process.argv, version);
