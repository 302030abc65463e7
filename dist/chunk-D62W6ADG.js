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
} from "./chunk-HWCTCYKZ.js";
import {
  DEFAULT_VULNERABILITIES_CONFIG,
  configIssues,
  ignoreEntrySchema,
  parseVulnerabilitiesConfig,
  vulnerabilitiesConfigSchema
} from "./chunk-35MOABOI.js";
import "./chunk-6P36TZKO.js";
import "./chunk-ZVCLYLCS.js";
import "./chunk-X54H5DKA.js";
import "./chunk-G4PDCYJP.js";
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
