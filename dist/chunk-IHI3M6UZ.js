import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// src/policy/rules/deps/vulnerable-dependency.ts
var VULNERABLE_DEPENDENCY = {
  id: "vulnerable-dependency",
  title: "Dependency with a known vulnerability",
  severity: "high",
  area: "dependencies",
  rationale: "A function ships its dependencies inside its deployment package, so a vulnerable library is a vulnerable function. The severity of each finding is that of its worst vulnerability (CVSS base score, else the advisory database rating).",
  remediation: {
    text: "Upgrade the package to the version the finding names (the smallest that fixes all its known vulnerabilities), regenerate the lockfile, and deploy. If no fix exists, ignore the vulnerability in `vulnerabilities.ignore` with the reason and an expiry date.",
    snippets: {}
  },
  references: ["https://osv.dev/", "https://google.github.io/osv.dev/api/"],
  compliance: ["OWASP-Serverless-Top10:SAS-6"],
  equivalents: {}
};

export {
  VULNERABLE_DEPENDENCY
};
