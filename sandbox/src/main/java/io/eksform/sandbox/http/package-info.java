/**
 * The HTTP edge of the sandbox: one listener for every AWS service, routing by the SigV4 credential
 * scope, the request log and fault injection. A {@code SandboxRequest} is one parsed AWS call, an
 * {@code Operation} is the named call a service API resolved it to, a {@code Reply} is what goes
 * back on the wire and an {@code AwsError} is a modeled AWS error that each protocol renders its
 * own way.
 */
package io.eksform.sandbox.http;
