package io.eksform.engine.report.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** File names as SARIF URIs: relative with forward slashes, escaped, absolute as file URIs. */
class ArtifactUriTest {

  @Test
  void relativePathsStayRelative() {
    assertEquals(new ArtifactUri("clusters/dev.yaml", true), ArtifactUri.of("./clusters/dev.yaml"));
    assertEquals(new ArtifactUri("clusters/dev.yaml", true), ArtifactUri.of("clusters\\dev.yaml"));
  }

  @Test
  void specialCharactersArePercentEscaped() {
    assertEquals(
        new ArtifactUri("odd%20dir/a,b%3Ac%25d%20%C3%A9.yaml", true),
        ArtifactUri.of("odd dir/a,b:c%d é.yaml"));
  }

  @Test
  void absolutePathsBecomeFileUris() {
    assertEquals(new ArtifactUri("file:///srv/a%20b.yaml", false), ArtifactUri.of("/srv/a b.yaml"));
    assertEquals(
        new ArtifactUri("file:///C:/work/a.yaml", false), ArtifactUri.of("C:\\work\\a.yaml"));
  }

  @Property(tries = 300)
  void everyNameGivesAValidUriThatDecodesBack(@ForAll String name) {
    ArtifactUri uri = ArtifactUri.of("d/" + name);
    URI parsed = URI.create(uri.uri());
    assertEquals(("d/" + name).replace('\\', '/'), parsed.getPath());
  }
}
