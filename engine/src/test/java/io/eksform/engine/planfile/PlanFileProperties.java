package io.eksform.engine.planfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eksform.engine.plan.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Saved plans lose nothing: any plan written and read back is the same plan, with the same bytes.
 */
class PlanFileProperties {

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plan();
  }

  @Property(tries = 200)
  void aPlanSurvivesWriteAndRead(@ForAll("plans") Plan plan) throws IOException {
    Path dir = Files.createTempDirectory("eksform-plan");
    Path file = dir.resolve("plan.json");
    try {
      PlanFile.write(plan, file);
      Plan back = PlanFile.read(file);
      assertEquals(plan, back);
      assertEquals(PlanJson.text(plan), PlanJson.text(back));
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  @Property(tries = 100)
  void theTextIsTheSameEveryTime(@ForAll("plans") Plan plan) {
    assertEquals(PlanJson.text(plan), PlanJson.text(plan));
  }
}
