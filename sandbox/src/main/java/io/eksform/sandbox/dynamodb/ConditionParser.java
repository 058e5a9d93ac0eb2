package io.eksform.sandbox.dynamodb;

import io.eksform.sandbox.http.AwsError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A recursive-descent parser for condition expressions: {@code OR}, {@code AND}, {@code NOT},
 * parentheses, the comparators, {@code BETWEEN}, {@code IN}, {@code attribute_exists}, {@code
 * attribute_not_exists} and {@code begins_with} over top-level attributes. Nested document paths
 * and the other functions are refused with a ValidationException that says the sandbox lacks them.
 */
final class ConditionParser {
  private static final String KIND = "ConditionExpression";
  private final String text;
  private final Expressions expressions;
  private final List<String> tokens;
  private int at;

  ConditionParser(String text, Expressions expressions) {
    this.text = text;
    this.expressions = expressions;
    this.tokens = tokenize(text);
  }

  Condition parse() {
    if (tokens.isEmpty()) {
      throw DynamoErrors.validation("Invalid " + KIND + ": The expression can not be empty;");
    }
    Condition c = or();
    if (at < tokens.size()) {
      throw syntax(tokens.get(at));
    }
    return c;
  }

  private Condition or() {
    Condition c = and();
    while (keyword("OR")) {
      c = new Condition.Or(c, and());
    }
    return c;
  }

  private Condition and() {
    Condition c = not();
    while (keyword("AND")) {
      c = new Condition.And(c, not());
    }
    return c;
  }

  private Condition not() {
    if (keyword("NOT")) {
      return new Condition.Not(not());
    }
    return primary();
  }

  private Condition primary() {
    if (accept("(")) {
      Condition inner = or();
      expect(")");
      return inner;
    }
    String token = peek();
    if (isIdentifier(token) && "(".equals(peekAt(at + 1))) {
      return function();
    }
    Condition.Operand left = operand();
    if (keyword("BETWEEN")) {
      Condition.Operand low = operand();
      if (!keyword("AND")) {
        throw syntax(peek());
      }
      return new Condition.Between(left, low, operand());
    }
    if (keyword("IN")) {
      expect("(");
      List<Condition.Operand> candidates = new ArrayList<>();
      do {
        candidates.add(operand());
      } while (accept(","));
      expect(")");
      return new Condition.In(left, candidates);
    }
    String operator = peek();
    if (operator == null || !List.of("=", "<>", "<", "<=", ">", ">=").contains(operator)) {
      throw syntax(operator);
    }
    at++;
    return new Condition.Compare(left, operator, operand());
  }

  private Condition function() {
    String name = tokens.get(at);
    at += 2;
    Condition result;
    switch (name) {
      case "attribute_exists", "attribute_not_exists" -> {
        result = new Condition.Exists(path(name), name.equals("attribute_exists"));
      }
      case "begins_with" -> {
        Condition.Operand value = new Condition.Attribute(path(name));
        expect(",");
        result = new Condition.BeginsWith(value, operand());
      }
      default ->
          throw DynamoErrors.validation(
              "Invalid "
                  + KIND
                  + ": Invalid function name; function: "
                  + name
                  + " (the sandbox supports attribute_exists, attribute_not_exists and"
                  + " begins_with)");
    }
    expect(")");
    return result;
  }

  private String path(String function) {
    String token = peek();
    if (token == null || token.startsWith(":") || !(isIdentifier(token) || isName(token))) {
      throw DynamoErrors.validation(
          "Invalid "
              + KIND
              + ": Operator or function requires a document path; operator or function: "
              + function);
    }
    at++;
    return attribute(token);
  }

  private Condition.Operand operand() {
    String token = peek();
    if (token == null) {
      throw syntax(null);
    }
    if (token.startsWith(":")) {
      at++;
      return new Condition.Given(expressions.attributeValue(token, KIND));
    }
    if (isIdentifier(token) || isName(token)) {
      at++;
      return new Condition.Attribute(attribute(token));
    }
    throw syntax(token);
  }

  private String attribute(String token) {
    String next = peek();
    if (".".equals(next) || "[".equals(next)) {
      throw DynamoErrors.validation(
          "Invalid "
              + KIND
              + ": the sandbox supports top-level attributes only; nested path after: "
              + token);
    }
    return expressions.attributeName(token, KIND);
  }

  private static boolean isIdentifier(String token) {
    return token != null && token.matches("[A-Za-z_][A-Za-z0-9_]*");
  }

  private static boolean isName(String token) {
    return token != null && token.matches("#[A-Za-z0-9_]+");
  }

  private boolean keyword(String word) {
    String token = peek();
    if (token != null && token.toUpperCase(Locale.ROOT).equals(word) && isIdentifier(token)) {
      at++;
      return true;
    }
    return false;
  }

  private boolean accept(String symbol) {
    if (symbol.equals(peek())) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(String symbol) {
    if (!accept(symbol)) {
      throw syntax(peek());
    }
  }

  private String peek() {
    return peekAt(at);
  }

  private String peekAt(int index) {
    return index < tokens.size() ? tokens.get(index) : null;
  }

  private AwsError syntax(String token) {
    return DynamoErrors.validation(
        "Invalid "
            + KIND
            + ": Syntax error; token: \""
            + (token == null ? "<EOF>" : token)
            + "\", near: \""
            + text.strip()
            + "\"");
  }

  private List<String> tokenize(String source) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if ("(),.[]=".indexOf(c) >= 0) {
        out.add(String.valueOf(c));
        i++;
      } else if (c == '<' || c == '>') {
        boolean two =
            i + 1 < source.length()
                && (source.charAt(i + 1) == '=' || (c == '<' && source.charAt(i + 1) == '>'));
        out.add(source.substring(i, i + (two ? 2 : 1)));
        i += two ? 2 : 1;
      } else if (c == '#' || c == ':' || Character.isLetterOrDigit(c) || c == '_') {
        int start = i++;
        while (i < source.length()
            && (Character.isLetterOrDigit(source.charAt(i)) || source.charAt(i) == '_')) {
          i++;
        }
        out.add(source.substring(start, i));
      } else {
        throw DynamoErrors.validation(
            "Invalid " + KIND + ": Syntax error; token: \"" + c + "\", near: \"" + source + "\"");
      }
    }
    return out;
  }
}
