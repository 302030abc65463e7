import type { PathRule } from './types.js'

export const pathPublicDataWriter: PathRule = {
  id: 'path-public-data-writer',
  title: 'Anyone on the internet can call a function that may write or delete any data',
  severity: 'high',
  area: 'paths',
  reach: 'internet',
  needs: 'data-write',
  rationale:
    'Anyone on the internet can invoke the function, and its role may write or delete data in every bucket, table, queue, topic or stream of a service (a write action on `*` or a wildcard, with no condition). A request that makes the function misbehave can destroy or poison data far beyond what the route serves. Writing to its own named table forms no path. Severity from the attack-path matrix.',
  remediation: {
    text: 'Scope the write actions to the ARNs of the stores the function uses (or add a condition), or require authorization on its route or URL.',
    snippets: {
      sam: 'Policies:\n  - S3CrudPolicy:\n      BucketName: !Ref UploadsBucket',
      terraform:
        'statement {\n  actions   = ["s3:PutObject"]\n  resources = ["${aws_s3_bucket.uploads.arn}/*"]\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-2', 'OWASP-Serverless-Top10:SAS-4'],
  equivalents: {}
}
