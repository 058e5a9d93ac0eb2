package io.eksform.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/** The one HTTP listener of the sandbox: parses each call, routes it, injects faults, logs it. */
public final class SandboxServer implements AutoCloseable {
  private static final String FALLBACK_ERROR =
      "{\"message\":\"The sandbox could not tell which AWS service this request is for;"
          + " sign it with SigV4 (service eks, ec2, iam, sts or dynamodb).\"}";

  static {
    // The JDK server writes headers and body separately; without TCP_NODELAY every keep-alive call
    // waits for the client's delayed ACK (about 40 ms). The setting is read once per JVM.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    // A client that sends its request slowly is cut off after a minute, as AWS's front ends do;
    // until then it holds a thread of the elastic pool, never the whole pool.
    if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
      System.setProperty("sun.net.httpserver.maxReqTime", "60");
    }
  }

  /** Far above any AWS call eksform or the SDKs make; a larger body is refused unread. */
  static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

  /** Threads kept for the usual load; more are started for bursts and slow clients, up to MAX. */
  static final int CORE_THREADS = 32;

  static final int MAX_THREADS = 1024;

  private final HttpServer server;
  private final ExecutorService executor;
  private final ServiceRouter router;
  private final AccountGuard guard;
  private final FaultInjector faults;
  private final RequestLog log;

  /** Binds the listener (port 0 picks a free port); call {@link #start()} to serve. */
  public SandboxServer(
      InetSocketAddress address,
      Map<String, ServiceApi> services,
      AccountGuard guard,
      List<FaultRule> faultRules,
      Path requestLog) {
    this.router = new ServiceRouter(services);
    this.guard = guard;
    this.faults = new FaultInjector(faultRules, 42L);
    this.log = RequestLog.open(requestLog);
    try {
      this.server = HttpServer.create(address, 256);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot listen on " + address + ": " + e.getMessage() + " (is the port in use?)", e);
    }
    this.executor =
        new java.util.concurrent.ThreadPoolExecutor(
            CORE_THREADS,
            MAX_THREADS,
            30,
            TimeUnit.SECONDS,
            new java.util.concurrent.SynchronousQueue<>(),
            SandboxServer::daemon);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "sandbox-http");
    t.setDaemon(true);
    return t;
  }

  /** Serves another API (the Kubernetes API of each cluster) under a path prefix. */
  public void mount(String prefix, HttpHandler handler) {
    server.createContext(prefix, Origins.guard(handler));
  }

  /** Starts serving. */
  public void start() {
    server.start();
  }

  /** The bound port. */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    log.close();
  }

  private void handle(HttpExchange exchange) throws IOException {
    long started = System.nanoTime();
    try (exchange) {
      Optional<String> foreign = Origins.refusal(exchange);
      if (foreign.isPresent()) {
        sendPlain(exchange, 403, foreign.get());
        return;
      }
      if (exchange.getRequestHeaders().getFirst("Content-Length") != null
          && parseLength(exchange.getRequestHeaders().getFirst("Content-Length"))
              > MAX_BODY_BYTES) {
        sendPlain(exchange, 413, "request body over " + MAX_BODY_BYTES + " bytes");
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(MAX_BODY_BYTES + 1);
      }
      if (body.length > MAX_BODY_BYTES) {
        sendPlain(exchange, 413, "request body over " + MAX_BODY_BYTES + " bytes");
        return;
      }
      SandboxRequest request = parse(exchange, body);
      ServiceApi api = router.route(request);
      SigV4.Verdict verdict =
          SigV4.checkHeader(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              exchange.getRequestURI().getRawQuery(),
              lowerCaseHeaders(exchange),
              body);
      if (verdict != SigV4.Verdict.VALID) {
        AwsError refused = SignatureErrors.of(request.service(), verdict);
        Reply reply =
            api != null
                ? api.error(refused, request)
                : new Reply(
                    refused.status(),
                    "application/json",
                    ("{\"message\":\"" + refused.getMessage() + "\"}")
                        .getBytes(StandardCharsets.UTF_8),
                    Map.of("x-amzn-ErrorType", refused.code()));
        send(exchange, reply, request.requestId());
        log.record(request, "Unsigned", reply.status(), refused.code(), micros(started));
        return;
      }
      if (api == null) {
        Reply reply =
            new Reply(
                400,
                "application/json",
                FALLBACK_ERROR.getBytes(StandardCharsets.UTF_8),
                Map.of("x-amzn-ErrorType", "UnknownOperationException"));
        send(exchange, reply, request.requestId());
        log.record(request, "Unknown", 400, "UnknownOperationException", micros(started));
        return;
      }
      String operationName = "Unknown";
      Reply reply;
      String errorCode = null;
      try {
        Operation operation = api.route(request);
        operationName = operation.name();
        Optional<AwsError> fault = faults.apply(operationName, request.attempt(), api);
        if (fault.isPresent()) {
          throw fault.get();
        }
        reply = guard.run(operation);
      } catch (AwsError e) {
        errorCode = e.code();
        reply = api.error(e, request);
      } catch (RuntimeException | LinkageError e) {
        // a bug must still answer as AWS would (a retryable 500), never drop the connection
        AwsError internal = api.internalFailure();
        errorCode = internal.code() + " (" + e + ")";
        reply = api.error(internal, request);
      }
      send(exchange, reply, request.requestId());
      log.record(request, operationName, reply.status(), errorCode, micros(started));
    }
  }

  private static long micros(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1000;
  }

  private static long parseLength(String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Map<String, List<String>> lowerCaseHeaders(HttpExchange exchange) {
    Map<String, List<String>> out = new HashMap<>();
    exchange
        .getRequestHeaders()
        .forEach(
            (k, v) ->
                out.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new java.util.ArrayList<>())
                    .addAll(v));
    return out;
  }

  private static void sendPlain(HttpExchange exchange, int status, String message)
      throws IOException {
    byte[] body = message.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.getResponseHeaders().set("Connection", "close");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static SandboxRequest parse(HttpExchange exchange, byte[] body) {
    Map<String, String> headers = new HashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.isEmpty() ? "" : v.get(0)));
    return new SandboxRequest(
        exchange.getRequestMethod(),
        exchange.getRequestURI().getRawPath(),
        exchange.getRequestURI().getRawQuery(),
        headers,
        body,
        newRequestId());
  }

  /** A random version-4 style UUID without the cost of a secure random source. */
  static String newRequestId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long hi = (random.nextLong() & ~0xF000L) | 0x4000L;
    long lo = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(hi, lo).toString();
  }

  private static void send(HttpExchange exchange, Reply reply, String requestId)
      throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", reply.contentType());
    headers.set("x-amzn-RequestId", requestId);
    headers.set(
        "Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
    reply.headers().forEach(headers::set);
    byte[] body = reply.body();
    exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
