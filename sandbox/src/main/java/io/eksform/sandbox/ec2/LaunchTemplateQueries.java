package io.eksform.sandbox.ec2;

import io.eksform.sandbox.http.AwsError;
import io.eksform.sandbox.http.FormParams;
import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.http.Xml;
import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.LaunchTemplate;
import io.eksform.sandbox.state.LaunchTemplateVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** DescribeLaunchTemplates and DescribeLaunchTemplateVersions: ids, names, filters, pages. */
final class LaunchTemplateQueries {
  private static final Set<String> TEMPLATE_FILTERS =
      Set.of("launch-template-name", "create-time", "tag-key");
  private static final Set<String> VERSION_FILTERS =
      Set.of(
          "create-time",
          "ebs-optimized",
          "http-tokens",
          "iam-instance-profile",
          "image-id",
          "instance-type",
          "is-default-version",
          "kernel-id",
          "ram-disk-id");
  private static final String NOT_ALL_EXIST =
      "At least one of the launch templates specified in the request does not exist.";

  private final Account account;
  private final LaunchTemplateLookup lookup;

  LaunchTemplateQueries(Account account) {
    this.account = account;
    this.lookup = new LaunchTemplateLookup(account);
  }

  /** A template and one of its versions. */
  private record Pair(LaunchTemplate template, LaunchTemplateVersion version) {}

  Reply describe(SandboxRequest r) {
    FormParams form = r.form();
    List<String> ids = form.list("LaunchTemplateId");
    List<String> names = form.list("LaunchTemplateName");
    List<Filter> filters = Filter.parse(form, TEMPLATE_FILTERS);
    for (String id : ids) {
      if (!id.startsWith("lt-")) {
        throw new AwsError(
            "InvalidLaunchTemplateId.Malformed",
            400,
            "The specified ID for the launch template (" + id + ") is not valid.");
      }
      if (lookup.byId(r.region(), id).isEmpty()) {
        throw new AwsError("InvalidLaunchTemplateId.NotFound", 400, NOT_ALL_EXIST);
      }
    }
    for (String name : names) {
      if (lookup.byName(r.region(), name).isEmpty()) {
        throw new AwsError("InvalidLaunchTemplateName.NotFoundException", 400, NOT_ALL_EXIST);
      }
    }
    List<LaunchTemplate> matched = new ArrayList<>();
    for (LaunchTemplate t : inCreationOrder(r.region())) {
      boolean named = ids.contains(t.id()) || names.contains(t.name());
      if ((ids.isEmpty() && names.isEmpty()) || named) {
        if (Filter.all(filters, templateAttributes(t), t.tags())) {
          matched.add(t);
        }
      }
    }
    return page(
        r, "DescribeLaunchTemplates", "launchTemplates", matched, LaunchTemplateXml::template);
  }

  Reply describeVersions(SandboxRequest r) {
    FormParams form = r.form();
    List<String> versions = form.list("LaunchTemplateVersion");
    List<Filter> filters = Filter.parse(form, VERSION_FILTERS);
    boolean oneTemplate = form.has("LaunchTemplateId") || form.has("LaunchTemplateName");
    List<Pair> found = new ArrayList<>();
    if (oneTemplate) {
      LaunchTemplate t = lookup.named(r.region(), form);
      if (!versions.isEmpty()) {
        for (String v : versions) {
          found.add(new Pair(t, LaunchTemplateLookup.version(t, v)));
        }
      } else {
        long min = bound(form, "MinVersion", 1);
        long max = bound(form, "MaxVersion", Long.MAX_VALUE);
        for (LaunchTemplateVersion v : t.versions()) {
          if (v.number() >= min && v.number() <= max) {
            found.add(new Pair(t, v));
          }
        }
      }
    } else {
      if (versions.isEmpty()
          || versions.stream().anyMatch(v -> !v.equals("$Latest") && !v.equals("$Default"))) {
        throw new AwsError(
            "InvalidParameterValue",
            400,
            "To describe the launch template data for all your launch templates, for"
                + " 'LaunchTemplateVersion' specify '$Latest', '$Default', or both, and omit"
                + " 'LaunchTemplateId', 'LaunchTemplateName', and version numbers.");
      }
      for (LaunchTemplate t : inCreationOrder(r.region())) {
        for (String v : versions) {
          found.add(new Pair(t, LaunchTemplateLookup.version(t, v)));
        }
      }
    }
    List<Pair> matched = new ArrayList<>();
    for (Pair p : found) {
      if (Filter.all(filters, versionAttributes(p), Map.of())) {
        matched.add(p);
      }
    }
    return page(
        r,
        "DescribeLaunchTemplateVersions",
        "launchTemplateVersionSet",
        matched,
        (xml, p) -> LaunchTemplateXml.version(xml, p.template(), p.version()));
  }

