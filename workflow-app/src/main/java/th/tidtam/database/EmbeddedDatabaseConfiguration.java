package th.tidtam.database;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

import th.tidtam.base.OutageAwareHikariDataSource;

/**
 * With no {@code spring.datasource.url}, the application runs its own MariaDB. The DataSource is built from the
 * running server so that the server always starts before the pool, Flyway, JPA and the process engine.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedMariaDbProperties properties) {
        // usually already starting since the environment was ready (EmbeddedMariaDbEarlyStart, added by main)
        return EmbeddedMariaDbEarlyStart.take(properties);
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb db) {
        return DataSourceBuilder.create()
                .type(OutageAwareHikariDataSource.class)
                .driverClassName("org.mariadb.jdbc.Driver")
                .url(db.jdbcUrl())
                .username(db.username())
                .password(db.password())
                .build();
    }

    /** Lets other beans (demo data) know that this is the embedded default. */
    @Bean
    EmbeddedDatabaseMarker embeddedDatabaseMarker(EmbeddedMariaDb db) {
        return new EmbeddedDatabaseMarker(db.jdbcUrl());
    }

    public record EmbeddedDatabaseMarker(String url) {
    }
}
