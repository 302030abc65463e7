import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  OsvUnavailableError,
  comparatorFor,
  compareVersions,
  createOsvClient,
  describeFix,
  isAffected,
  isOsvUnavailable,
  openOfflineDatabase,
  recordSeverity,
  scanPackages,
  severityRank,
  smallestFix
} from "./chunk-J7CR4HHA.js";
import {
  DEFAULT_VULNERABILITIES_CONFIG,
  configIssues,
  ignoreEntrySchema,
  parseVulnerabilitiesConfig,
  vulnerabilitiesConfigSchema
} from "./chunk-2RGEVORR.js";
import "./chunk-ZVCLYLCS.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  DEFAULT_VULNERABILITIES_CONFIG,
  OsvUnavailableError,
  comparatorFor,
  compareVersions,
  configIssues,
  createOsvClient,
  describeFix,
  ignoreEntrySchema,
  isAffected,
  isOsvUnavailable,
  openOfflineDatabase,
  parseVulnerabilitiesConfig,
  recordSeverity,
  scanPackages,
  severityRank,
  smallestFix,
  vulnerabilitiesConfigSchema
};
