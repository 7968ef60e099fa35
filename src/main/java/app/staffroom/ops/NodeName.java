package app.staffroom.ops;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every metric of this node carries the tag {@code node}: {@code STAFFROOM_NODE_NAME} when given, else the
 * machine's (or container's) host name, so that the nodes behind one balancer can be told apart.
 */
@Configuration
class NodeName {

    @Bean
    MeterRegistryCustomizer<MeterRegistry> nodeTag(@Value("${staffroom.node-name:}") String configured) {
        String node = configured.isBlank() ? hostName() : configured.strip();
        return registry -> registry.config().commonTags("node", node);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            return "unknown";
        }
    }
}
