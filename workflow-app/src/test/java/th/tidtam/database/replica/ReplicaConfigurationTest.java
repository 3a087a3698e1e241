package th.tidtam.database.replica;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The replica costs nothing unless configured, and when it is, the application's DataSource is the routing one. */
class ReplicaConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    static class Primary {
        @Bean(destroyMethod = "close")
        HikariDataSource dataSource() {
            HikariDataSource primary = new HikariDataSource();
            primary.setJdbcUrl("jdbc:mariadb://127.0.0.1:1/tidtam");
            primary.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
            return primary;
        }

        @Bean
        MeterRegistry meters() {
            return new SimpleMeterRegistry();
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Primary.class, ReplicaConfiguration.class);

    @Test
    void withoutAReplicaUrlNothingOfTheReplicaExists() {
        runner.withPropertyValues("tidtam.database.replica.url=").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(ReplicaRoutingDataSource.class)
                    .doesNotHaveBean(ReplicaHealth.class).doesNotHaveBean(Advisor.class);
            assertThat(context.getBean(DataSource.class)).isSameAs(context.getBean("dataSource"));
        });
    }

    @Test
    void withAReplicaUrlTheApplicationsDataSourceRoutesAndStillUnwrapsToThePrimaryPool() {
        // a replica that is not there: the context starts all the same (no connection before the first read)
        runner.withPropertyValues("tidtam.database.replica.url=jdbc:mariadb://127.0.0.1:1/tidtam").run(context -> {
            assertThat(context).hasNotFailed();
            DataSource application = context.getBean(DataSource.class);
            assertThat(application).isInstanceOf(ReplicaRoutingDataSource.class);
            assertThat(application.unwrap(HikariDataSource.class)).isSameAs(context.getBean("dataSource"));
            assertThat(context.getBeansOfType(DataSource.class)).as("the replica's pool is no DataSource bean")
                    .hasSize(2);
        });
    }
}
