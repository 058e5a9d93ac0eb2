package io.eksform.engine.apply;

import java.io.PrintWriter;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Renders events as JSON lines: {@code {"event":"waiting","address":...,"elapsedSeconds":20}}. */
public final class JsonEvents implements EventSink {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private final PrintWriter out;

  public JsonEvents(PrintWriter out) {
    this.out = out;
  }

  @Override
  public synchronized void accept(ApplyEvent e) {
    ObjectNode n = JSON.createObjectNode();
    n.put("event", e.kind().word());
    n.put("address", e.address());
    n.put("action", e.verb());
    n.put("elapsedSeconds", e.elapsed().toMillis() / 1000.0);
    if (!e.message().isEmpty()) {
      n.put("message", e.message());
    }
    out.println(JSON.writeValueAsString(n));
    out.flush();
  }
}
