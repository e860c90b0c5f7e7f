/**
 * The `segmint` command line. The HTTP server, the live engine and the commands of API.md are the
 * next issues; until they land, `serve` says what is built.
 */
const [command = 'help'] = process.argv.slice(2);

const built = [
  'schema: the CRM entities and custom attributes',
  'definitions: parsing, the operator catalogue',
  'validation: every problem with its path',
  'compilation: one SQL query per segment, SQLite and PostgreSQL',
  'evaluation of one contact with the reason',
  'the store: SQLite and PostgreSQL',
];

if (command === 'serve') {
  process.stdout.write(
    [
      'Segmint: the segment core is built; the server is not yet.',
      ...built.map((line) => `  built: ${line}`),
      '  not yet: live membership (engine), the HTTP API on port 3000, the command line, the web app.',
      'Run `npm test` to see the core at work.',
      '',
    ].join('\n'),
  );
} else {
  process.stdout.write('Usage: segmint serve\n');
  process.exitCode = command === 'help' || command === '--help' ? 0 : 1;
}
