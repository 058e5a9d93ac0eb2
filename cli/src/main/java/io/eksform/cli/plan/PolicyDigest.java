package io.eksform.cli.plan;

import io.eksform.engine.live.Fingerprints;
import io.eksform.engine.policy.PolicySources;
import java.util.TreeMap;

/** A digest of the policies a plan was checked with, so that apply can tell when they changed. */
public final class PolicyDigest {
  private PolicyDigest() {}

  public static String of(PolicySources sources) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(sources.modules())
        .forEach((name, body) -> text.append(name).append('\n').append(body).append('\n'));
    text.append(sources.data().toString());
    return Fingerprints.sha256(text.toString());
  }
}
