/**
 * AWS IAM in the AWS query protocol: roles (trust policies URL-encoded in responses, as IAM does),
 * managed and inline policies, attachments, tags and OpenID Connect providers. IAM is global: one
 * namespace per account whatever the signing region.
 */
package io.eksform.sandbox.iam;
