package io.eksform.sandbox.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Appends one JSON line per request (time, id, service, operation, status, duration) to a file. */
final class RequestLog implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final Writer writer;

  private RequestLog(Writer writer) {
    this.writer = writer;
  }

  /** A log that writes to {@code file}, or none when the path is null. */
  static RequestLog open(Path file) {
    if (file == null) {
      return new RequestLog(null);
    }
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      return new RequestLog(
          Files.newBufferedWriter(
              file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the request log " + file, e);
    }
  }

  void record(SandboxRequest request, String operation, int status, String errorCode, long micros) {
    if (writer == null) {
      return;
    }
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("time", Instant.now().toString());
    line.put("requestId", request.requestId());
    line.put("service", request.service());
    line.put("region", request.region());
    line.put("operation", operation);
    line.put("method", request.method());
    line.put("path", "/" + String.join("/", request.segments()));
    line.put("attempt", request.attempt());
    String invocation = request.header("amz-sdk-invocation-id");
    if (invocation != null) {
      line.put("invocationId", invocation);
    }
    line.put("status", status);
    if (errorCode != null) {
      line.put("error", errorCode);
    }
    line.put("durationMs", micros / 1000.0);
    String text = JSON.writeValueAsString(line);
    synchronized (this) {
      try {
        writer.write(text);
        writer.write('\n');
        writer.flush();
      } catch (IOException e) {
        // A full disk must not take the account down; the log is a diagnostic aid.
      }
    }
  }

  @Override
  public synchronized void close() {
    if (writer != null) {
      try {
        writer.close();
      } catch (IOException e) {
        // closing a diagnostic log cannot fail the shutdown
      }
    }
  }
}
