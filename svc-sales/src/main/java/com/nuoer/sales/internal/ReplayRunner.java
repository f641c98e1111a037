package com.nuoer.sales.internal;

import com.nuoer.sales.stat.StatService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code --nuoer.sales.replay-stats=true}: rebuilds SalesStat from the stored snapshots once at start-up. */
@Component
@ConditionalOnProperty(name = "nuoer.sales.replay-stats", havingValue = "true")
public class ReplayRunner implements ApplicationRunner {

    private final StatService stats;

    public ReplayRunner(StatService stats) {
        this.stats = stats;
    }

    @Override
    public void run(ApplicationArguments args) {
        stats.replayAll();
    }
}
