package papergraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Embedded Neo4j Community DBMS exposing Bolt on 127.0.0.1 only (no HTTP).
 *
 * <pre>
 * java -cp 'neo4j/target/classes:neo4j/target/lib/*' papergraph.EmbeddedNeo4j \
 *     --home DIR [--port N] [--auth] [--conf neo4j.conf] [--stop-on-stdin-eof]
 * </pre>
 *
 * --home  data directory (env NEO4J_EMBEDDED_HOME; default ./neo4j-data)
 * --port  Bolt port; 0 or absent = OS-chosen free port (env NEO4J_BOLT_PORT)
 * --auth  enable auth for user "neo4j" with the password taken from env NEO4J_PASSWORD
 *         (read from the environment so it never shows up in `ps`). Default: auth disabled.
 * --conf  optional neo4j.conf-style file applied after the defaults below.
 * --stop-on-stdin-eof  shut down when stdin closes (parent process died / closed the pipe).
 *
 * Protocol: exactly one line on stdout, "NEO4J_READY bolt://127.0.0.1:PORT", once the default
 * database accepts work; all logging goes to stderr (and HOME/logs/debug.log).
 */
public final class EmbeddedNeo4j {
    private static final PrintStream ERR = System.err;

    public static void main(String[] args) {
        Path home = Path.of(envOr("NEO4J_EMBEDDED_HOME", "neo4j-data"));
        int port = Integer.parseInt(envOr("NEO4J_BOLT_PORT", "0"));
        boolean auth = false;
        boolean stopOnStdinEof = false;
        Path conf = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--home" -> home = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--auth" -> auth = true;
                case "--conf" -> conf = Path.of(args[++i]);
                case "--stop-on-stdin-eof" -> stopOnStdinEof = true;
                default -> {
                    ERR.println("EmbeddedNeo4j: unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        String password = System.getenv("NEO4J_PASSWORD");
        if (auth && (password == null || password.isEmpty())) {
            ERR.println("EmbeddedNeo4j: --auth needs the password in env NEO4J_PASSWORD");
            System.exit(2);
        }

        try {
            run(home.toAbsolutePath(), port, auth, password, conf, stopOnStdinEof);
        } catch (Throwable t) {
            ERR.println("EmbeddedNeo4j: startup failed: " + t);
            t.printStackTrace(ERR);
            // halt: skip shutdown hooks that might block on a half-started DBMS
            Runtime.getRuntime().halt(1);
        }
    }

    private static void run(Path home, int port, boolean auth, String password, Path conf,
                            boolean stopOnStdinEof) throws Exception {
        Files.createDirectories(home);
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setUserLogProvider(new Log4jLogProvider(ERR, Level.INFO))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                .setConfig(GraphDatabaseSettings.auth_minimum_password_length, 1)
                // Modest footprint: the machine is shared (2 cores) and the heap is capped by -Xmx.
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(512))
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(512))
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Don't let one stuck test transaction hang shutdown for long.
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                // Bolt otherwise waits 2 x 5 s for idle connections/threads on shutdown.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1));
        if (conf != null) {
            builder.loadPropertiesFromFile(conf);
        }

        DatabaseManagementService dbms = builder.build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ERR.println("EmbeddedNeo4j: shutting down");
            try {
                dbms.shutdown();
            } catch (Throwable t) {
                t.printStackTrace(ERR);
            }
            ERR.println("EmbeddedNeo4j: stopped");
        }, "neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!db.isAvailable(1000)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("default database not available after 2 minutes");
            }
        }

        if (auth) {
            // Embedded has no `neo4j-admin dbms set-initial-password`; set it via the system db.
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        }

        // With port 0 the OS picks the port; the connector registers the real one here.
        ConnectorPortRegister ports = ((GraphDatabaseAPI) db).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class);
        int boltPort = ports.getLocalAddress(ConnectorType.BOLT).getPort();

        System.out.println("NEO4J_READY bolt://127.0.0.1:" + boltPort);
        System.out.flush();

        if (stopOnStdinEof) {
            Thread watcher = new Thread(() -> {
                InputStream in = System.in;
                byte[] buf = new byte[256];
                try {
                    while (in.read(buf) >= 0) {
                        // ignore input; we only care about EOF
                    }
                } catch (IOException ignored) {
                    // treat a broken stdin like EOF
                }
                ERR.println("EmbeddedNeo4j: stdin closed");
                System.exit(0); // runs the shutdown hook
            }, "stdin-eof-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }
        // main returns; Neo4j's non-daemon threads keep the JVM alive until shutdown.
    }

    private static String envOr(String name, String dflt) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? dflt : v;
    }
}
