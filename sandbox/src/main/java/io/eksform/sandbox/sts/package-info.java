/** AWS STS in the AWS query protocol: GetCallerIdentity for the account's single principal. */
package io.eksform.sandbox.sts;
