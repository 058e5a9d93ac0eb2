package io.eksform.rego.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry entry point: families present with OPA arities, refused builtins absent. */
class StandardBuiltinsTest {
  private static final BuiltinRegistry REGISTRY = Calls.REGISTRY;

  @Test
  void registersEveryFamilyWithOpaArities() {
    List<String> sample =
        List.of(
            "concat/2",
            "sprintf/2",
            "regex.match/2",
            "regex.template_match/4",
            "count/1",
            "array.slice/3",
            "object.get/3",
            "union/1",
            "to_number/1",
            "json.patch/2",
            "yaml.marshal/1",
            "base64url.encode_no_pad/1",
            "urlquery.decode_object/1",
            "numbers.range_step/3",
            "bits.lsh/2",
            "time.now_ns/0",
            "time.add_date/4",
            "units.parse_bytes/1",
            "glob.match/3",
            "regex.globs_match/2",
            "semver.compare/2",
            "net.cidr_merge/1",
            "graph.reachable_paths/2",
            "uuid.rfc4122/1",
            "uri.parse/1",
            "strings.split_n/3",
            "is_set/1",
            "type_name/1");
    for (String s : sample) {
      String name = s.substring(0, s.indexOf('/'));
      int arity = Integer.parseInt(s.substring(s.indexOf('/') + 1));
      assertTrue(REGISTRY.find(name).isPresent(), name + " is registered");
      assertEquals(arity, REGISTRY.find(name).get().arity(), name + " arity");
    }
  }

  @Test
  void refusedAndEvaluatorOwnedBuiltinsAreAbsent() {
    for (String name :
        List.of("http.send", "opa.runtime", "walk", "print", "plus", "net.lookup_ip_addr")) {
      assertFalse(REGISTRY.find(name).isPresent(), name + " must not be registered here");
    }
  }

  @Test
  void registeringTwiceIsRefused() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalStateException.class,
        () -> StandardBuiltins.registerAll(new BuiltinRegistry().add("count", 1, (c, a) -> null)));
  }
}
