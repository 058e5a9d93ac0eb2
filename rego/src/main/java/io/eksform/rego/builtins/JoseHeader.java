package io.eksform.rego.builtins;

import io.eksform.rego.builtins.JwtToken.JwtException;
import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The registered parameters of a token's JOSE header (RFC 7515 section 4.1) that OPA checks. */
record JoseHeader(
    String alg, String kid, String typ, String cty, Set<String> crit, List<String> unknown) {

  /** Reads the header's parameters; a registered one of the wrong type is an error. */
  static JoseHeader parse(ObjectValue header) throws JwtException {
    String alg = "";
    String kid = "";
    String typ = "";
    String cty = "";
    Set<String> crit = new HashSet<>();
    List<String> unknown = new ArrayList<>();
    for (Map.Entry<Value, Value> e : header.entries().entrySet()) {
      String name = e.getKey() instanceof StringValue s ? s.value() : e.getKey().toString();
      Value v = e.getValue();
      switch (name) {
        case "alg" -> alg = text(name, v);
        case "kid" -> kid = text(name, v);
        case "typ" -> typ = text(name, v);
        case "cty" -> cty = text(name, v);
        case "crit" -> {
          if (!(v instanceof ArrayValue a)) {
            throw new JwtException("crit: must be a list");
          }
          for (Value c : a.elements()) {
            if (c instanceof StringValue s) {
              crit.add(s.value());
            }
          }
          if (crit.isEmpty()) {
            throw new JwtException("crit: must be a nonempty list");
          }
        }
        default -> unknown.add(name);
      }
    }
    return new JoseHeader(alg, kid, typ, cty, crit, unknown);
  }

  /** RFC 7515: alg must be present, and no critical parameter may be one we do not know. */
  boolean valid() {
    return !alg.isEmpty() && unknown.stream().noneMatch(crit::contains);
  }

  private static String text(String name, Value v) throws JwtException {
    if (!(v instanceof StringValue s)) {
      throw new JwtException(name + ": must be a string");
    }
    return s.value();
  }
}
