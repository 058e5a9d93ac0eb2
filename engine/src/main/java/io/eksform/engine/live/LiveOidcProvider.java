package io.eksform.engine.live;

import java.util.List;
import java.util.Map;

/** An IAM OpenID Connect provider: its ARN, URL (host and path, no scheme), audiences and tags. */
public record LiveOidcProvider(
    String arn, String url, List<String> clientIds, Map<String, String> tags) {
  public LiveOidcProvider {
    clientIds = List.copyOf(clientIds);
    tags = Map.copyOf(tags);
  }
}