  private List<LaunchTemplate> inCreationOrder(String region) {
    List<LaunchTemplate> out = new ArrayList<>();
    for (LaunchTemplate t : account.launchTemplates().values()) {
      if (t.region().equals(region)) {
        out.add(t);
      }
    }
    out.sort(
        (a, b) ->
            a.createdAt() != b.createdAt()
                ? Long.compare(a.createdAt(), b.createdAt())
                : a.name().compareTo(b.name()));
    return out;
  }

  private static long bound(FormParams form, String parameter, long fallback) {
    String text = form.get(parameter, null);
    if (text == null) {
      return fallback;
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new AwsError(
          "InvalidParameterValue",
          400,
          "The value '" + text + "' for parameter " + parameter + " is not a version number.");
    }
  }

  private static Map<String, List<String>> templateAttributes(LaunchTemplate t) {
    Map<String, List<String>> m = new HashMap<>();
    m.put("launch-template-name", List.of(t.name()));
    m.put("create-time", List.of(Instant.ofEpochMilli(t.createdAt()).toString()));
    return m;
  }

  private static Map<String, List<String>> versionAttributes(Pair p) {
    LaunchTemplateVersion v = p.version();
    Map<String, List<String>> m = new HashMap<>();
    m.put("create-time", List.of(Instant.ofEpochMilli(v.createdAt()).toString()));
    m.put(
        "is-default-version", List.of(String.valueOf(v.number() == p.template().defaultVersion())));
    putText(m, "ebs-optimized", v.text("EbsOptimized"));
    putText(m, "image-id", v.text("ImageId"));
    putText(m, "instance-type", v.text("InstanceType"));
    putText(m, "kernel-id", v.text("KernelId"));
    putText(m, "ram-disk-id", v.text("RamDiskId"));
    var metadata = v.data().path("MetadataOptions").path("HttpTokens");
    putText(m, "http-tokens", metadata.isMissingNode() ? null : metadata.asString());
    var profile = v.data().path("IamInstanceProfile");
    List<String> profiles = new ArrayList<>();
    for (String member : List.of("Arn", "Name")) {
      if (profile.has(member)) {
        profiles.add(profile.get(member).asString());
      }
    }
    m.put("iam-instance-profile", profiles);
    return m;
  }

  private static void putText(Map<String, List<String>> m, String filter, String value) {
    m.put(filter, value == null ? List.of() : List.of(value));
  }

  private static <T> Reply page(
      SandboxRequest r,
      String operation,
      String setElement,
      List<T> matched,
      BiConsumer<Xml, T> render) {
    FormParams form = r.form();
    int from = Describe.offset(form.get("NextToken", null));
    int max = Describe.maxResults(form, matched.size(), 1, 200);
    int to = Math.min(matched.size(), from + max);
    Xml xml = Xml.document(operation + "Response", Ec2Xml.NAMESPACE);
    xml.leaf("requestId", r.requestId()).open(setElement);
    for (T item : matched.subList(Math.min(from, to), to)) {
      xml.open("item");
      render.accept(xml, item);
      xml.close();
    }
    xml.close();
    if (to < matched.size()) {
      xml.leaf("nextToken", Describe.token(to));
    }
    return Reply.xml(xml.finish());
  }
}
