package io.eksform.sandbox.ec2;

import io.eksform.sandbox.http.Xml;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * How one EC2 resource type is described: its id parameter and not-found code, its filterable
 * attributes, its tags, and how an {@code <item>} is written.
 */
record ResourceKind<T>(
    String operation,
    String setElement,
    String idParameter,
    String notFoundCode,
    String noun,
    Function<T, String> id,
    Function<T, String> region,
    Function<T, Map<String, String>> tags,
    Function<T, Map<String, List<String>>> attributes,
    Set<String> filters,
    BiConsumer<Xml, T> render) {}
