import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// src/policy/suppressions/meta.ts
var INVALID_SUPPRESSION = {
  id: "invalid-suppression",
  title: "Suppression that does not take effect",
  severity: "medium",
  area: "policy",
  rationale: "A suppression must say why the risk is accepted, so that reviewers and auditors can judge it. One without a reason, past its expiry date, or written inline where the configuration allows only reviewed exceptions in the config file does not hide the finding, and is reported so it gets fixed.",
  remediation: {
    text: "Add the reason after the rule id (`# serverless-gate:ignore <rule-id> <reason>`), renew or remove the expired entry, or move the exception to `ignore:` in the config file.",
    snippets: {}
  },
  references: [],
  compliance: [],
  equivalents: {}
};

export {
  INVALID_SUPPRESSION
};
