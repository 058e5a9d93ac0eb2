package io.eksform.engine.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.resource.ResourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The registry and the address types agree: every type has exactly one kind. */
class KindsTest {
  @Test
  void everyAddressTypeHasExactlyOneKind() {
    List<String> claimed = new ArrayList<>();
    for (ResourceKind kind : Kinds.ALL) {
      claimed.addAll(kind.types());
    }
    assertEquals(claimed.size(), new TreeSet<>(claimed).size(), "a type claimed twice: " + claimed);
    assertEquals(new TreeSet<>(ResourceAddress.types()), new TreeSet<>(claimed));
  }

  @Test
  void eachTypeLeadsToTheKindThatClaimsIt() {
    for (ResourceKind kind : Kinds.ALL) {
      for (String type : kind.types()) {
        assertTrue(Kinds.of(ResourceAddress.of(type, "x")).filter(k -> k == kind).isPresent());
      }
    }
    assertTrue(Kinds.of(ResourceAddress.of("no_such_kind")).isEmpty());
  }
}
