package io.eksform.engine.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.rego.ast.RegoVersion;
import org.junit.jupiter.api.Test;

class ProjectRegoVersionTest {
  @Test
  void regoVersionIsReadFromTheProjectFile() {
    assertEquals(
        RegoVersion.V0, ProjectConfig.parse(".eksform.yaml", "regoVersion: v0\n").regoVersion());
    assertNull(ProjectConfig.parse(".eksform.yaml", "limits: {}\n").regoVersion());
  }

  @Test
  void anUnknownVersionNamesTheLineAndTheAcceptedValues() {
    ProjectConfig.Invalid e =
        assertThrows(
            ProjectConfig.Invalid.class,
            () -> ProjectConfig.parse(".eksform.yaml", "limits: {}\nregoVersion: v2\n"));
    assertTrue(e.getMessage().startsWith(".eksform.yaml:2: regoVersion: 'v2'"), e.getMessage());
    assertTrue(e.getMessage().contains("write v0"), e.getMessage());
  }
}
