package io.eksform.cli.sandbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServeInstructionsTest {

  @Test
  void printsTheEnvironmentTheEndpointUrlFormAndAProfile() {
    StringWriter text = new StringWriter();
    ServeInstructions.write(
        "http://127.0.0.1:4750",
        Map.of(
            "AWS_ENDPOINT_URL", "http://127.0.0.1:4750",
            "AWS_REGION", "us-west-2",
            "AWS_ACCESS_KEY_ID", "AKIAX",
            "AWS_SECRET_ACCESS_KEY", "s"),
        new PrintWriter(text, true));
    String out = text.toString();
    assertTrue(out.contains("  export AWS_ENDPOINT_URL=http://127.0.0.1:4750\n"), out);
    assertTrue(out.contains("before 2.13 ignores AWS_ENDPOINT_URL"), out);
    assertTrue(out.contains("  aws --endpoint-url http://127.0.0.1:4750 eks list-clusters\n"), out);
    assertTrue(
        out.contains(
            "  [profile eksform-sandbox]\n  region = us-west-2\n"
                + "  endpoint_url = http://127.0.0.1:4750\n"
                + "  aws_access_key_id = AKIAX\n  aws_secret_access_key = s\n"),
        out);
  }
}
