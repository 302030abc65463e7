import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// src/policy/rules/paths/path-cross-account-invoke-privileged.ts
var pathCrossAccountInvokePrivileged = {
  id: "path-cross-account-invoke-privileged",
  title: "Any AWS account can invoke a function with administrator or escalation rights",
  severity: "critical",
  area: "paths",
  reach: "any-account",
  needs: "privileged",
  rationale: "A resource-based permission lets any AWS account (principal `*`, no source account, ARN or organisation) invoke the function, or the queue, topic, bucket or event bus that triggers it lets any AWS account put events into it, and its role may do anything in the account or grant itself more. Anyone with an AWS account can run your most powerful code with their input. Severity from the attack-path matrix.",
  remediation: {
    text: "Name the calling account, service or organisation in the permission (`SourceArn`, `SourceAccount`, `PrincipalOrgID`) or in the event source's policy (an `aws:SourceArn` or `aws:SourceAccount` condition), and grant the function only what it needs.",
    snippets: {
      cloudformation: "Type: AWS::Lambda::Permission\nProperties:\n  Action: lambda:InvokeFunction\n  FunctionName: !Ref Function\n  Principal: 123456789012",
      terraform: 'resource "aws_lambda_permission" "caller" {\n  action        = "lambda:InvokeFunction"\n  function_name = aws_lambda_function.this.function_name\n  principal     = "123456789012"\n}'
    }
  },
  references: ["https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html"],
  compliance: ["OWASP-Serverless-Top10:SAS-3", "OWASP-Serverless-Top10:SAS-4"],
  equivalents: {}
};

// src/policy/rules/paths/path-cross-account-vulnerable-function.ts
var pathCrossAccountVulnerableFunction = {
  id: "path-cross-account-vulnerable-function",
  title: "Any AWS account can invoke a function that ships a vulnerable package",
  severity: "high",
  area: "paths",
  reach: "any-account",
  needs: "vulnerable",
  rationale: "A resource-based permission lets any AWS account invoke the function directly, or the queue, topic, bucket or event bus that triggers it lets any AWS account put events into it, and the function ships a package with a high or critical known vulnerability: whoever holds an AWS account can send it the exploit. Severity from the attack-path matrix (critical when the function may also administer, read secrets or write data).",
  remediation: {
    text: "Upgrade the package to the fixed version, or name the calling account, service or organisation in the permission or in the event source's policy (`SourceArn`, `SourceAccount`, `PrincipalOrgID`, `aws:SourceArn`).",
    snippets: {
      cloudformation: "Type: AWS::Lambda::Permission\nProperties:\n  Action: lambda:InvokeFunction\n  FunctionName: !Ref Function\n  Principal: s3.amazonaws.com\n  SourceArn: !GetAtt Uploads.Arn"
    }
  },
  references: ["https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html"],
  compliance: ["OWASP-Serverless-Top10:SAS-3", "OWASP-Serverless-Top10:SAS-6"],
  equivalents: {}
};

