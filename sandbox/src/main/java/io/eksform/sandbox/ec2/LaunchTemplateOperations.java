package io.eksform.sandbox.ec2;

import io.eksform.sandbox.http.AwsError;
import io.eksform.sandbox.http.FormParams;
import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.http.Xml;
import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Ids;
import io.eksform.sandbox.state.LaunchTemplate;
import io.eksform.sandbox.state.LaunchTemplateVersion;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/**
 * The launch template calls that change the account: CreateLaunchTemplate,
 * CreateLaunchTemplateVersion, ModifyLaunchTemplate (the default version) and DeleteLaunchTemplate.
 */
final class LaunchTemplateOperations {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9().\\-/_]{3,128}");
  private static final String DATA = "LaunchTemplateData";

  private final Account account;
  private final Clock clock;
  private final LaunchTemplateLookup lookup;

  LaunchTemplateOperations(Account account, Clock clock) {
    this.account = account;
    this.clock = clock;
    this.lookup = new LaunchTemplateLookup(account);
  }

  private static Xml response(SandboxRequest r, String operation) {
    return Xml.document(operation + "Response", Ec2Xml.NAMESPACE).leaf("requestId", r.requestId());
  }

  private String creator() {
    return "arn:aws:iam::" + account.id() + ":user/sandbox";
  }

  Reply create(SandboxRequest r) {
    FormParams form = r.form();
    String name = form.get("LaunchTemplateName").filter(v -> !v.isEmpty()).orElse(null);
    if (name == null) {
      throw missing("LaunchTemplateName");
    }
    if (!NAME.matcher(name).matches()) {
      throw new AwsError(
          "InvalidLaunchTemplateName.MalformedException",
          400,
          "A launch template name must be between 3 and 128 characters, and may contain letters,"
              + " numbers, and the following characters: - ( ) . / _.");
    }
    if (!form.has(DATA)) {
      throw missing(DATA);
    }
    if (lookup.byName(r.region(), name).isPresent()) {
      throw new AwsError(
          "InvalidLaunchTemplateName.AlreadyExistsException",
          400,
          "Launch template name already in use.");
    }
    long now = clock.millis();
    LaunchTemplateVersion first =
        new LaunchTemplateVersion(
            1,
            form.get("VersionDescription", null),
            now,
            creator(),
            LaunchTemplateData.fromQuery(form.under(DATA)));
    LaunchTemplate t =
        new LaunchTemplate(
            r.region(),
            Ids.ec2("lt"),
            name,
            now,
            creator(),
            1,
            List.of(first),
            tagsFor(form, "launch-template"));
    account.launchTemplates().put(t.id(), t);
    Xml xml = response(r, "CreateLaunchTemplate").open("launchTemplate");
    LaunchTemplateXml.template(xml, t);
    return Reply.xml(xml.finish());
  }

  Reply createVersion(SandboxRequest r) {
    FormParams form = r.form();
    LaunchTemplate t = lookup.named(r.region(), form);
    if (!form.has(DATA)) {
      throw missing(DATA);
    }
    ObjectNode data = LaunchTemplateData.fromQuery(form.under(DATA));
    String source = form.get("SourceVersion", null);
    if (source != null) {
      data = LaunchTemplateData.merge(LaunchTemplateLookup.version(t, source).data(), data);
    }
    LaunchTemplateVersion v =
        new LaunchTemplateVersion(
            t.latest().number() + 1,
            form.get("VersionDescription", null),
            clock.millis(),
            creator(),
            data);
    LaunchTemplate changed = t.withVersion(v);
    account.launchTemplates().put(t.id(), changed);
    Xml xml = response(r, "CreateLaunchTemplateVersion").open("launchTemplateVersion");
    LaunchTemplateXml.version(xml, changed, v);
    return Reply.xml(xml.finish());
  }

  Reply modify(SandboxRequest r) {
    LaunchTemplate t = lookup.named(r.region(), r.form());
    LaunchTemplate changed = t;
    String version = r.form().get("SetDefaultVersion", null);
    if (version != null) {
      changed = t.withDefault(LaunchTemplateLookup.version(t, version).number());
    }
    account.launchTemplates().put(t.id(), changed);
    Xml xml = response(r, "ModifyLaunchTemplate").open("launchTemplate");
    LaunchTemplateXml.template(xml, changed);
    return Reply.xml(xml.finish());
  }

  Reply delete(SandboxRequest r) {
    LaunchTemplate t = lookup.named(r.region(), r.form());
    account.launchTemplates().remove(t.id());
    Xml xml = response(r, "DeleteLaunchTemplate").open("launchTemplate");
    LaunchTemplateXml.template(xml, t);
    return Reply.xml(xml.finish());
  }

  private static AwsError missing(String parameter) {
    return new AwsError(
        "MissingParameter", 400, "The request must contain the parameter " + parameter);
  }

  /** The tags of {@code TagSpecification.N} entries for one resource type. */
  private static Map<String, String> tagsFor(FormParams form, String resourceType) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (int i = 1; form.has("TagSpecification." + i); i++) {
      String type = form.get("TagSpecification." + i + ".ResourceType", resourceType);
      if (type.equals(resourceType)) {
        tags.putAll(form.pairs("TagSpecification." + i + ".Tag", "Key", "Value"));
      }
    }
    return tags;
  }
}
