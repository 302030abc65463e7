import { literal } from '../../../model/attr.js'
import type { Attr, PublicAccessBlock, Resource } from '../../../model/types.js'
import type { Rule, RuleContext } from '../../types.js'
import {
  publicEvidence,
  publicGrantSentence,
  publicStatementsOf
} from '../lib/resource-policies.js'
import {
  isExternal,
  policyHoldersOfKind,
  resourceLabel,
  type SettingState
} from '../lib/resource-settings.js'
import { ownValue } from '../../../model/own.js'

/** Canned ACLs that grant access outside the account, by name without dashes, lowercased. */
const PUBLIC_ACLS: Record<string, string> = {
  publicread: 'anyone on the internet can list its objects',
  publicreadwrite: 'anyone on the internet can list, upload and overwrite its objects',
  authenticatedread: 'every AWS account in the world can list its objects'
}

export const s3PublicAccess: Rule = {
  id: 's3-public-access',
  title: 'S3 bucket open to the public',
  severity: 'high',
  area: 'data',
  rationale:
    "A bucket becomes public through a public canned ACL (`PublicRead`, `PublicReadWrite`, `AuthenticatedRead`) or a bucket policy statement that allows Principal `*` without a condition restricting the caller. Uploads, exports and backups are then readable (or writable) by anyone who finds the bucket name. An ACL is not reported when the bucket's public access block blocks or ignores public ACLs, and a policy is not reported when it blocks public policies or restricts public buckets; a missing block is not relied on, because buckets created before April 2023 and accounts that changed the default do not have it.",
  remediation: {
    text: "Remove the public ACL or the public policy statement, and turn on all four settings of the bucket's public access block. Serve public files through CloudFront with origin access control instead of a public bucket.",
    snippets: {
      serverless:
        'resources:\n  Resources:\n    AssetsBucket:\n      Type: AWS::S3::Bucket\n      Properties:\n        PublicAccessBlockConfiguration:\n          BlockPublicAcls: true\n          BlockPublicPolicy: true\n          IgnorePublicAcls: true\n          RestrictPublicBuckets: true',
      sam: 'AssetsBucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    PublicAccessBlockConfiguration:\n      BlockPublicAcls: true\n      BlockPublicPolicy: true\n      IgnorePublicAcls: true\n      RestrictPublicBuckets: true',
      cloudformation:
        'Type: AWS::S3::Bucket\nProperties:\n  PublicAccessBlockConfiguration:\n    BlockPublicAcls: true\n    BlockPublicPolicy: true\n    IgnorePublicAcls: true\n    RestrictPublicBuckets: true',
      terraform:
        'resource "aws_s3_bucket_public_access_block" "assets" {\n  bucket                  = aws_s3_bucket.assets.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-3', 'CIS-AWS-Foundations:2.1.4'],
  equivalents: {
    checkov: ['CKV_AWS_20', 'CKV_AWS_57', 'CKV_AWS_70'],
    kics: ['219f4c95', '7772bb8c'],
    cfnNag: ['W31', 'F14', 'F16']
  },
  check(ctx) {
    for (const bucket of policyHoldersOfKind(ctx.service, 'bucket')) {
      checkAcl(ctx, bucket)
      checkPolicy(ctx, bucket)
    }
  }
}

function checkAcl(ctx: RuleContext, bucket: Resource): void {
  const acl = bucket.attributes.acl
  if (!acl) return
  const name = literal(acl)
  const block = bucket.attributes.publicAccessBlock
  if (name === undefined) {
    undecided(ctx, bucket, acl, 'the bucket ACL is not known before deployment')
    return
  }
  const effect = ownValue(PUBLIC_ACLS, name.toLowerCase().replace(/-/g, ''))
  if (!effect) return
  const blocked = anyOn(block?.blockPublicAcls, block?.ignorePublicAcls)
  if (blocked === 'on') return
  if (blocked === 'unknown') {
    undecided(ctx, bucket, acl, 'whether the public access block stops public ACLs is not known')
    return
  }
  ctx.report({
    resource: bucket.id,
    evidence: `ACL ${name}`,
    location: acl.loc,
    message: `${resourceLabel(bucket)} has the public canned ACL \`${name}\`: ${effect}`
  })
}

function checkPolicy(ctx: RuleContext, bucket: Resource): void {
  const { open, undecided: unknown } = publicStatementsOf(bucket)
  for (const u of unknown) ctx.undecidable({ resource: bucket.id, ...u })
  if (open.length === 0) return
  const block = bucket.attributes.publicAccessBlock
  // A bucket defined elsewhere has its public access block elsewhere too.
  const external = isExternal(bucket)
  const blocked = external
    ? 'unknown'
    : anyOn(block?.blockPublicPolicy, block?.restrictPublicBuckets)
  if (blocked === 'on') return
  for (const statement of open) {
    const location = statement.statement.loc
    if (blocked === 'unknown') {
      ctx.undecidable({
        resource: bucket.id,
        reason: external
          ? `the bucket policy is public, but ${resourceLabel(bucket)} is not defined here: whether its public access block stops the policy is not known`
          : 'whether the public access block stops public policies is not known',
        location
      })
      continue
    }
    ctx.report({
      resource: bucket.id,
      evidence: publicEvidence(statement),
      location,
      message: `${resourceLabel(bucket)}'s bucket policy ${publicGrantSentence(statement)}, and ${blockState(block)}`
    })
  }
}

/** Whether at least one of the settings is known to be on. */
function anyOn(...settings: (Attr<boolean> | undefined)[]): SettingState {
  const values = settings.filter(s => s !== undefined).map(s => literal(s))
  if (values.includes(true)) return 'on'
  return values.includes(undefined) ? 'unknown' : 'off'
}

function blockState(block: PublicAccessBlock | undefined): string {
  return block
    ? 'its public access block does not block public policies'
    : 'the bucket sets no public access block'
}

function undecided(ctx: RuleContext, bucket: Resource, attr: Attr<unknown>, reason: string): void {
  ctx.undecidable({ resource: bucket.id, reason, location: attr.loc })
}
