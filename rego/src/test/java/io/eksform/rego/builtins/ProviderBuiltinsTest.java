package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Calls.call;
import static io.eksform.rego.builtins.Calls.fails;
import static io.eksform.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.StringValue;
import org.junit.jupiter.api.Test;

/** providers.aws.sign_req against the worked example of AWS's Signature Version 4 guide. */
class ProviderBuiltinsTest {
  private static final String CONFIG =
      "{\"aws_access_key\": \"AKIDEXAMPLE\","
          + " \"aws_secret_access_key\": \"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\","
          + " \"aws_service\": \"iam\", \"aws_region\": \"us-east-1\"}";
  // 2015-08-30T12:36:00Z
  private static final NumberValue TIME = NumberValue.of(1440938160L * 1_000_000_000L);

  @Test
  void signsAQueryWithAHeaderAsTheAwsGuideDoes() throws Exception {
    ObjectValue out =
        (ObjectValue)
            call(
                "providers.aws.sign_req",
                v(
                    "{\"method\": \"GET\","
                        + " \"url\": \"https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08\","
                        + " \"headers\": {\"content-type\":"
                        + " \"application/x-www-form-urlencoded; charset=utf-8\"}}"),
                v(CONFIG),
                TIME);
    ObjectValue headers = (ObjectValue) out.get("headers");
    assertEquals(
        StringValue.of(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request,"
                + "SignedHeaders=content-type;host;x-amz-date,"
                + "Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"),
        headers.get("Authorization"));
    assertEquals(StringValue.of("20150830T123600Z"), headers.get("x-amz-date"));
    assertEquals(StringValue.of("iam.amazonaws.com"), headers.get("host"));
    // IAM is not S3: no payload hash header
    assertEquals(null, headers.get("x-amz-content-sha256"));
  }

  @Test
  void headersThatAreNotAnObjectAreATypeError() {
    BuiltinException e =
        fails(
            "providers.aws.sign_req",
            v("{\"method\": \"GET\", \"url\": \"https://x\", \"headers\": [1]}"),
            v(CONFIG),
            TIME);
    assertEquals("providers.aws.sign_req: operand 0 must be object but got array", e.getMessage());
  }

  @Test
  void aKeyHttpSendWouldRefuseIsRefusedHere() {
    BuiltinException e =
        fails(
            "providers.aws.sign_req",
            v("{\"method\": \"GET\", \"url\": \"https://x\", \"verb\": \"GET\"}"),
            v(CONFIG),
            TIME);
    assertEquals(
        "providers.aws.sign_req: operand 1 invalid request parameters(s): {\"verb\"}",
        e.getMessage());
  }
}
