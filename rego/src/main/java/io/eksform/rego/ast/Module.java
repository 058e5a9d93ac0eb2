package io.eksform.rego.ast;

import java.util.List;

/** A parsed Rego file: its package, imports and rules. */
public record Module(Ref packagePath, List<Import> imports, List<Rule> rules, String file) {
  public Module {
    imports = List.copyOf(imports);
    rules = List.copyOf(rules);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Module m
        && packagePath.equals(m.packagePath)
        && imports.equals(m.imports)
        && rules.equals(m.rules);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(packagePath, imports, rules);
  }
}
