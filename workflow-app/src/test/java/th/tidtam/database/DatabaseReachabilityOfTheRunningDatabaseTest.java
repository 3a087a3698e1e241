package th.tidtam.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.zaxxer.hikari.HikariDataSource;

import th.tidtam.support.IntegrationTest;

@IntegrationTest
class DatabaseReachabilityOfTheRunningDatabaseTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theRunningDatabaseIsReachable() throws Exception {
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);

        Optional<String> problem = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> DatabaseReachabilityCheck
                .check(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword(), Duration.ofSeconds(10)));

        assertThat(problem).isEmpty();
    }
}
