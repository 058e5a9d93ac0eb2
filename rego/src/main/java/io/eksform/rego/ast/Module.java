package io.eksform.rego.ast;

import java.util.List;

/**
 * A parsed Rego file: its package, imports and rules, the Rego version it was read with ({@code V1}
 * for a v0 file that imports {@code rego.v1}) and its {@code # METADATA} annotations.
 */
public record Module(
    Ref packagePath,
    List<Import> imports,
    List<Rule> rules,
    String file,
    RegoVersion version,
    List<Annotation> annotations) {
  public Module {
    imports = List.copyOf(imports);
    rules = List.copyOf(rules);
    annotations = List.copyOf(annotations);
  }

  /** A module without metadata annotations. */
  public Module(
      Ref packagePath, List<Import> imports, List<Rule> rules, String file, RegoVersion version) {
    this(packagePath, imports, rules, file, version, List.of());
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
