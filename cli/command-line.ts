/**
 * The arguments of a command-line tool (`npm run check`, `new-case`, `bench`):
 * node:util's parseArgs with a `--help`/`-h` option added. `--help` prints the
 * usage and exits 0; a wrong argument prints the problem and the usage and
 * exits 2, so every tool answers the same way.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export function commandLine<O extends Options>(
  options: O,
  usage: string,
  { allowPositionals = false, errorPrefix = '' } = {},
) {
  const config = {
    options: { ...options, help: { type: 'boolean', short: 'h' } } as O & {
      help: { type: 'boolean'; short: 'h' };
    },
    allowPositionals,
    strict: true as const,
  };
  let parsed: ReturnType<typeof parseArgs<typeof config>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    console.error(`${errorPrefix}${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}
