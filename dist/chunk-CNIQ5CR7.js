import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// src/policy/engine/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprintKey(f) {
  return [f.ruleId, f.file, f.service, f.resource, f.evidence].join("\0");
}
function fingerprintOf(key, occurrence) {
  return createHash("sha256").update(`${key}\0${occurrence}`).digest("hex").slice(0, 32);
}

export {
  fingerprintKey,
  fingerprintOf
};
