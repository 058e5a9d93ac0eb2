package io.eksform.cli.manpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.EksformCommand;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManPageTest {
  private static final Set<String> REQUESTS =
      Set.of(".TH", ".SH", ".SS", ".PP", ".TP", ".nf", ".fi", ".RS", ".RE");

  @Test
  void everyCommandHasItsSectionWithExitCodesAndExamples() {
    String page = ManPage.of(EksformCommand.commandLine(), "1.2.3", "2026-01-02");
    assertTrue(page.startsWith(".TH EKSFORM 1 \"2026-01-02\" \"eksform 1.2.3\""), page);
    for (String command :
        new String[] {"validate", "check", "plan", "apply", "sandbox serve", "completion"}) {
      assertTrue(page.contains(".SS eksform " + command.replace("-", "\\-") + "\n"), command);
    }
    assertTrue(page.contains("\\fB\\-\\-base\\fR \\fIREF\\fR\n"), page);
    assertTrue(page.contains("eksform check \\-\\-base origin/main\n"), page);
    page.lines()
        .filter(l -> l.startsWith(".") || l.startsWith("'"))
        .forEach(l -> assertTrue(REQUESTS.contains(l.split(" ")[0]), "a stray request: " + l));
  }

  @Test
  void troffSpecialsAreEscaped() {
    assertEquals("\\&.eksform.yaml \\- a\\eb", ManPage.escape(".eksform.yaml - a\\b"));
  }
}
