/*
 * Copyright the camel-sinch-provisioning project contributors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelsinch.provisioning.cluster;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import io.github.camelsinch.provisioning.SinchProvisioningConfiguration;
import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import io.github.camelsinch.provisioning.state.JdbcStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.cluster.CamelClusterEventListener;
import org.apache.camel.cluster.CamelClusterView;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.apache.camel.impl.DefaultCamelContext;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One cluster member of {@link ZooKeeperFailoverTest}, run as its own JVM: a CamelContext whose route
 * {@code master:sinch-templates:sinch-prov:whatsapp-templates/list} polls the simulator only while this member leads
 * (ZooKeeperClusterService), keeps its state in the shared PostgreSQL (JdbcStateRepository) and records each
 * exchange in {@code failover_deliveries}.
 * <p>
 * The settings come on standard input as properties, ended by a line {@code .}; standard input then stays open,
 * and its end (the test JVM is gone) stops the member, so no member outlives the test. Standard output carries
 * {@code READY} once started and {@code LEADER <epoch ms>} when this member becomes the leader.
 */
public final class FailoverNode {

    static final String NAMESPACE = "sinch-templates";
    static final String END_OF_SETTINGS = ".";

    private FailoverNode() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Properties settings = readSettings(stdin);
        String node = settings.getProperty("node");

        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(settings.getProperty("jdbcUrl"));
        pool.setMaximumPoolSize(2);
        pool.setPoolName("failover-" + node);
        HikariDataSource dataSource = new HikariDataSource(pool);

        ZooKeeperClusterService cluster = new ZooKeeperClusterService();
        cluster.setId(node);
        cluster.setNodes(settings.getProperty("zookeeper"));
        cluster.setBasePath("/camel/sinch-failover");
        cluster.setSessionTimeout(Long.parseLong(settings.getProperty("sessionTimeoutMs")));
        cluster.setConnectTimeout(Long.parseLong(settings.getProperty("sessionTimeoutMs")));

        CamelContext camel = new DefaultCamelContext();
        camel.getShutdownStrategy().setTimeout(5);
        camel.addService(cluster);
        camel.addComponent("sinch-prov", component(settings));
        camel.getRegistry().bind("state", new JdbcStateRepository(dataSource));
        long workNanos = TimeUnit.MILLISECONDS.toNanos(Long.parseLong(settings.getProperty("workMs")));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:" + NAMESPACE + ":sinch-prov:whatsapp-templates/list?initialDelay=0&delay="
                        + settings.getProperty("delayMs") + "&stateRepository=#state")
                        .routeId("watch")
                        .process(exchange -> record(dataSource, node, exchange))
                        // Stands for the downstream work of a real route after its side effect: a kill then
                        // mostly lands between a delivery and the consumer's commit, the case that duplicates.
                        .process(exchange -> LockSupport.parkNanos(workNanos));
            }
        });
        camel.start();
        CamelClusterView view = cluster.getView(NAMESPACE);
        view.addEventListener((CamelClusterEventListener.Leadership) (v, leader) -> {
            if (leader != null && leader.isLocal()) {
                announceLeadership();
            }
        });
        if (view.getLocalMember().isLeader()) {
            announceLeadership(); // it led before the listener was added
        }
        System.out.println("READY");
        System.out.flush();

        while (stdin.readLine() != null) {
            // nothing is sent after the settings: this only waits for the end of input
        }
        // The test JVM is gone, and with it ZooKeeper and PostgreSQL: stop if that goes quickly, exit regardless.
        Thread stop = new Thread(() -> {
            camel.stop();
            dataSource.close();
        }, "failover-node-stop");
        stop.setDaemon(true);
        stop.start();
        stop.join(TimeUnit.SECONDS.toMillis(10));
        Runtime.getRuntime().halt(0);
    }

    private static Properties readSettings(BufferedReader stdin) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line = stdin.readLine(); line != null && !line.equals(END_OF_SETTINGS); line = stdin.readLine()) {
            text.append(line).append('\n');
        }
        Properties settings = new Properties();
        settings.load(new StringReader(text.toString()));
        return settings;
    }

    private static SinchProvisioningComponent component(Properties settings) {
        SinchProvisioningComponent component = new SinchProvisioningComponent();
        SinchProvisioningConfiguration c = component.getConfiguration();
        c.setBaseUrl(settings.getProperty("baseUrl"));
        c.setAuthUrl(settings.getProperty("tokenUrl"));
        c.setKeyId(settings.getProperty("keyId"));
        c.setKeySecret(settings.getProperty("keySecret"));
        c.setProjectId(settings.getProperty("projectId"));
        return component;
    }

    private static void announceLeadership() {
        System.out.println("LEADER " + System.currentTimeMillis());
        System.out.flush();
    }

    /** One row per exchange, committed before the route goes on: a failure fails the exchange (redelivered). */
    private static void record(HikariDataSource dataSource, String node, Exchange exchange) throws SQLException {
        Message m = exchange.getMessage();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(DeliveryTable.INSERT)) {
            insert.setString(1, m.getHeader(SinchProvisioningConstants.DEDUP_KEY, String.class));
            insert.setString(2, m.getHeader(SinchProvisioningConstants.RESOURCE_ID, String.class));
            insert.setString(3, m.getHeader(SinchProvisioningConstants.CHANGE_TYPE, String.class));
            insert.setString(4, m.getHeader(SinchProvisioningConstants.PREVIOUS_STATUS, String.class));
            insert.setString(5, m.getHeader(SinchProvisioningConstants.NEW_STATUS, String.class));
            insert.setString(6, node);
            insert.setLong(7, System.currentTimeMillis());
            insert.setInt(8, exchange.getProperty(ExchangePropertyKey.BATCH_INDEX, Integer.class));
            insert.setInt(9, exchange.getProperty(ExchangePropertyKey.BATCH_SIZE, Integer.class));
            insert.executeUpdate();
        }
    }
}
