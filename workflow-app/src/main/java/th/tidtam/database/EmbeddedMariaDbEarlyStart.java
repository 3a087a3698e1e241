package th.tidtam.database;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded MariaDB on a thread of its own as soon as the configuration is known, so that unpacking,
 * installing and starting the server (seconds with existing data, up to a quarter of a minute on a fresh directory on
 * two cores) overlaps the seconds Spring spends loading classes and building its context instead of following them.
 * The bean ({@link EmbeddedDatabaseConfiguration}) takes the server that is already starting; were its settings other
 * than those the server was started with, it stops that one and starts its own. Only the application's main method
 * adds this listener: the tests choose their database later (a context initializer), and a server started here for
 * nothing would cost them a start.
 */
public final class EmbeddedMariaDbEarlyStart implements ApplicationListener<SpringApplicationEvent> {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbEarlyStart.class);

    private record Early(EmbeddedMariaDbProperties properties, CompletableFuture<EmbeddedMariaDb> server) {
    }

    /** The server started early and not yet taken by the bean (one application per JVM). */
    private static Early early;
    /** The server the bean took: stopped by Spring, or by the shutdown hook if Spring never closes the context. */
    private static volatile EmbeddedMariaDb taken;

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            start(prepared.getEnvironment());
        } else if (event instanceof ApplicationFailedEvent) {
            // the context failed before the bean took the server: nobody else would stop it
            stop(release());
        }
    }

    private static void start(ConfigurableEnvironment environment) {
        if (!environment.getProperty("spring.datasource.url", "").isBlank()) {
            return;
        }
        EmbeddedMariaDbProperties properties = Binder.get(environment)
                .bind("tidtam.embedded-db", EmbeddedMariaDbProperties.class)
                .orElseGet(() -> new EmbeddedMariaDbProperties(null, null, null, null, null, null));
        CompletableFuture<EmbeddedMariaDb> server = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                server.complete(EmbeddedMariaDb.start(properties));
            } catch (RuntimeException | Error e) {
                server.completeExceptionally(e);
            }
        }, "embedded-mariadb-start");
        starter.setDaemon(true);
        starter.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        synchronized (EmbeddedMariaDbEarlyStart.class) {
            early = new Early(properties, server);
        }
        // the server runs in its own session, so nothing stops it with the JVM: stopped before the bean took it (Ctrl-C
        // during the start), or a run that ends without closing its context (-Dspring.context.exit=onRefresh, the
        // class-data-sharing training run), would leave it running
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedMariaDbEarlyStart::stopAtExit, "embedded-mariadb-early-stop"));
        starter.start();
    }

    /** The server for these settings: the one started early if it was started with them, otherwise a new one. */
    static EmbeddedMariaDb take(EmbeddedMariaDbProperties properties) {
        Early started = release();
        if (started == null) {
            return EmbeddedMariaDb.start(properties);
        }
        if (!started.properties().equals(properties)) {
            log.info("The embedded MariaDB started early has other settings than the application's: starting another");
            stop(started);
            return EmbeddedMariaDb.start(properties);
        }
        try {
            taken = started.server().join();
            return taken;
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void stopAtExit() {
        Early notTaken = release();
        if (notTaken != null) {
            stop(notTaken);
            return;
        }
        EmbeddedMariaDb server = taken;
        if (server == null) {
            return;
        }
        // Spring's own shutdown hook (beside this one) closes the context and stops the server last; only a server it
        // leaves running after a minute is stopped here
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        try {
            while (!server.stopped() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            if (!server.stopped()) {
                server.stop();
            }
        } catch (Exception e) {
            log.warn("The embedded MariaDB could not be stopped at exit: {}", e.toString());
        }
    }

    private static synchronized Early release() {
        Early started = early;
        early = null;
        return started;
    }

    private static void stop(Early started) {
        if (started == null) {
            return;
        }
        try {
            started.server().get(3, TimeUnit.MINUTES).stop();
        } catch (Exception e) {
            log.warn("The embedded MariaDB started early could not be stopped: {}", e.toString());
        }
    }
}
