package th.tidtam.database.replica;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.util.StringUtils;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;

import io.micrometer.core.instrument.MeterRegistry;

import th.tidtam.database.ReplicaRead;

/**
 * With {@code tidtam.database.replica.url} set: the replica's pool, its health, and the routing {@code DataSource}
 * that becomes the application's (primary). Unset, none of these beans exists and nothing changes: the
 * {@code dataSource} pool is the application's, {@link ReplicaRead} marks nothing.
 * <p>
 * The pool ({@code replica}) is not a bean, so that Boot's database health check never looks at it — a replica that is
 * down must not take an application node out of its load balancer — and it opens no connection before the first read
 * (the application starts whether or not the replica answers). Its connections are read-only three times over:
 * {@code Connection.setReadOnly} (a hint MariaDB's driver does not send), a session that is {@code READ ONLY} on the
 * server (a write fails "Cannot execute statement in a READ ONLY transaction"), and the replica server's own
 * {@code read_only=ON} for a user without READ ONLY ADMIN. Flyway migrates the primary; the process engine uses the
 * routing {@code DataSource} — it must, to share the application's transactions — and none of its work runs in a
 * {@link ReplicaRead} use case, so it reads and writes the primary.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${tidtam.database.replica.url:}'.isBlank()")
@EnableConfigurationProperties(ReplicaProperties.class)
class ReplicaConfiguration {

    /** Runs outside the transaction advisor (lowest precedence), so that the scope is set when a transaction begins. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor replicaReadAdvisor() {
        ComposablePointcut pointcut = new ComposablePointcut(new AnnotationMatchingPointcut(ReplicaRead.class, true))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(ReplicaRead.class));
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(pointcut, new ReplicaReadInterceptor());
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return advisor;
    }

    @Bean(destroyMethod = "close")
    ReplicaPool replicaPool(ReplicaProperties properties, @Qualifier("dataSource") HikariDataSource primary,
            MeterRegistry meters) {
        return new ReplicaPool(pool(properties, primary, meters));
    }

    @Bean
    ReplicaHealth replicaHealth(ReplicaPool pool, ReplicaProperties properties, MeterRegistry meters) {
        // the real time of the checks, whatever the application's clock says (tests move that one)
        return new ReplicaHealth(pool.dataSource(), properties, meters, Clock.systemUTC());
    }

    /** The application's DataSource from now on; the {@code dataSource} pool stays the primary's. */
    @Bean
    @Primary
    ReplicaRoutingDataSource replicaRoutingDataSource(@Qualifier("dataSource") HikariDataSource primary, ReplicaPool pool,
            ReplicaHealth health) {
        return new ReplicaRoutingDataSource(primary, new PrimaryOrReplica(primary, pool.dataSource(), health));
    }

    /** Flyway would otherwise take the primary bean, the routing one; say it outright. */
    @Bean
    FlywayConfigurationCustomizer flywayMigratesThePrimary(@Qualifier("dataSource") DataSource primary) {
        return configuration -> configuration.dataSource(primary);
    }

    /**
     * {@code /actuator/health} shows the replica's state but stays UP whatever it is: the application answers from the
     * primary meanwhile, so a load balancer must keep the node.
     */
    @Bean
    HealthIndicator replicaHealthIndicator(ReplicaHealth health) {
        return () -> {
            ReplicaState s = health.current();
            Health.Builder up = Health.up().withDetail("state", s.kind().tag()).withDetail("detail", s.detail())
                    .withDetail("checkedAt", s.at().toString());
            return s.lagSeconds() == null ? up.build() : up.withDetail("lagSeconds", s.lagSeconds()).build();
        };
    }

    static HikariDataSource pool(ReplicaProperties properties, HikariDataSource primary, MeterRegistry meters) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("replica");
        config.setJdbcUrl(properties.url());
        boolean ownLogin = StringUtils.hasText(properties.username());
        config.setUsername(ownLogin ? properties.username() : primary.getUsername());
        config.setPassword(ownLogin ? properties.password() : primary.getPassword());
        if (primary.getDriverClassName() != null) {
            config.setDriverClassName(primary.getDriverClassName());
        }
        config.setDataSourceProperties(primary.getDataSourceProperties());
        long connectMillis = properties.connectTimeout().toMillis();
        // a replica that went away answers a read within about this long, once; the state is remembered after that
        config.addDataSourceProperty("connectTimeout", String.valueOf(connectMillis));
        config.setConnectionTimeout(connectMillis);
        config.setMaximumPoolSize(properties.poolSize());
        config.setMinimumIdle(0);
        config.setTransactionIsolation(primary.getTransactionIsolation());
        config.setAutoCommit(primary.isAutoCommit());
        config.setReadOnly(true);
        // MariaDB's driver keeps setReadOnly to itself: make the session read-only on the server as well
        config.setConnectionInitSql("SET SESSION TRANSACTION READ ONLY");
        // no connection until the first read: the application starts while the replica is down
        config.setInitializationFailTimeout(-1);
        // hikaricp_* meters with pool="replica", beside the primary's (pool="main") and the audit trail's
        config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(meters));
        return new HikariDataSource(config);
    }

    /** The replica's pool, kept out of the bean factory's DataSources (see the class comment). */
    record ReplicaPool(HikariDataSource dataSource) {
        void close() {
            dataSource.close();
        }
    }
}
