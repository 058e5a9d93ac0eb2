/**
 * The AWS SDK v2 clients of a run ({@link io.eksform.engine.aws.AwsClients}), where they point
 * ({@link io.eksform.engine.aws.AwsTarget}), and the translation of failures a user can fix.
 */
package io.eksform.engine.aws;
