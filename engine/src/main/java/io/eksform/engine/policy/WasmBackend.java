package io.eksform.engine.policy;

import com.styra.opa.wasm.OpaPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evaluates an OPA Wasm module (a {@code .wasm} file, or the {@code policy.wasm} and {@code
 * data.json} of a bundle made by {@code opa build -t wasm}) in process. Every entrypoint counts:
 * {@code .../deny}, {@code .../violation} and {@code .../warn} sets as conftest does, other sets as
 * errors, and a boolean decision that is {@code false} as one error. A Wasm instance is not
 * thread-safe: each thread gets its own.
 */
public final class WasmBackend implements PolicyBackend {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final byte[] module;
  private final String data;
  private final ThreadLocal<OpaPolicy> policies;

  public WasmBackend(Path bundle, JsonNode extraData) {
    byte[] wasm;
    String bundleData = "{}";
    try {
      if (bundle.toString().endsWith(".wasm")) {
        wasm = Files.readAllBytes(bundle);
      } else {
        Map<String, byte[]> files = Tar.read(bundle);
        wasm = files.get("policy.wasm");
        if (wasm == null) {
          throw new PolicyException(
              bundle + " holds no policy.wasm: build it with 'opa build -t wasm -e <entrypoint>'");
        }
        byte[] d = files.get("data.json");
        if (d != null) {
          bundleData = new String(d, StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new PolicyException(
          "cannot read the policy bundle " + bundle + ": " + e.getMessage(), e);
    }
    this.module = wasm;
    this.data = merge(bundleData, extraData);
    this.policies = ThreadLocal.withInitial(this::instantiate);
    policies.get();
  }

  private static String merge(String bundleData, JsonNode extra) {
    try {
      JsonNode base = JSON.readTree(bundleData);
      if (base instanceof tools.jackson.databind.node.ObjectNode o && extra != null) {
        PolicySources.merge(o, extra);
      }
      return base.toString();
    } catch (tools.jackson.core.JacksonException e) {
      throw new PolicyException("the bundle's data.json is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private OpaPolicy instantiate() {
    try {
      OpaPolicy policy = OpaPolicy.builder().withPolicy(module).disableCompiler().build();
      policy.data(data);
      return policy;
    } catch (RuntimeException e) {
      throw new PolicyException("the policy bundle is not a usable OPA Wasm module: " + e, e);
    }
  }

  @Override
  public List<Finding> evaluate(JsonNode input) {
    OpaPolicy policy = policies.get();
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : policy.entrypoints().entrySet()) {
      String name = entry.getKey();
      String result;
      try {
        result = policy.entrypoint(entry.getValue()).input(input.toString()).evaluate();
      } catch (RuntimeException e) {
        throw new PolicyException("evaluating the bundle entrypoint " + name + " failed: " + e, e);
      }
      JsonNode rows = JSON.readTree(result);
      String rule = name.substring(name.lastIndexOf('/') + 1);
      String ruleId = name;
      for (JsonNode row : rows) {
        RuleResults.addRule(ruleId, rule, row.get("result"), out);
      }
    }
    return out;
  }

  /** Reads the regular files of a (gzipped) tar archive, by name without a leading slash. */
  static final class Tar {
    private Tar() {}

    static Map<String, byte[]> read(Path file) throws IOException {
      Map<String, byte[]> out = new java.util.HashMap<>();
      try (InputStream raw = Files.newInputStream(file);
          InputStream in = new GZIPInputStream(raw)) {
        byte[] header = new byte[512];
        while (in.readNBytes(header, 0, 512) == 512) {
          String name = text(header, 0, 100);
          if (name.isEmpty()) {
            break;
          }
          long size =
              Long.parseLong(
                  text(header, 124, 12).trim().isEmpty() ? "0" : text(header, 124, 12).trim(), 8);
          byte[] body = in.readNBytes((int) size);
          in.skipNBytes((512 - size % 512) % 512);
          char type = (char) header[156];
          if (type == '0' || type == 0) {
            out.put(name.startsWith("/") ? name.substring(1) : name, body);
          }
        }
      }
      return out;
    }

    private static String text(byte[] b, int off, int len) {
      int end = off;
      while (end < off + len && b[end] != 0) {
        end++;
      }
      return new String(b, off, end - off, StandardCharsets.US_ASCII);
    }
  }
}
