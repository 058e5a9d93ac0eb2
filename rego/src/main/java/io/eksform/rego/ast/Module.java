package io.eksform.rego.ast;

import java.util.List;

/**
 * A parsed Rego file: its package, imports and rules, and the Rego version it was read with ({@code
 * V1} for a v0 file that imports {@code rego.v1}).
 */
public record Module(
    Ref packagePath, List<Import> imports, List<Rule> rules, String file, RegoVersion version) {
  public Module {
    imports = List.copyOf(imports);
    rules = List.copyOf(rules);
  }

  /** A module read as Rego v1. */
  public Module(Ref packagePath, List<Import> imports, List<Rule> rules, String file) {
    this(packagePath, imports, rules, file, RegoVersion.V1);
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
