import { Option, type Command } from 'commander';
import { defaultRequestTimeoutSeconds } from '../../api/request-limits.ts';
import { addLocationOptions } from '../data-location.ts';
import { runAction, wholeNumber } from '../run-action.ts';

/** `segmint serve`: the HTTP API and web app over the live engine, until SIGINT or SIGTERM. */
export function registerServe(program: Command): void {
  addLocationOptions(
    program
      .command('serve')
      .description(
        'serve the HTTP API and the web app; on first start, load the demo and print the admin token',
      )
      .addOption(
        new Option('--port <n>', 'the port to listen on (0: any free port)')
          .env('PORT')
          .default(3000)
          .argParser(wholeNumber(0, 65_535)),
      )
      .addOption(new Option('--host <address>', 'the address to listen on').default('0.0.0.0'))
      .option('--no-demo', 'do not load the demo data on first start')
      .option('--log', 'log every request (JSON lines on stdout)')
      .addOption(
        new Option(
          '--request-timeout <s>',
          'seconds a request may work before it is stopped with 503 (0: no limit)',
        )
          .env('SEGMINT_REQUEST_TIMEOUT')
          .default(defaultRequestTimeoutSeconds)
          .argParser(wholeNumber(0, 86_400)),
      )
      .addOption(
        new Option(
          '--tick <s>',
          'seconds between clock ticks; a standby process takes the lead within one tick of the leader dying',
        )
          .env('SEGMINT_TICK')
          .default(30)
          .argParser(wholeNumber(1, 60)),
      )
      .option(
        '--columnar',
        'answer estimates and go-lives from an in-memory columnar image of the records (SQLite; about 750 MiB of memory per million contacts)',
      )
      .option(
        '--allow-private-webhooks',
        'let webhooks reach loopback, private and link-local addresses (refused by default)',
      )
      .addHelpText(
        'after',
        [
          '',
          'Environment:',
          '  SEGMINT_ADMIN_TOKEN  the token to accept (when unset, one is generated and kept in the data directory)',
          '  SEGMINT_PG_URL       same as --pg',
          '  PORT                 same as --port',
          '  SEGMINT_ALLOW_PRIVATE_WEBHOOKS=1  same as --allow-private-webhooks',
          '  SEGMINT_REQUEST_TIMEOUT  same as --request-timeout',
          '  SEGMINT_TICK         same as --tick',
          '  SEGMINT_COLUMNAR=1   same as --columnar',
          '',
          'Several processes may serve one database (PostgreSQL, or an SQLite file on one machine): each',
          'takes requests; one at a time leads, ticking the clock and delivering webhooks.',
        ].join('\n'),
      ),
  ).action(runAction(() => import('../actions/serve.ts').then((m) => m.serve)));
}
