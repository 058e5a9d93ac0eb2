package io.eksform.cli.apply;

import io.eksform.engine.apply.ApplyResult;
import io.eksform.engine.apply.TextEvents;
import java.io.PrintWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The last lines of an apply: what was done, what failed and why, and how to finish. */
final class Summary {
  private Summary() {}

  static void print(
      ApplyResult r, String finishCommand, boolean json, PrintWriter out, PrintWriter err) {
    if (json) {
      var mapper = JsonMapper.builder().build();
      ObjectNode n = mapper.createObjectNode();
      n.put("event", "summary");
      n.putPOJO("done", r.done());
      n.putPOJO("failed", r.failed());
      n.putPOJO("notStarted", r.notStarted());
      if (!r.succeeded()) {
        n.put("finishWith", finishCommand);
      }
      out.println(mapper.writeValueAsString(n));
      out.flush();
      return;
    }
    out.println();
    out.println(
        (r.succeeded() ? "Apply complete: " : "Apply incomplete: ")
            + r.done().size()
            + " done, "
            + r.failed().size()
            + " failed, "
            + r.notStarted().size()
            + " not started.");
    r.failed().forEach((a, why) -> out.println(TextEvents.visible("  failed: " + a + ": " + why)));
    r.notStarted().forEach(a -> out.println(TextEvents.visible("  not started: " + a)));
    if (!r.succeeded()) {
      out.println("Fix the failures above, then finish with: " + finishCommand);
    }
    out.flush();
  }
}
