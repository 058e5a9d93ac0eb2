package io.eksform.sandbox.http;

/** One AWS service on the shared port: resolves requests to operations and renders its errors. */
public interface ServiceApi {

  /** Resolves the operation a request asks for; throws {@link AwsError} when it is unknown. */
  Operation route(SandboxRequest request);

  /** Renders a modeled error in this service's protocol. */
  Reply error(AwsError error, SandboxRequest request);

  /** The error this service answers when it throttles a caller. */
  AwsError throttled();

  /** The error this service answers for an internal failure (retried by SDKs). */
  AwsError internalFailure();
}
