#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  EXIT_ERROR,
  UsageError
} from "./chunk-QUQGESWO.js";
import {
  plainLines
} from "./chunk-A7L7NCZO.js";
import {
  ConfigError,
  errorMessage
} from "./chunk-G4PDCYJP.js";
import "./chunk-GH4QJ2HJ.js";

// src/cli/main.ts
var COMMANDS = {
  scan: async () => (await import("./chunk-ZXIFAL75.js")).scanCommand,
  inventory: async () => (await import("./chunk-XVZK2CTK.js")).inventoryCommand,
  paths: async () => (await import("./chunk-ZL5EJESJ.js")).pathsCommand,
  rules: async () => (await import("./chunk-QT3YG3EJ.js")).rulesCommand,
  init: async () => (await import("./chunk-Y5IFX3OM.js")).initCommand
};
var help = (commands) => `serverless-gate: security gate for serverless applications

Usage: serverless-gate <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(12)}${c.summary}`).join("\n")}

Run \`serverless-gate <command> --help\` for a command's options.
Exit codes: 0 ok, 1 findings at or above the threshold, 2 usage, configuration or scan error.
`;
async function runCli(argv, io) {
  const [name, ...args] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.out.write(await fullHelp());
    return name === void 0 ? EXIT_ERROR : 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
  if (!load) {
    io.err.write(`serverless-gate: unknown command \`${name}\`

${await fullHelp()}`);
    return EXIT_ERROR;
  }
  const command = await load();
  if (args.includes("--help") || args.includes("-h")) {
    io.out.write(command.usage);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (err) {
    const usage = err instanceof UsageError ? `

${command.usage}` : "";
    const kind = err instanceof UsageError || err instanceof ConfigError ? "" : "error: ";
    io.err.write(
      `serverless-gate ${command.name}: ${kind}${plainLines(errorMessage(err))}${usage}
`
    );
    return EXIT_ERROR;
  }
}
async function fullHelp() {
  return help(await Promise.all(Object.values(COMMANDS).map((load) => load())));
}

// src/cli/index.ts
process.exitCode = await runCli(process.argv.slice(2), {
  out: process.stdout,
  err: process.stderr,
  cwd: process.cwd()
});
