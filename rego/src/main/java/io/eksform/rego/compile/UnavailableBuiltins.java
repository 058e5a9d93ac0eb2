package io.eksform.rego.compile;

import java.util.Map;

/**
 * Builtins OPA defines that eksform deliberately does not implement (network, runtime). Their names
 * are known so that tests can replace them with {@code with}; a policy may call one only when some
 * module of the same policy mocks it, and an unmocked call at evaluation time is an error. Anywhere
 * else they are undefined functions, as in OPA without the builtin.
 */
public final class UnavailableBuiltins {
  private static final Map<String, Integer> ARITY =
      Map.ofEntries(
          Map.entry("http.send", 1),
          Map.entry("net.lookup_ip_addr", 1),
          Map.entry("rego.parse_module", 2),
          Map.entry("rego.metadata.rule", 0),
          Map.entry("rego.metadata.chain", 0),
          Map.entry("trace", 1));

  private UnavailableBuiltins() {}

  /** The arity of an unavailable builtin, or -1 when the name is not one of them. */
  public static int arity(String name) {
    Integer n = ARITY.get(name);
    return n == null ? -1 : n;
  }
}
