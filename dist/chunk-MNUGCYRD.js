import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  PATH_RULES
} from "./chunk-6ATYAQCS.js";
import {
  DIFF_RULES,
  customRule
} from "./chunk-WNHZODXO.js";
import {
  INVALID_SUPPRESSION
} from "./chunk-OJQZW7RI.js";
import {
  CATALOG
} from "./chunk-IFPMTODG.js";
import {
  VULNERABLE_DEPENDENCY
} from "./chunk-IHI3M6UZ.js";

// src/report/rules-meta.ts
function allRuleMeta(config) {
  const custom = (config?.["custom-rules"] ?? []).map(customRule);
  const metas = [
    ...CATALOG,
    ...DIFF_RULES,
    VULNERABLE_DEPENDENCY,
    ...PATH_RULES,
    INVALID_SUPPRESSION,
    ...custom
  ];
  const seen = /* @__PURE__ */ new Set();
  return metas.filter((r) => !seen.has(r.id) && seen.add(r.id));
}

export {
  allRuleMeta
};
