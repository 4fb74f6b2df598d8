/**
 * `npm run web` / `node electron/webhost/main.ts [--library DIR] [--port N] [--no-open]
 * [--renderer DIR] [--config DIR]`: Copydesk in a browser tab, served on 127.0.0.1.
 * `--config DIR` (or COPYDESK_CONFIG_DIR) keeps settings out of the user's config folder, for
 * tests and demos.
 */
import { parseArgs } from 'node:util';
import { launchWebHost } from './launch.ts';

const USAGE = 'usage: node electron/webhost/main.ts [--library DIR] [--port N] [--no-open] [--renderer DIR] [--config DIR]';

function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      library: { type: 'string' },
      port: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      renderer: { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  let port: number | undefined;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  }
  return { ...values, port };
}

async function main(): Promise<void> {
  let args;
  try {
    args = parse(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (args.help) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  const { stop } = await launchWebHost({
    libraryDir: args.library,
    port: args.port,
    open: !args['no-open'],
    rendererDir: args.renderer,
    configDir: args.config ?? process.env.COPYDESK_CONFIG_DIR,
  });
  const shutdown = () => {
    stop().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err: Error) => {
  process.stderr.write(`Copydesk could not start: ${err.message}\n`);
  process.exit(1);
});
