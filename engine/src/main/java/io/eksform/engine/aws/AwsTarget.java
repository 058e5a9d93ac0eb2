package io.eksform.engine.aws;

import java.net.URI;
import java.util.Optional;

/**
 * Where the engine talks to AWS: the region, an optional endpoint that replaces every service's
 * (the sandbox, or another emulator), and whether to use fixed dummy credentials (the sandbox
 * accepts any) instead of the default credential chain.
 */
public record AwsTarget(String region, Optional<URI> endpoint, boolean dummyCredentials) {
  public static AwsTarget real(String region) {
    return new AwsTarget(region, Optional.empty(), false);
  }
}
