package io.eksform.engine.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ShownPathTest {
  private static final Path WORK = Path.of("/tmp/x/work");

  @Test
  void aPathInsideTheWorkingFolderIsShownRelativeToIt() {
    assertEquals("nopol", ShownPath.of("/tmp/x/eksform/../work/nopol", WORK));
    assertEquals("c.yaml", ShownPath.of("../work/./c.yaml", WORK));
    assertEquals("clusters/a.yaml", ShownPath.of("./clusters//a.yaml", WORK));
    assertEquals(".", ShownPath.of("./", WORK));
  }

  @Test
  void aPathOutsideIsNormalisedAsGiven() {
    assertEquals("../other/c.yaml", ShownPath.of("../other/./c.yaml", WORK));
    assertEquals("/etc/c.yaml", ShownPath.of("/etc/x/../c.yaml", WORK));
    assertEquals("-", ShownPath.of("-", WORK));
  }
}
