package com.nuoer.apicall.catalog.client;

import com.nuoer.common.feign.Remote;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@link CustomerCatalogClient} with the failure policy of the catalogue: svc-customer down, slow, not knowing the
 * endpoint (404) or answering an error → {@link Optional#empty()} ("unknown"), logged at WARN, never a failure of the
 * operator's request.
 */
@Component
public class CustomerCatalog {

    private static final Logger log = LoggerFactory.getLogger(CustomerCatalog.class);
    private static final String SERVICE = "svc-customer";

    private final CustomerCatalogClient client;

    public CustomerCatalog(CustomerCatalogClient client) {
        this.client = client;
    }

    public Optional<Long> openedCount(String checkItem) {
        try {
            return Optional.ofNullable(Remote.data(SERVICE, client.openedCount(checkItem)));
        } catch (RuntimeException e) {
            log.warn("opened count of {} unknown: {}", checkItem, e.toString());
            return Optional.empty();
        }
    }

    public Optional<List<String>> deptCheckItems(Long deptId) {
        try {
            return Optional.ofNullable(Remote.data(SERVICE, client.deptCheckItems(deptId)));
        } catch (RuntimeException e) {
            log.warn("products of dept {} unknown: {}", deptId, e.toString());
            return Optional.empty();
        }
    }

    /** Best effort: false when svc-customer could not take the task (the local job then applies the change). */
    public boolean schedule(CustomerCatalogClient.ScheduledStateChange change) {
        try {
            Remote.data(SERVICE, client.scheduleStateChange(change));
            return true;
        } catch (RuntimeException e) {
            log.warn("state change {} not registered with svc-customer's scheduler (applied locally): {}",
                    change.changeId(), e.toString());
            return false;
        }
    }

    /** Best effort: a task left behind fails harmlessly (applyState answers that the change was cancelled). */
    public void unschedule(CustomerCatalogClient.ScheduledStateChange change) {
        try {
            Remote.data(SERVICE, client.cancelScheduledStateChange(change));
        } catch (RuntimeException e) {
            log.warn("task of cancelled state change {} not cancelled in svc-customer: {}", change.changeId(),
                    e.toString());
        }
    }
}
