import { existsSync } from 'node:fs';

/**
 * The folder Segmint is installed in, the one that holds its `package.json` and `web/dist`. Found by
 * walking up from this file, so it is the same folder whether the code runs from source
 * (`src/api/`, through tsx or vitest) or built (`dist/src/api/`), in a clone or a global install.
 *
 * @example
 * readFileSync(new URL('package.json', packageRoot), 'utf8');
 */
export const packageRoot: URL = findPackageRoot(new URL('.', import.meta.url));

function findPackageRoot(start: URL): URL {
  for (let dir = start; ;) {
    if (existsSync(new URL('package.json', dir))) return dir;
    const parent = new URL('..', dir);
    if (parent.href === dir.href)
      throw new Error(`Segmint's package.json is not in any folder above ${start.href}.`);
    dir = parent;
  }
}
