import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// src/report/plain-text.ts
var TERMINAL_ESCAPE = (
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]|\u001b[@-_]?/g
);
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
var visible = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
function oneLine(text) {
  return text.replace(TERMINAL_ESCAPE, "").replace(CONTROL, (c) => NAMED[c] ?? visible(c)).replace(LONE_SURROGATE, visible);
}
var COMMAND_LINE = /^(\s*)(::|##\[)/gm;
var LEGACY_COMMAND = /##\[/g;
function withoutWorkflowCommands(output) {
  return output.replace(COMMAND_LINE, (_, space, start) => `${space}\u200B${start}`).replace(LEGACY_COMMAND, "##\u200B[");
}
function jsonOutput(value) {
  return `${JSON.stringify(value, null, 2).replace(LEGACY_COMMAND, "##\\u005b")}
`;
}
function plainLines(text) {
  return withoutWorkflowCommands(text.split("\n").map(oneLine).join("\n"));
}
function logLine(text) {
  return withoutWorkflowCommands(oneLine(text));
}
function clip(text, max) {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function clipBytes(text, max) {
  if (Buffer.byteLength(text) <= max) return text;
  let bytes = Buffer.byteLength("\u2026");
  let out = "";
  for (const c of text) {
    bytes += Buffer.byteLength(c);
    if (bytes > max) break;
    out += c;
  }
  return `${out}\u2026`;
}

export {
  oneLine,
  withoutWorkflowCommands,
  jsonOutput,
  plainLines,
  logLine,
  clip,
  clipBytes
};
