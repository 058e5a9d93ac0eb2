package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * The sandbox is an account only its user can drive: calls must be signed with its keys (AWS's
 * errors otherwise), a web page of another site or a rebound DNS name is refused, bodies are
 * capped, and slow clients cannot take every thread.
 */
class SandboxSecurityTest {
  private Sandbox sandbox;
  private URI endpoint;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("eksworkshop"));
    endpoint = sandbox.endpoint();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  /** Sends raw HTTP/1.1 and returns the status line and headers of the answer. */
  private String raw(String request) throws IOException {
    try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      // Up to the end of the headers and a little of the body: the server may keep the
      // connection open while it drains what the client announced.
      StringBuilder answer = new StringBuilder();
      int c;
      while ((c = in.read()) >= 0) {
        answer.append((char) c);
        if (answer.indexOf("\r\n\r\n") >= 0) {
          java.util.regex.Matcher length =
              java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(answer);
          int n = length.find() ? Integer.parseInt(length.group(1)) : 0;
          return answer + new String(in.readNBytes(Math.min(n, 4096)), StandardCharsets.UTF_8);
        }
      }
      return answer.toString();
    }
  }

  private static String formPost(String host, String extraHeaders, String body) {
    return "POST / HTTP/1.1\r\nHost: "
        + host
        + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        + extraHeaders
        + "Content-Length: "
        + body.length()
        + "\r\nConnection: close\r\n\r\n"
        + body;
  }

  private static final String CREATE_ROLE =
      "Action=CreateRole&Version=2010-05-08&RoleName=csrf&AssumeRolePolicyDocument=%7B%7D";

  private boolean roleExists(String name) {
    try (Clients clients = new Clients(endpoint)) {
      return clients.iam.listRoles().roles().stream().anyMatch(r -> r.roleName().equals(name));
    }
  }

  @Test
  void anUnsignedFormPostIsRefusedAsAwsRefusesIt() throws IOException {
    String answer = raw(formPost("127.0.0.1:" + endpoint.getPort(), "", CREATE_ROLE));
    assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
    assertTrue(answer.contains("MissingAuthenticationToken"), answer);
    assertTrue(!roleExists("csrf"));
  }

  @Test
  void aWrongSecretOrAnUnknownKeyGetsAwsErrors() {
    try (IamClient iam =
            IamClient.builder()
                .endpointOverride(endpoint)
                .region(Region.AWS_GLOBAL)
                .credentialsProvider(
                    StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(
                            io.eksform.sandbox.http.SandboxKeys.ACCESS_KEY_ID, "guessed")))
                .build();
        EksClient eks =
            EksClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_WEST_2)
                .credentialsProvider(
                    StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIASOMEONEELSE00001", "secret")))
                .build()) {
      AwsServiceException bad = assertThrows(AwsServiceException.class, iam::listRoles);
      assertEquals("SignatureDoesNotMatch", bad.awsErrorDetails().errorCode());
      assertEquals(403, bad.statusCode());
      AwsServiceException unknown = assertThrows(AwsServiceException.class, eks::listClusters);
      assertEquals("UnrecognizedClientException", unknown.awsErrorDetails().errorCode());
    }
  }

  @Test
  void aForeignHostOrOriginIsRefused() throws IOException {
    String rebound = raw(formPost("attacker.example:" + endpoint.getPort(), "", CREATE_ROLE));
    assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
    String crossSite =
        raw(
            formPost(
                "127.0.0.1:" + endpoint.getPort(),
                "Origin: https://attacker.example\r\n",
                CREATE_ROLE));
    assertTrue(crossSite.startsWith("HTTP/1.1 403"), crossSite);
    String kubernetes =
        raw(
            "GET /k8s/eksworkshop-eksctl/version HTTP/1.1\r\nHost: attacker.example\r\n"
                + "Connection: close\r\n\r\n");
    assertTrue(kubernetes.startsWith("HTTP/1.1 403"), kubernetes);
    assertTrue(!roleExists("csrf"));
  }

  @Test
  void aBodyOverTheCapIsRefusedUnread() throws IOException {
    String answer =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () ->
                raw(
                    "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2147483648\r\n"
                        + "Connection: close\r\n\r\nAction="));
    assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
  }

  @Test
  void slowClientsDoNotHoldUpOthers() throws IOException {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 64; i++) {
        Socket s = new Socket(endpoint.getHost(), endpoint.getPort());
        // A request whose body never comes.
        s.getOutputStream()
            .write(
                ("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\nAction=")
                    .getBytes(StandardCharsets.UTF_8));
        s.getOutputStream().flush();
        slow.add(s);
      }
      assertTimeoutPreemptively(
          Duration.ofSeconds(15),
          () -> {
            try (Clients clients = new Clients(endpoint)) {
              assertTrue(clients.eks.listClusters().clusters().contains("eksworkshop-eksctl"));
            }
          });
    } finally {
      for (Socket s : slow) {
        s.close();
      }
    }
  }
}
