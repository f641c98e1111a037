package com.nuoer.apicall.upstream;

import com.nuoer.common.messaging.events.DeptItemChanged.SourceConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Routing of flow F5-4: the customer's own source configuration (deptItem sourceList, by priority) when it names live
 * configurations of the product, else the product's upstream configurations by priority; tries them in order and
 * fails over on any error or timeout. Every attempt is returned (→ UpstreamRecord with time and cost).
 */
@Component
public class UpstreamRouter {

    /** All attempts made; {@code answered()} is the successful last one, if any. */
    public record Outcome(List<UpstreamAttempt> attempts) {

        public UpstreamAttempt answered() {
            return attempts.isEmpty() || !attempts.get(attempts.size() - 1).success() ? null
                    : attempts.get(attempts.size() - 1);
        }
    }

    private final UpstreamCatalog catalog;
    private final List<UpstreamConnector> connectors;

    public UpstreamRouter(UpstreamCatalog catalog, List<UpstreamConnector> connectors) {
        this.catalog = catalog;
        this.connectors = connectors;
    }

    public List<UpstreamRoute> plan(String checkItem, List<SourceConfig> customerSources) {
        List<UpstreamRoute> product = catalog.routes(checkItem);
        if (customerSources != null && !customerSources.isEmpty()) {
            Map<Long, UpstreamRoute> byId = product.stream().collect(Collectors.toMap(UpstreamRoute::id, Function.identity()));
            List<UpstreamRoute> own = customerSources.stream()
                    .sorted(Comparator.comparing(s -> s.priority() == null ? 0 : s.priority()))
                    .map(s -> byId.get(s.sourceId())).filter(r -> r != null).toList();
            if (!own.isEmpty()) {
                return own;
            }
        }
        return product;
    }

    public Outcome route(List<UpstreamRoute> plan, UpstreamRequest request) {
        List<UpstreamAttempt> attempts = new ArrayList<>(2);
        for (UpstreamRoute route : plan) {
            long start = System.nanoTime();
            try {
                UpstreamAnswer answer = connector(route).call(route, request);
                attempts.add(new UpstreamAttempt(route, request.checkItem(), answer, null, elapsed(start)));
                break;
            } catch (RuntimeException e) {
                attempts.add(new UpstreamAttempt(route, request.checkItem(), null,
                        e.getMessage() == null ? e.getClass().getName() : e.getMessage(), elapsed(start)));
            }
        }
        return new Outcome(attempts);
    }

    private UpstreamConnector connector(UpstreamRoute route) {
        for (UpstreamConnector c : connectors) {
            if (c.supports(route.service())) {
                return c;
            }
        }
        throw new UpstreamException("no connector for " + route.service());
    }

    private static int elapsed(long startNanos) {
        return (int) ((System.nanoTime() - startNanos) / 1_000_000);
    }
}
