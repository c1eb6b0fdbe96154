package cymru.cyswllt.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded, reachable only over Bolt on 127.0.0.1.
 *
 * Arguments: home-directory bolt-port page-cache-MiB password
 * Prints "CYSWLLT_NEO4J_READY bolt://127.0.0.1:PORT" once Bolt accepts connections;
 * shuts the database down cleanly on SIGTERM/SIGINT so data survives restarts.
 */
public final class LocalNeo4j {
    private LocalNeo4j() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: LocalNeo4j <home> <bolt-port> <page-cache-MiB> <password>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pageCacheMiB = Long.parseLong(args[2]);
        String password = args[3];
        Files.createDirectories(home);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
                // Keep transaction logs small: this is a single-machine store, backups are logical.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .build();

        setInitialPassword(dbms, password);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "cyswllt-neo4j-shutdown"));

        Runtime rt = Runtime.getRuntime();
        System.out.printf("CYSWLLT_NEO4J_MEMORY heap=%dMiB pagecache=%dMiB%n",
                rt.maxMemory() / (1024 * 1024), pageCacheMiB);
        System.out.println("CYSWLLT_NEO4J_READY bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }

    /** A fresh store has user neo4j/neo4j with a forced change; set ours once so Bolt clients can sign in. */
    private static void setInitialPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        boolean mustChange = system.executeTransactionally(
                "SHOW USERS YIELD user, passwordChangeRequired WHERE user = 'neo4j' RETURN passwordChangeRequired",
                java.util.Map.of(),
                result -> result.hasNext() && Boolean.TRUE.equals(result.next().get("passwordChangeRequired")));
        if (mustChange) {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    java.util.Map.of("password", password));
        }
    }
}
