package io.eksform.sandbox.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Merge patch (RFC 7386) and JSON patch (RFC 6902) on plain documents. */
class PatchesTest {
  private static JsonNode json(String text) {
    return Json.MAPPER.readTree(text.replace('\'', '"'));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{'a':1}                 | {'b':2}                  | {'a':1,'b':2}",
        "{'a':{'x':1,'y':2}}     | {'a':{'x':null}}         | {'a':{'y':2}}",
        "{'a':[1,2]}             | {'a':[3]}                | {'a':[3]}",
        "{'a':1}                 | {'a':{'b':null,'c':1}}   | {'a':{'c':1}}",
        "{'a':1}                 | {}                       | {'a':1}"
      })
  void mergePatchFollowsRfc7386(String target, String patch, String expected) {
    assertEquals(json(expected), MergePatch.apply(json(target), json(patch)));
  }

  @Test
  void strategicDirectivesAreDropped() {
    assertEquals(
        json("{'metadata':{'labels':{'a':'b'}}}"),
        MergePatch.withoutDirectives(
            json("{'$patch':'merge','metadata':{'labels':{'a':'b','$retainKeys':['a']}}}")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{'a':{}}           | [{'op':'add','path':'/a/b~1c','value':1}]            | {'a':{'b/c':1}}",
        "{'a':[1,3]}        | [{'op':'add','path':'/a/1','value':2}]               | {'a':[1,2,3]}",
        "{'a':[1]}          | [{'op':'add','path':'/a/-','value':2}]               | {'a':[1,2]}",
        "{'a':1,'b':2}      | [{'op':'remove','path':'/a'}]                        | {'b':2}",
        "{'a':1}            | [{'op':'replace','path':'/a','value':{'x':true}}]    | {'a':{'x':true}}",
        "{'a':1}            | [{'op':'move','from':'/a','path':'/b'}]              | {'b':1}",
        "{'a':[1]}          | [{'op':'copy','from':'/a/0','path':'/b'}]            | {'a':[1],'b':1}",
        "{'a':'x'}          | [{'op':'test','path':'/a','value':'x'},{'op':'add','path':'/t~0','value':0}] | {'a':'x','t~':0}"
      })
  void jsonPatchFollowsRfc6902(String target, String patch, String expected) throws ApiException {
    assertEquals(json(expected), JsonPatch.apply(json(target), json(patch)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{'a':1}    | [{'op':'test','path':'/a','value':2}]      | 422",
        "{'a':1}    | [{'op':'remove','path':'/b'}]              | 422",
        "{'a':1}    | [{'op':'replace','path':'/b','value':1}]   | 422",
        "{'a':[1]}  | [{'op':'add','path':'/a/5','value':1}]     | 422",
        "{'a':1}    | [{'op':'add','path':'/x/y','value':1}]     | 422",
        "{'a':1}    | [{'op':'frobnicate','path':'/a'}]          | 400",
        "{'a':1}    | [{'op':'add','path':'/a'}]                 | 400",
        "{'a':1}    | {'op':'add'}                               | 400"
      })
  void failingJsonPatchesAreRejected(String target, String patch, int code) {
    ApiException error =
        assertThrows(ApiException.class, () -> JsonPatch.apply(json(target), json(patch)));
    assertEquals(code, error.code());
  }
}
