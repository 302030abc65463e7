import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// src/model/location.ts
function locationAt(file, line, column = 1) {
  return { file, line, column };
}
function formatLocation(loc) {
  return `${loc.file}:${loc.line}:${loc.column}`;
}
function diagnostic(file, message, code, at = {}, severity = "error") {
  return { file, line: at.line ?? 1, column: at.column ?? 1, message, code, severity };
}
function uniqueDiagnostics(ds) {
  const seen = /* @__PURE__ */ new Set();
  return ds.filter((d) => {
    const key = `${d.file}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export {
  locationAt,
  formatLocation,
  diagnostic,
  uniqueDiagnostics
};
