package com.nuoer.apicall.call;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Call serial numbers: {@code yyyyMMddHHmmssSSS} + 2-digit node + 5-digit counter (24 characters). Unique per node
 * up to 100 000 calls per millisecond; the node (0–99) differs between instances ({@link NodeIdLease}). The leading date
 * names the record's partition.
 */
@Component
public class SeqNos {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
    private final AtomicInteger counter = new AtomicInteger();
    private final String node;

    public SeqNos(NodeIdLease node) {
        this.node = node.digits();
    }

    public String next(LocalDateTime now) {
        int c = Math.floorMod(counter.getAndIncrement(), 100_000);
        StringBuilder b = new StringBuilder(24).append(STAMP.format(now)).append(node);
        for (int d = 10_000; d > 0; d /= 10) {
            b.append((char) ('0' + c / d % 10));
        }
        return b.toString();
    }

    /** The day a seqNo was issued (its partition), or null when it is not one of ours. */
    public static LocalDate dayOf(String seqNo) {
        if (seqNo == null || seqNo.length() < 8) {
            return null;
        }
        try {
            return LocalDate.parse(seqNo.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (Exception e) {
            return null;
        }
    }
}
