package io.eksform.sandbox.sts;

import io.eksform.sandbox.http.AwsError;
import io.eksform.sandbox.http.Operation;
import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.http.ServiceApi;
import io.eksform.sandbox.http.Xml;
import io.eksform.sandbox.iam.IamApi;
import io.eksform.sandbox.state.Account;

/**
 * AWS STS: GetCallerIdentity answers as the account's {@code sandbox} IAM user, whatever the key.
 */
public final class StsApi implements ServiceApi {
  private static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";
  private final Account account;

  /** The STS API of an account. */
  public StsApi(Account account) {
    this.account = account;
  }

  @Override
  public Operation route(SandboxRequest r) {
    String action = r.form().get("Action", "");
    if (action.equals("GetCallerIdentity")) {
      return Operation.read(action, () -> identity(r));
    }
    throw new AwsError(
        "InvalidAction", 400, "Could not find operation " + action + " for version 2011-06-15");
  }

  private Reply identity(SandboxRequest r) {
    return Reply.xml(
        Xml.document("GetCallerIdentityResponse", NAMESPACE)
            .open("GetCallerIdentityResult")
            .leaf("Arn", "arn:aws:iam::" + account.id() + ":user/sandbox")
            .leaf("UserId", "AIDASANDBOXUSER000001")
            .leaf("Account", account.id())
            .close()
            .open("ResponseMetadata")
            .leaf("RequestId", r.requestId())
            .close()
            .finish());
  }

  @Override
  public Reply error(AwsError error, SandboxRequest request) {
    return IamApi.queryError(error, request, NAMESPACE);
  }

  @Override
  public AwsError throttled() {
    return new AwsError("Throttling", 400, "Rate exceeded");
  }

  @Override
  public AwsError internalFailure() {
    return new AwsError("InternalFailure", 500, "An internal error occurred.");
  }
}
