#!/usr/bin/env node
// The `segmint` command. It runs the built command line (`npm run build` writes dist/; `npm install`
// and `npm ci` run it), in this process, so signals and the exit code are the command's own.
// With SEGMINT_FROM_SOURCE=1 it runs the TypeScript in src/ through tsx instead (a development
// dependency): what the tests do, so that they test the code in the tree and never a stale build.
import { existsSync } from 'node:fs';
import module from 'node:module';
import process from 'node:process';
import { URL } from 'node:url';

// Node 22.1 and later keep the code they compile on disk, so that the next start skips compiling the
// hundreds of modules of the server again; Node 20 has no such cache and starts as it always does.
/** @type {{ enableCompileCache?: () => unknown }} */ (module).enableCompileCache?.();

if (process.env.SEGMINT_FROM_SOURCE === '1') {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
} else {
  const built = new URL('../dist/src/cli/main.js', import.meta.url);
  if (!existsSync(built)) {
    process.stderr.write(
      'segmint: Segmint is not built: dist/src/cli/main.js is missing.\n' +
        '  Run `npm run build` (or `npm ci`, which builds), or run the source with SEGMINT_FROM_SOURCE=1.\n',
    );
    process.exit(1);
  }
  await import(built.href);
}
