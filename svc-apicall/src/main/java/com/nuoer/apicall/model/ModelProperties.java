package com.nuoer.apicall.model;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code nuoer.apicall.model.*}: limits of sample files and the match worker.
 *
 * @param maxFileSize  larger uploads are refused (40062); keep below spring.servlet.multipart.max-file-size
 * @param maxRows      sample rows at most (40064)
 * @param previewRows  rows shown by parse*File
 * @param syncMaxRows  executeMatch runs at once (isAsync=false, resultUrl answered) up to this many rows
 * @param workerPoll   how often the worker looks for unfinished jobs
 * @param staleAfter   a running job whose heartbeat is older belongs to a dead worker and is taken over
 */
@ConfigurationProperties("nuoer.apicall.model")
public record ModelProperties(
        @DefaultValue("10MB") DataSize maxFileSize,
        @DefaultValue("200000") int maxRows,
        @DefaultValue("5") int previewRows,
        @DefaultValue("1000") int syncMaxRows,
        @DefaultValue("PT5S") Duration workerPoll,
        @DefaultValue("PT60S") Duration staleAfter) {
}
