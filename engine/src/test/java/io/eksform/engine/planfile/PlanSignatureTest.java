package io.eksform.engine.planfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.plan.Plan;
import io.eksform.engine.problem.UserFacingException;
import io.eksform.engine.report.plan.PlanCases;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan signed with {@code EKSFORM_PLAN_KEY} is read back only with the same key and not one byte
 * changed; without a key, a signature is noted and the plan read as any other.
 */
class PlanSignatureTest {
  @TempDir Path dir;

  private static final Optional<PlanKey> KEY =
      PlanKey.fromEnvironment(Map.of(PlanKey.VARIABLE, "k".repeat(40)));
  private static final Optional<PlanKey> OTHER =
      PlanKey.fromEnvironment(Map.of(PlanKey.VARIABLE, "o".repeat(40)));

  private final StringWriter err = new StringWriter();

  private Plan read(Path file, Optional<PlanKey> key) {
    return PlanFile.read(file, key, new PrintWriter(err, true));
  }

  private Path signed() {
    Path file = dir.resolve("p.plan");
    PlanFile.write(PlanCases.seedCreate(), file, KEY);
    return file;
  }

  @Test
  void aSignedPlanIsReadWithItsKeyAndByEveryOtherReader() throws IOException {
    Path file = signed();
    assertTrue(Files.readString(file).contains("\"signature\": \"hmac-sha256:"));
    assertEquals(PlanCases.seedCreate(), read(file, KEY));
    assertEquals(PlanCases.seedCreate(), PlanFile.read(file));
    assertEquals("", err.toString());
  }

  @Test
  void oneEditedByteIsRefused() throws IOException {
    Path file = signed();
    Files.writeString(file, Files.readString(file).replaceFirst("\"create\"", "\"delete\""));
    UserFacingException e = assertThrows(UserFacingException.class, () -> read(file, KEY));
    assertTrue(e.getMessage().contains("does not match its signature"), e.getMessage());
  }

  @Test
  void anotherKeyIsRefused() {
    Path file = signed();
    assertThrows(UserFacingException.class, () -> read(file, OTHER));
  }

  @Test
  void anUnsignedPlanIsRefusedWhenAKeyIsSet() {
    Path file = dir.resolve("p.plan");
    PlanFile.write(PlanCases.seedCreate(), file);
    UserFacingException e = assertThrows(UserFacingException.class, () -> read(file, KEY));
    assertTrue(e.getMessage().contains("is not signed, but EKSFORM_PLAN_KEY is set"));
  }

  @Test
  void withoutAKeyASignatureIsOnlyNoted() {
    assertEquals(PlanCases.seedCreate(), read(signed(), Optional.empty()));
    assertTrue(err.toString().contains("its signature is not checked"), err.toString());
  }

  @Test
  void aShortKeyIsAnError() {
    UserFacingException e =
        assertThrows(
            UserFacingException.class,
            () -> PlanKey.fromEnvironment(Map.of(PlanKey.VARIABLE, "secret")));
    assertTrue(e.hint().contains("at least 32"), e.hint());
  }
}
