package io.eksform.sandbox.ec2;

import io.eksform.sandbox.http.AwsError;
import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.http.Xml;
import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Address;
import io.eksform.sandbox.state.Ids;

/** AllocateAddress and ReleaseAddress: elastic IPs of domain {@code vpc}. */
final class Addresses {
  private final Account account;
  private final Ec2Lookup lookup;

  Addresses(Account account) {
    this.account = account;
    this.lookup = new Ec2Lookup(account);
  }

  Reply allocate(SandboxRequest r) {
    String domain = r.form().get("Domain", "vpc");
    if (!domain.equals("vpc")) {
      throw new AwsError(
          "InvalidParameterValue",
          400,
          "Invalid value '" + domain + "' for domain. Only 'vpc' addresses exist.");
    }
    String allocationId = Ids.ec2("eipalloc");
    Address a =
        new Address(
            r.region(), allocationId, freePublicIp(), Ec2Lookup.tagSpecifications(r.form()));
    account.addresses().put(allocationId, a);
    Xml xml =
        Ec2Lookup.response(r, "AllocateAddress")
            .leaf("publicIp", a.publicIp())
            .leaf("domain", "vpc")
            .leaf("allocationId", allocationId)
            .leaf("publicIpv4Pool", "amazon")
            .leaf("networkBorderGroup", r.region());
    return Reply.xml(xml.finish());
  }

  /** An address of 198.51.100.0/24 (documentation space) that no elastic IP holds yet. */
  private String freePublicIp() {
    for (int i = 1; i < 255 * 255; i++) {
      String ip = "198.51." + (100 + i / 255) + "." + (i % 255);
      if (i % 255 != 0
          && account.addresses().values().stream().noneMatch(a -> a.publicIp().equals(ip))) {
        return ip;
      }
    }
    throw new AwsError(
        "AddressLimitExceeded", 400, "The maximum number of addresses has been reached.");
  }

  Reply release(SandboxRequest r) {
    Address a = lookup.address(r, Ec2Lookup.required(r.form(), "AllocationId"));
    if (Ec2Kinds.holder(account, a) != null) {
      throw new AwsError(
          "InvalidIPAddress.InUse",
          400,
          "Address " + a.publicIp() + " (" + a.allocationId() + ") is in use.");
    }
    account.addresses().remove(a.allocationId());
    return Reply.xml(Ec2Lookup.done(r, "ReleaseAddress").finish());
  }
}
