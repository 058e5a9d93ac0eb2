package io.eksform.cli.policy;

import io.eksform.cli.common.ExitCodeLines;
import io.eksform.cli.common.RegoVersionOption;
import io.eksform.cli.common.UserError;
import io.eksform.rego.PreparedPolicy;
import io.eksform.rego.ast.Body;
import io.eksform.rego.ast.Call;
import io.eksform.rego.ast.Expr;
import io.eksform.rego.compile.RegoCompileException;
import io.eksform.rego.eval.EvalException;
import io.eksform.rego.eval.Options;
import io.eksform.rego.parse.Parser;
import io.eksform.rego.parse.RegoParseException;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.JsonValues;
import io.eksform.rego.value.Value;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code eksform policy eval --data DIR --input FILE QUERY}: evaluates a query like {@code opa
 * eval} and prints the result as JSON ({@code {}} when undefined).
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Evaluate a Rego query over policies, data and an input; JSON out like opa eval.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the query was evaluated",
      "1:a policy, data or input file is invalid",
      "2:usage error",
      ExitCodeLines.INTERNAL
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eksform policy eval -d policies/ -i cluster.yaml 'data.main.deny'",
      "  eksform policy eval -d policies/ -d limits.json -i cluster.yaml 'data.main'"
    })
public final class PolicyEvalCommand implements Callable<Integer> {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Spec CommandSpec spec;

  @Option(
      names = {"-d", "--data"},
      paramLabel = "PATH",
      description = "Rego files, JSON/YAML data files or folders of them (repeatable).")
  List<Path> data = new ArrayList<>();

  @Option(
      names = {"-i", "--input"},
      paramLabel = "FILE",
      description = "The input document, JSON or YAML.")
  Path input;

  @Mixin RegoVersionOption rego;

  @Option(names = "--strict-builtin-errors", description = "Abort on the first builtin error.")
  boolean strict;

  @Parameters(paramLabel = "QUERY", description = "The query, e.g. data.main.deny")
  String query;

  @Override
  public Integer call() {
    PreparedPolicy policy = PolicySources.load(data, true, rego.version());
    Value in = input == null ? null : JsonValues.fromJson(PolicySources.read(input));
    Options options = Options.defaults().withStrict(strict).withPrintSink(System.err);
    String text = query;
    boolean single = isSingleValue(query);
    if (single) {
      text = "__value__ = (" + query + ")";
    }
    List<Map<String, Value>> rows;
    try {
      rows = policy.eval(text, in, options);
    } catch (RegoParseException | RegoCompileException e) {
      throw new UserError(e.getMessage(), "check the query syntax and the names it uses");
    } catch (EvalException e) {
      throw new UserError(e.getMessage(), null);
    }
    ObjectNode out = NODES.objectNode();
    if (!rows.isEmpty()) {
      ArrayNode result = out.putArray("result");
      for (Map<String, Value> row : rows) {
        ObjectNode r = result.addObject();
        ObjectNode expr = r.putArray("expressions").addObject();
        Value v = single ? row.get("__value__") : BooleanValue.TRUE;
        expr.set("value", JsonValues.toJson(v));
        expr.put("text", query);
        ObjectNode bindings = NODES.objectNode();
        row.forEach(
            (k, val) -> {
              if (!k.equals("__value__")) {
                bindings.set(k, JsonValues.toJson(val));
              }
            });
        if (!bindings.isEmpty()) {
          r.set("bindings", bindings);
        }
      }
    }
    PrintWriter w = spec.commandLine().getOut();
    w.println(PolicySources.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out));
    w.flush();
    return 0;
  }

  /** True for a query of one plain term (not a comparison or assignment), whose value we show. */
  private static boolean isSingleValue(String query) {
    try {
      Body body = Parser.parseQuery(query);
      return body.literals().size() == 1
          && !body.literals().get(0).negated()
          && body.literals().get(0).withs().isEmpty()
          && body.literals().get(0).expr() instanceof Expr.TermExpr t
          && !(t.term() instanceof Call);
    } catch (RegoParseException e) {
      throw new UserError(e.getMessage(), "check the query syntax");
    }
  }
}
