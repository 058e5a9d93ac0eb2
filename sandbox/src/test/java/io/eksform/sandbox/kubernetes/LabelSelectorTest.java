package io.eksform.sandbox.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/** Label selector parsing and matching, case by case. */
class LabelSelectorTest {
  private static final List<Map<String, String>> OBJECTS =
      List.of(Map.of("team", "a", "tier", "web", "size", "3"), Map.of("team", "b"), Map.of());

  private static ObjectNode object(Map<String, String> labels) {
    ObjectNode object = Json.object();
    ObjectNode map = Json.child(Json.child(object, "metadata"), "labels");
    labels.forEach(map::put);
    return object;
  }

  /** Which of the three objects match, as a string of 0/1. */
  private static String matches(String selector) throws ApiException {
    LabelSelector parsed = LabelSelector.parse(selector);
    StringBuilder result = new StringBuilder();
    for (Map<String, String> labels : OBJECTS) {
      result.append(parsed.matches(object(labels)) ? '1' : '0');
    }
    return result.toString();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''                      | 111",
        "team                    | 110",
        "!team                   | 001",
        "team=a                  | 100",
        "team==b                 | 010",
        "team!=a                 | 011",
        "team in (a,b)           | 110",
        "team in (a, c)          | 100",
        "team notin (a)          | 011",
        "team,tier=web           | 100",
        "team=b,!tier            | 010",
        "size>2                  | 100",
        "size<2                  | 000",
        "example.com/team        | 000",
        " team = a , tier in (web) | 100"
      })
  void matchesAsKubernetesDoes(String selector, String expected) throws ApiException {
    assertEquals(expected, matches(selector), selector);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"team in (a", "team=a,", "=a", "team=a b", "bad key=1", "team=not valid!"})
  void malformedSelectorsAreBadRequests(String selector) {
    ApiException error = assertThrows(ApiException.class, () -> LabelSelector.parse(selector));
    assertEquals(400, error.code());
  }
}
