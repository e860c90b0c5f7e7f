import { chmodSync, closeSync, existsSync, openSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { adminTokenFileName } from './admin-token.ts';

/** The files of a data directory that hold personal data or secrets. */
const privateFiles = (databaseFile: string) => [
  databaseFile,
  `${databaseFile}-wal`,
  `${databaseFile}-shm`,
  `${databaseFile}-journal`,
];

/**
 * Keeps a data directory private to the user who runs Segmint: the database holds names, emails,
 * behaviour and webhook secrets. The folder is made 0700, the database 0600 before SQLite first opens
 * it (SQLite gives its WAL and shared-memory files the database's mode; `prepareLocation` makes a new
 * folder 0700), and files and folders left readable by a
 * version that did not do this are tightened. A folder Segmint did not make for its data (the current
 * directory, say) keeps its mode; only Segmint's own files in it are tightened.
 */
export function keepPrivate(dataDir: string, databaseFile: string | undefined): void {
  const own = (path: string) => existsSync(path) && statSync(path).uid === process.getuid?.();
  const holdsData =
    (databaseFile !== undefined && existsSync(databaseFile)) || existsSync(join(dataDir, adminTokenFileName));
  if (own(dataDir) && resolve(dataDir) !== process.cwd() && holdsData) tighten(dataDir, 0o700);
  if (databaseFile === undefined) return;
  // `a`: create when missing, never truncate; the mode applies only to a new file.
  if (!existsSync(databaseFile)) closeSync(openSync(databaseFile, 'a', 0o600));
  for (const file of [...privateFiles(databaseFile), join(dataDir, adminTokenFileName)])
    if (own(file)) tighten(file, 0o600);
}

function tighten(path: string, mode: number): void {
  const current = statSync(path).mode & 0o777;
  if ((current & ~mode) !== 0) chmodSync(path, current & mode);
}
