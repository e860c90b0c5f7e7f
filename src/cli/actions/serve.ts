import type { AddressInfo } from 'node:net';
import { buildApp } from '../../api/index.ts';
import { Engine } from '../../engine/index.ts';
import { resolveAdminToken, type AdminToken } from '../admin-token.ts';
import { CliError } from '../cli-error.ts';
import { dataLocation, type DataLocation, type LocationOptions } from '../data-location.ts';
import { firstStart } from '../demo/first-start.ts';
import { ExitCode } from '../exit-codes.ts';
import { openLocation } from '../open-engine.ts';
import { printLines } from '../output.ts';
import { shutdownSignal } from '../shutdown-signal.ts';

export interface ServeOptions extends LocationOptions {
  readonly port: number;
  readonly host: string;
  readonly demo: boolean;
  readonly log?: boolean;
  readonly allowPrivateWebhooks?: boolean;
  /** Estimates and go-lives from a columnar image (`EngineOptions.columnar`). */
  readonly columnar?: boolean;
  /** Seconds request work may run (`StoreOptions.timeLimitMs`); 0 for no limit. */
  readonly requestTimeout: number;
  /** Seconds between clock ticks (`EngineOptions.tickMs`). */
  readonly tick?: number;
}

/**
 * `serve`: the HTTP API and the web app over the live engine, with the clock ticking, until SIGINT or
 * SIGTERM; then it stops taking requests, lets those in flight finish, and closes the database.
 */
export async function serve(options: ServeOptions): Promise<ExitCode> {
  const location = withTimeLimit(dataLocation(options), options.requestTimeout);
  const database = await openLocation(location, { create: true });
  let engine: Engine | undefined;
  try {
    const allowPrivateWebhookTargets =
      options.allowPrivateWebhooks === true || process.env.SEGMINT_ALLOW_PRIVATE_WEBHOOKS === '1';
    engine = await Engine.open(database, {
      allowPrivateWebhookTargets,
      columnar: options.columnar === true || process.env.SEGMINT_COLUMNAR === '1',
      ...(options.tick !== undefined && { tickMs: options.tick * 1000 }),
    });
    await printLines(await firstStart(engine, options));
    // Leading (or standing by) before the API starts, so that webhook delivery starts knowing which.
    await engine.start();
    const token = resolveAdminToken(location.dataDir, process.env.SEGMINT_ADMIN_TOKEN);
    // A new token is printed at once: should listening fail, it has still been seen.
    if (token.source === 'generated') await printLines(tokenLines(token));
    const app = await buildApp({
      engine,
      adminToken: token.value,
      log: options.log === true ? 'requests' : 'errors',
    });
    try {
      await app.listen({ port: options.port, host: options.host });
    } catch (error) {
      await app.close();
      throw listenError(error, options);
    }
    // Listening for the signals before saying where it serves: a script may signal as soon as it reads that.
    const stopping = shutdownSignal();
    const { port } = app.server.address() as AddressInfo;
    const host = ['0.0.0.0', '::'].includes(options.host) ? 'localhost' : options.host;
    await printLines([
      `Segmint is serving http://${host.includes(':') ? `[${host}]` : host}:${port} (${location.description})`,
      ...(token.source === 'generated' ? [] : tokenLines(token)),
      'Stop it with Ctrl+C.',
    ]);
    const signal = await stopping;
    process.stderr.write(`Received ${signal}: finishing the requests in flight, then stopping …\n`);
    const closed = await withinTime(app.close(), closeGraceMs);
    if (!closed) {
      process.stderr.write('segmint: requests still open after 10 s; closing them.\n');
      app.server.closeAllConnections();
    }
    return ExitCode.ok;
  } finally {
    await engine?.stop();
    await database.close();
  }
}

/** The database opened so that request work stops at the server's time limit. */
function withTimeLimit(location: DataLocation, seconds: number): DataLocation {
  return seconds === 0
    ? location
    : { ...location, database: { ...location.database, timeLimitMs: seconds * 1000 } };
}

/** How long shutdown waits for open requests (event streams included) before it closes anyway. */
const closeGraceMs = 10_000;

/** True when `work` settles within `ms`, false when the time ran out first. */
async function withinTime(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => {
      resolve(false);
    }, ms);
  });
  try {
    return await Promise.race([work.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function tokenLines(token: AdminToken): string[] {
  switch (token.source) {
    case 'generated':
      return [
        `Admin token (printed this once; kept in ${token.file ?? ''}): ${token.value}`,
        '  Send it as "Authorization: Bearer <token>", or set SEGMINT_ADMIN_TOKEN to choose your own.',
      ];
    case 'file':
      return [`Admin token: the one kept in ${token.file ?? ''}`];
    case 'environment':
      return ['Admin token: the one in SEGMINT_ADMIN_TOKEN'];
  }
}

function listenError(error: unknown, options: ServeOptions): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    return new CliError(`Port ${options.port} is already in use; choose another with --port (or PORT).`);
  if (code === 'EACCES')
    return new CliError(`Not allowed to listen on port ${options.port}; choose one above 1023.`);
  if (code === 'EADDRNOTAVAIL')
    return new CliError(`This machine has no address ${options.host}; check --host.`);
  return new CliError(`Cannot listen on ${options.host}:${options.port}: ${(error as Error).message}`);
}
