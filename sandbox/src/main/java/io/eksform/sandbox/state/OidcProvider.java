package io.eksform.sandbox.state;

import java.util.List;
import java.util.Map;

/** An IAM OpenID Connect provider; {@code url} is stored without its scheme, as IAM returns it. */
public record OidcProvider(
    String arn,
    String url,
    List<String> clientIds,
    List<String> thumbprints,
    Map<String, String> tags,
    long createdAt) {

  /** Normalizes collections to immutable copies. */
  public OidcProvider {
    clientIds = List.copyOf(clientIds);
    thumbprints = List.copyOf(thumbprints);
    tags = Map.copyOf(tags);
  }

  /** A copy with other client ids (audiences). */
  public OidcProvider withClientIds(List<String> ids) {
    return new OidcProvider(arn, url, ids, thumbprints, tags, createdAt);
  }

  /** A copy with other thumbprints. */
  public OidcProvider withThumbprints(List<String> prints) {
    return new OidcProvider(arn, url, clientIds, prints, tags, createdAt);
  }

  /** A copy with other tags. */
  public OidcProvider withTags(Map<String, String> newTags) {
    return new OidcProvider(arn, url, clientIds, thumbprints, newTags, createdAt);
  }
}
