package th.tidtam.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** An unreachable database gives one clear line, never a hang. No Spring, no database. */
class DatabaseReachabilityCheckTest {

    @Test
    void aClosedPortGivesOneLineNamingTheDatabase() throws IOException {
        String url = "jdbc:mariadb://127.0.0.1:" + closedPort() + "/tidtam";

        Optional<String> problem = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> DatabaseReachabilityCheck.check(url, "tidtam", "secret", Duration.ofSeconds(3)));

        assertThat(problem).hasValueSatisfying(message -> {
            assertThat(message).contains(url).doesNotContain("\n").doesNotContain("\r");
            assertThat(message).doesNotContain("secret");
        });
    }

    @Test
    void aPasswordInTheUrlIsNotPrinted() throws IOException {
        String url = "jdbc:mariadb://127.0.0.1:" + closedPort() + "/tidtam?user=tidtam&password=hunter2";

        Optional<String> problem = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> DatabaseReachabilityCheck.check(url, null, null, Duration.ofSeconds(3)));

        assertThat(problem).hasValueSatisfying(message -> assertThat(message)
                .contains("jdbc:mariadb://127.0.0.1:").contains("password=***").doesNotContain("hunter2")
                .doesNotContain("\n"));
    }

    /** A port that nothing listens on: bound by the OS, then released. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