// src/policy/rules/paths/path-public-admin-function.ts
var pathPublicAdminFunction = {
  id: "path-public-admin-function",
  title: "Anyone on the internet can call a function with administrator or escalation rights",
  severity: "critical",
  area: "paths",
  reach: "internet",
  needs: "privileged",
  rationale: "Anyone on the internet can invoke the function, and its role may do anything in the account or grant itself more (`*` on `*`, `iam:PassRole` or policy writes on `*`, `AdministratorAccess`). One bug in the function, in its code or in anything it ships, gives the account away. Severity from the attack-path matrix.",
  remediation: {
    text: "Grant the function only the actions it calls on the resources it uses, or require authorization on its route or URL. Either link removed closes the path; removing the role's administrator rights is the lasting fix.",
    snippets: {
      sam: "Policies:\n  - DynamoDBReadPolicy:\n      TableName: !Ref OrdersTable",
      terraform: 'statement {\n  actions   = ["dynamodb:GetItem"]\n  resources = [aws_dynamodb_table.orders.arn]\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
    "https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-2", "OWASP-Serverless-Top10:SAS-4"],
  equivalents: {}
};

// src/policy/rules/paths/path-public-data-writer.ts
var pathPublicDataWriter = {
  id: "path-public-data-writer",
  title: "Anyone on the internet can call a function that may write or delete any data",
  severity: "high",
  area: "paths",
  reach: "internet",
  needs: "data-write",
  rationale: "Anyone on the internet can invoke the function, and its role may write or delete data in every bucket, table, queue, topic or stream of a service (a write action on `*` or a wildcard, with no condition). A request that makes the function misbehave can destroy or poison data far beyond what the route serves. Writing to its own named table forms no path. Severity from the attack-path matrix.",
  remediation: {
    text: "Scope the write actions to the ARNs of the stores the function uses (or add a condition), or require authorization on its route or URL.",
    snippets: {
      sam: "Policies:\n  - S3CrudPolicy:\n      BucketName: !Ref UploadsBucket",
      terraform: 'statement {\n  actions   = ["s3:PutObject"]\n  resources = ["${aws_s3_bucket.uploads.arn}/*"]\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-2", "OWASP-Serverless-Top10:SAS-4"],
  equivalents: {}
};

// src/policy/rules/paths/path-public-secrets-reader.ts
var pathPublicSecretsReader = {
  id: "path-public-secrets-reader",
  title: "Anyone on the internet can call a function that may read every secret",
  severity: "high",
  area: "paths",
  reach: "internet",
  needs: "secrets",
  rationale: "Anyone on the internet can invoke the function, and its role may read any secret, parameter or key (`secretsmanager:GetSecretValue`, `ssm:GetParameter*` or `kms:Decrypt` on `*` or a wildcard). A request that makes the function misbehave can read credentials for everything else. A function reading its own named secret forms no path. Severity from the attack-path matrix.",
  remediation: {
    text: "Scope the secret read to the ARNs of the secrets or parameters the function needs, or require authorization on its route or URL.",
    snippets: {
      serverless: "provider:\n  iam:\n    role:\n      statements:\n        - Effect: Allow\n          Action: secretsmanager:GetSecretValue\n          Resource: !Ref DbSecret",
      terraform: 'statement {\n  actions   = ["secretsmanager:GetSecretValue"]\n  resources = [aws_secretsmanager_secret.db.arn]\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-2", "OWASP-Serverless-Top10:SAS-4"],
  equivalents: {}
};

// src/policy/rules/paths/path-public-vulnerable-function.ts
var pathPublicVulnerableFunction = {
  id: "path-public-vulnerable-function",
  title: "Anyone on the internet can call a function that ships a vulnerable package",
  severity: "critical",
  area: "paths",
  reach: "internet",
  needs: "vulnerable",
  rationale: "A route, function URL or permission lets anyone on the internet invoke the function, and the function ships a package with a high or critical known vulnerability. The request is the exploit: no foothold is needed. What the function may do (its permissions) is what the attacker gets. Severity from the attack-path matrix.",
  remediation: {
    text: "Close one link of the path: upgrade the package to the fixed version (the quickest), put an authorizer on the route (or `AWS_IAM` on the function URL), or narrow the permissions so a compromised function gets little.",
    snippets: {
      serverless: "functions:\n  listOrders:\n    events:\n      - httpApi:\n          path: /orders\n          method: GET\n          authorizer:\n            name: ordersJwt",
      sam: "Events:\n  List:\n    Type: Api\n    Properties:\n      Path: /orders\n      Method: get\n      Auth:\n        Authorizer: CognitoAuth",
      terraform: 'authorization = "COGNITO_USER_POOLS"\nauthorizer_id = aws_api_gateway_authorizer.cognito.id'
    }
  },
  references: [
    "https://owasp.org/www-project-serverless-top-10/",
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-2", "OWASP-Serverless-Top10:SAS-6"],
  equivalents: {}
};

// src/policy/rules/paths/index.ts
var PATH_RULES = [
  pathPublicVulnerableFunction,
  pathPublicAdminFunction,
  pathCrossAccountInvokePrivileged,
  pathCrossAccountVulnerableFunction,
  pathPublicSecretsReader,
  pathPublicDataWriter
];

export {
  PATH_RULES
};
