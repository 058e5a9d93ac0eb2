package io.eksform.cli.common;

import io.eksform.rego.ast.RegoVersion;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --rego-version v0|v1}, refusing anything else with the two accepted values. */
public final class RegoVersionConverter implements ITypeConverter<RegoVersion> {
  @Override
  public RegoVersion convert(String value) {
    RegoVersion v = RegoVersion.parse(value);
    if (v == null) {
      throw new TypeConversionException(
          "'" + value + "' is not a Rego version: use v0 (policies written for OPA 0.x) or v1");
    }
    return v;
  }
}
