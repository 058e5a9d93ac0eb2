package io.eksform.engine.apply;

import io.eksform.engine.aws.AwsClients;
import io.eksform.sandbox.Sandbox;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests that each run on a fresh, healthy {@link ReplacementSandbox} with clients for it. */
abstract class OnReplacementSandbox {
  @TempDir Path dir;
  Sandbox sandbox;
  AwsClients aws;

  @BeforeEach
  void start() {
    sandbox = ReplacementSandbox.start(dir.resolve("state.json"), List.of());
    aws = ReplacementSandbox.clients(sandbox);
  }

  @AfterEach
  void stop() {
    aws.close();
    sandbox.close();
  }
}
