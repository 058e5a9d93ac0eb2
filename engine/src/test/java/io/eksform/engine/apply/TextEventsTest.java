package io.eksform.engine.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TextEventsTest {
  String render(ApplyEvent e) {
    StringWriter s = new StringWriter();
    new TextEvents(new PrintWriter(s)).accept(e);
    return s.toString().strip();
  }

  String json(ApplyEvent e) {
    StringWriter s = new StringWriter();
    new JsonEvents(new PrintWriter(s)).accept(e);
    return s.toString().strip();
  }

  @Test
  void aWaitingChangeShowsItsElapsedTime() {
    assertEquals(
        "fargate_profile.fargate-productcatalog: still creating... [20s]",
        render(
            new ApplyEvent(
                ApplyEvent.Kind.WAITING,
                "fargate_profile.fargate-productcatalog",
                "create",
                "",
                Duration.ofMillis(20_400))));
  }

  @Test
  void aFailureSaysWhy() {
    assertEquals(
        "oidc_provider: failed after 3s: IAM said no",
        render(
            new ApplyEvent(
                ApplyEvent.Kind.FAILED,
                "oidc_provider",
                "create",
                "IAM said no",
                Duration.ofSeconds(3))));
  }

  @Test
  void aQueuedChangeSaysWhatItWaitsFor() {
    assertEquals(
        "fargate_profile.b: waiting for fargate_profile.a to finish",
        render(
            new ApplyEvent(
                ApplyEvent.Kind.WAITING,
                "fargate_profile.b",
                "",
                "waiting for fargate_profile.a to finish",
                Duration.ofSeconds(1))));
  }

  @Test
  void controlCharactersOfAMessageCannotStartALine() {
    assertEquals(
        "oidc_provider: failed after 3s: no\\u000a::error file=x::forged",
        render(
            new ApplyEvent(
                ApplyEvent.Kind.FAILED,
                "oidc_provider",
                "create",
                "no\n::error file=x::forged",
                Duration.ofSeconds(3))));
  }

  @Test
  void jsonLinesCarryTheKindAddressAndSeconds() {
    assertEquals(
        "{\"event\":\"succeeded\",\"address\":\"node_role\",\"action\":\"create\","
            + "\"elapsedSeconds\":1.5}",
        json(
            new ApplyEvent(
                ApplyEvent.Kind.SUCCEEDED, "node_role", "create", "", Duration.ofMillis(1500))));
  }
}
