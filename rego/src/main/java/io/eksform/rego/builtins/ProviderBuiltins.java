package io.eksform.rego.builtins;

import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import io.eksform.rego.value.ValuePrinter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code providers.aws.sign_req(request, aws_config, time_ns)}: the request object with its headers
 * signed by AWS Signature Version 4, checked and worded as OPA does.
 */
final class ProviderBuiltins {
  private static final String NAME = "providers.aws.sign_req";
  private static final List<String> REQUIRED_CONFIG =
      List.of("aws_access_key", "aws_region", "aws_secret_access_key", "aws_service");
  private static final List<String> REQUIRED_REQUEST = List.of("method", "url");
  // the request is checked as http.send checks it, so a signed request can be sent as it is
  private static final Set<String> REQUEST_KEYS =
      Set.of(
          "method",
          "url",
          "body",
          "enable_redirect",
          "force_json_decode",
          "force_yaml_decode",
          "headers",
          "raw_body",
          "tls_use_system_certs",
          "tls_ca_cert",
          "tls_ca_cert_file",
          "tls_ca_cert_env_variable",
          "tls_client_cert",
          "tls_client_cert_file",
          "tls_client_cert_env_variable",
          "tls_client_key",
          "tls_client_key_file",
          "tls_client_key_env_variable",
          "tls_insecure_skip_verify",
          "tls_server_name",
          "timeout",
          "cache",
          "force_cache",
          "force_cache_duration_seconds",
          "raise_error",
          "caching_mode",
          "max_retry_attempts");

  private ProviderBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add(NAME, 3, (c, a) -> signRequest(a));
  }

  private static Value signRequest(List<Value> a) throws BuiltinException {
    ObjectValue request = Operands.object(NAME, a, 1);
    ObjectValue config = Operands.object(NAME, a, 2);
    checkKeys(config, REQUIRED_CONFIG, 2, "AWS config");
    Value disable = config.get("disable_payload_signing");
    if (disable != null && !(disable instanceof BooleanValue)) {
      throw Operands.operandError(
          NAME, 2, "invalid value for 'disable_payload_signing' in AWS config");
    }
    Instant time = timestamp(Operands.number(NAME, a, 3));
    TreeSet<Value> unknown = new TreeSet<>();
    for (Value k : request.entries().keySet()) {
      if (!(k instanceof StringValue ks && REQUEST_KEYS.contains(ks.value()))) {
        unknown.add(k);
      }
    }
    if (!unknown.isEmpty()) {
      throw Operands.operandError(
          NAME, 1, "invalid request parameters(s): " + ValuePrinter.rego(SetValue.wrap(unknown)));
    }
    checkKeys(request, REQUIRED_REQUEST, 1, "request");

    Map<String, String> headers = new LinkedHashMap<>();
    Value headersValue = request.get("headers");
    if (headersValue != null) {
      if (!(headersValue instanceof ObjectValue h)) {
        throw BuiltinException.operand(NAME, 0, "object", headersValue.typeName());
      }
      h.entries().forEach((k, v) -> headers.put(text(k), text(v)));
    }
    URI url = parseUrl(text(request.get("url")));

    AwsSigV4 signer =
        new AwsSigV4(
            text(config.get("aws_access_key")),
            text(config.get("aws_secret_access_key")),
            text(config.get("aws_session_token")),
            text(config.get("aws_region")),
            text(config.get("aws_service")),
            !(disable instanceof BooleanValue b && b.value()));
    AwsSigV4.Signed signed =
        signer.sign(
            text(request.get("method")),
            url.getRawAuthority() == null ? "" : hostOf(url.getRawAuthority()),
            url.getRawPath() == null ? "" : url.getRawPath(),
            url.getRawQuery() == null ? "" : url.getRawQuery(),
            headers,
            body(request),
            time);

    TreeMap<Value, Value> outHeaders = new TreeMap<>();
    headers.forEach((k, v) -> outHeaders.put(StringValue.of(k), StringValue.of(v)));
    signed.awsHeaders().forEach((k, v) -> outHeaders.put(StringValue.of(k), StringValue.of(v)));
    outHeaders.put(StringValue.of("Authorization"), StringValue.of(signed.authorization()));
    TreeMap<Value, Value> out = new TreeMap<>(request.entries());
    out.put(StringValue.of("headers"), ObjectValue.wrap(outHeaders));
    return ObjectValue.wrap(out);
  }

  /** Missing keys first, then keys whose value is not a string, each listed as a Rego set. */
  private static void checkKeys(ObjectValue o, List<String> required, int position, String what)
      throws BuiltinException {
    TreeSet<Value> missing = new TreeSet<>();
    TreeSet<Value> invalid = new TreeSet<>();
    for (String k : required) {
      Value v = o.get(k);
      if (v == null) {
        missing.add(StringValue.of(k));
      } else if (!(v instanceof StringValue)) {
        invalid.add(StringValue.of(k));
      }
    }
    if (!missing.isEmpty()) {
      throw Operands.operandError(
          NAME,
          position,
          "missing required "
              + what
              + " parameters(s): "
              + ValuePrinter.rego(SetValue.wrap(missing)));
    }
    if (!invalid.isEmpty()) {
      throw Operands.operandError(
          NAME,
          position,
          "invalid values for required "
              + what
              + " parameters(s): "
              + ValuePrinter.rego(SetValue.wrap(invalid)));
    }
  }

  /** Nanoseconds since the epoch; like Go's json.Number.Int64, only plain integer text converts. */
  private static Instant timestamp(NumberValue n) throws BuiltinException {
    BigDecimal v = n.value();
    if (n.writtenWithExponent() || v.scale() > 0 || v.toBigInteger().bitLength() > 63) {
      throw Operands.operandError(NAME, 3, "could not convert time_ns value into a unix timestamp");
    }
    long ns = v.longValueExact();
    return Instant.ofEpochSecond(
        Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L));
  }

  private static URI parseUrl(String text) throws BuiltinException {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw BuiltinException.builtin(NAME, "parse \"" + text + "\": " + e.getReason());
    }
  }

  // Go's URL.Host: the authority without user information
  private static String hostOf(String authority) {
    int at = authority.lastIndexOf('@');
    return at < 0 ? authority : authority.substring(at + 1);
  }

  /** {@code raw_body} as given, else {@code body} as Go's JSON, else nothing. */
  private static byte[] body(ObjectValue request) {
    Value raw = request.get("raw_body");
    if (raw != null) {
      return text(raw).getBytes(StandardCharsets.UTF_8);
    }
    Value body = request.get("body");
    if (body != null) {
      return GoJson.compact(body).getBytes(StandardCharsets.UTF_8);
    }
    return new byte[0];
  }

  // OPA reads a non-string where it wants a string as the empty string
  private static String text(Value v) {
    return v instanceof StringValue s ? s.value() : "";
  }
}
