package io.eksform.engine.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.eksform.engine.lint.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Wasm backend with the real OPA-compiled module that opa-java-wasm's jar ships ({@code
 * demo-policy.wasm}, entrypoint {@code opa/wasm/test/allowed}: true when {@code
 * data.role[input.user]} is {@code admin}), as a plain module and inside a bundle.
 */
class WasmBackendTest {
  static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  byte[] demo() throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo-policy.wasm")) {
      assumeTrue(in != null, "opa-java-wasm's jar no longer ships demo-policy.wasm");
      return in.readAllBytes();
    }
  }

  @Test
  void falseDecisionIsAnErrorFinding() throws IOException {
    Path wasm = dir.resolve("demo.wasm");
    Files.write(wasm, demo());
    WasmBackend backend = new WasmBackend(wasm, JSON.readTree("{\"role\":{\"alice\":\"admin\"}}"));
    assertEquals(List.of(), backend.evaluate(JSON.readTree("{\"user\":\"alice\"}")));
    List<Finding> found = backend.evaluate(JSON.readTree("{\"user\":\"bob\"}"));
    assertEquals(1, found.size());
    assertEquals("opa/wasm/test/allowed", found.get(0).ruleId());
    assertEquals(Severity.ERROR, found.get(0).severity());
  }

  @Test
  void bundleDataIsUsed() throws IOException {
    Path bundle = dir.resolve("bundle.tar.gz");
    writeBundle(
        bundle,
        Map.of(
            "/policy.wasm", demo(),
            "/data.json", "{\"role\":{\"carol\":\"admin\"}}".getBytes(StandardCharsets.UTF_8)));
    WasmBackend backend = new WasmBackend(bundle, null);
    JsonNode carol = JSON.readTree("{\"user\":\"carol\"}");
    assertEquals(List.of(), backend.evaluate(carol));
    assertEquals(1, backend.evaluate(JSON.readTree("{\"user\":\"dave\"}")).size());
  }

  @Test
  void bundleWithoutModuleIsAClearError() throws IOException {
    Path bundle = dir.resolve("empty.tar.gz");
    writeBundle(bundle, Map.of("/data.json", "{}".getBytes(StandardCharsets.UTF_8)));
    PolicyException e = assertThrows(PolicyException.class, () -> new WasmBackend(bundle, null));
    assertTrue(e.getMessage().contains("policy.wasm"), e.getMessage());
  }

  /** A minimal ustar writer, enough for a bundle as opa build writes it. */
  static void writeBundle(Path file, Map<String, byte[]> entries) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        byte[] header = new byte[512];
        put(header, 0, e.getKey());
        put(header, 100, "0000644");
        put(header, 108, "0000000");
        put(header, 116, "0000000");
        put(header, 124, String.format("%011o", e.getValue().length));
        put(header, 136, "00000000000");
        header[156] = '0';
        put(header, 257, "ustar");
        for (int i = 148; i < 156; i++) {
          header[i] = ' ';
        }
        long sum = 0;
        for (byte b : header) {
          sum += b & 0xff;
        }
        put(header, 148, String.format("%06o", sum));
        header[154] = 0;
        out.write(header);
        out.write(e.getValue());
        out.write(new byte[(512 - e.getValue().length % 512) % 512]);
      }
      out.write(new byte[1024]);
    }
  }

  private static void put(byte[] header, int offset, String text) {
    byte[] b = text.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(b, 0, header, offset, b.length);
  }
}
