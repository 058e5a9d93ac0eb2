package io.eksform.rego.builtins;

import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.Value;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code rand.intn(key, n)}: a number in {@code [0, |n|)}, the same for the same key and bound
 * throughout one query, as OPA caches it; another query draws again.
 */
final class RandBuiltins {
  private static final String NAME = "rand.intn";

  private RandBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add(NAME, 2, RandBuiltins::intn);
  }

  private static Value intn(BuiltinContext context, List<Value> args) throws BuiltinException {
    String key = Operands.string(NAME, args, 1);
    long n = Operands.integer(NAME, args, 2);
    if (n == 0) {
      return NumberValue.of(0);
    }
    long bound = n == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(n);
    // The query's instant is fixed for the whole query and differs between queries: seeding the
    // draw with it and the arguments gives OPA's per-query cache without keeping one.
    long seed = TimeBuiltins.nanos(context.now()).longValue();
    seed = seed * 31 + key.hashCode();
    seed = seed * 31 + n;
    return NumberValue.of(new SplittableRandom(seed).nextLong(bound));
  }
}
