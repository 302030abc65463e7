// Regenerates docs/rules.md from the rules' metadata (a test fails when the committed file is stale).
import { writeFileSync } from 'node:fs'
import { allRuleMeta } from '../src/report/rules-meta.js'
import { renderRulesMarkdown } from '../src/report/rules-doc.js'

writeFileSync(new URL('../docs/rules.md', import.meta.url), renderRulesMarkdown(allRuleMeta()))
