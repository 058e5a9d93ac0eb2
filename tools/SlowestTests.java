import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints the slowest test classes of the last build from the surefire reports of every module, run
 * from the checkout's root after {@code mvn -B verify}: {@code java tools/SlowestTests.java [N]}.
 */
public final class SlowestTests {
  // Only the opening tag of the report's root element is read: its attributes hold the class's
  // name, wall time and test count, and reading the whole report would parse every test's output.
  private static final Pattern SUITE = Pattern.compile("<testsuite\\b[^>]*>");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\b(name|time|tests)=\"([^\"]*)\"");

  private record Suite(String module, String name, double seconds, int tests) {}

  private SlowestTests() {}

  public static void main(String[] args) throws IOException {
    int limit = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    List<Suite> suites = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("."), 4)) {
      for (Path report :
          files
              .filter(p -> p.getParent() != null && p.getParent().endsWith("surefire-reports"))
              .filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml"))
              .toList()) {
        read(report, suites);
      }
    }
    if (suites.isEmpty()) {
      System.err.println(
          "no surefire reports under " + Path.of(".").toAbsolutePath().normalize()
              + ": run mvn -B verify from the checkout's root first");
      System.exit(1);
    }
    suites.sort(Comparator.comparingDouble(Suite::seconds).reversed());
    double total = suites.stream().mapToDouble(Suite::seconds).sum();
    int tests = suites.stream().mapToInt(Suite::tests).sum();
    System.out.printf(
        Locale.ROOT,
        "%d test classes, %d tests, %.1f s in test classes (summed over modules)%n",
        suites.size(),
        tests,
        total);
    System.out.printf(Locale.ROOT, "%8s  %5s  %-8s  %s%n", "seconds", "tests", "module", "class");
    for (Suite s : suites.subList(0, Math.min(limit, suites.size()))) {
      System.out.printf(
          Locale.ROOT, "%8.1f  %5d  %-8s  %s%n", s.seconds(), s.tests(), s.module(), s.name());
    }
  }

  private static void read(Path report, List<Suite> into) throws IOException {
    String head;
    try (var in = Files.newBufferedReader(report)) {
      char[] buffer = new char[4096];
      int n = in.read(buffer);
      head = n < 0 ? "" : new String(buffer, 0, n);
    }
    Matcher suite = SUITE.matcher(head);
    if (!suite.find()) {
      return;
    }
    String name = "?";
    double seconds = 0;
    int tests = 0;
    Matcher a = ATTRIBUTE.matcher(suite.group());
    while (a.find()) {
      switch (a.group(1)) {
        case "name" -> name = a.group(2);
        case "time" -> seconds = Double.parseDouble(a.group(2).replace(",", ""));
        case "tests" -> tests = Integer.parseInt(a.group(2));
        default -> {}
      }
    }
    // <module>/target/surefire-reports/TEST-x.xml
    String module = report.normalize().getParent().getParent().getParent().getFileName().toString();
    into.add(new Suite(module, name, seconds, tests));
  }
}
