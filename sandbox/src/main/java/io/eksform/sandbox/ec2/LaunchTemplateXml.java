package io.eksform.sandbox.ec2;

import io.eksform.sandbox.http.Xml;
import io.eksform.sandbox.state.LaunchTemplate;
import io.eksform.sandbox.state.LaunchTemplateVersion;
import java.time.Instant;

/** Writes launch templates and their versions as the EC2 query protocol's XML shapes them. */
final class LaunchTemplateXml {
  private LaunchTemplateXml() {}

  /** The members of a {@code LaunchTemplate}. */
  static void template(Xml xml, LaunchTemplate t) {
    xml.leaf("launchTemplateId", t.id())
        .leaf("launchTemplateName", t.name())
        .leaf("createTime", Instant.ofEpochMilli(t.createdAt()).toString())
        .leaf("createdBy", t.createdBy())
        .leaf("defaultVersionNumber", t.defaultVersion())
        .leaf("latestVersionNumber", t.latest().number());
    Ec2Xml.tags(xml, t.tags());
  }

  /** The members of a {@code LaunchTemplateVersion}. */
  static void version(Xml xml, LaunchTemplate t, LaunchTemplateVersion v) {
    xml.leaf("launchTemplateId", t.id())
        .leaf("launchTemplateName", t.name())
        .leaf("versionNumber", v.number())
        .leaf("versionDescription", v.description())
        .leaf("createTime", Instant.ofEpochMilli(v.createdAt()).toString())
        .leaf("createdBy", v.createdBy())
        .leaf("defaultVersion", v.number() == t.defaultVersion())
        .open("launchTemplateData");
    LaunchTemplateData.toXml(xml, v.data());
    xml.close();
  }
}
