/**
 * Tests of the shipped JSON Schemas. A <em>schema</em> here is one of the JSON documents under
 * {@code io/eksform/schemas/}; a <em>config</em> is a YAML or JSON document validated against it;
 * the <em>corpus</em> is the shared set of real eksctl files with their expected outcome.
 */
package io.eksform.schemas;
