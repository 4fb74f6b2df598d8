#!/usr/bin/env node
// The `copydesk` command. Plain JavaScript so npm can link it as a bin; the CLI itself is
// TypeScript that Node 24 runs directly (type stripping), so there is no build step.
import { main } from './main.ts';

try {
  process.exitCode = await main(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
} catch (error) {
  // A bug, not bad input: say so plainly, keep the stack for the report, exit 2.
  process.stderr.write(`copydesk: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
}
