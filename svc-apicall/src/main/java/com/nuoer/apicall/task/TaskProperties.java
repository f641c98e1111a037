package com.nuoer.apicall.task;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code nuoer.apicall.task.*}: limits of batch files and the task worker.
 *
 * @param maxFileSize     larger uploads are refused (40082); keep at most spring.servlet.multipart.max-file-size
 * @param maxRows         data rows at most (40085)
 * @param maxRowErrors    row errors listed in a refusal (40084)
 * @param parallelism     rows of one task called at the same time
 * @param chunkRows       rows handed out per round (progress and heartbeat after each round)
 * @param workerPoll      how often the worker looks for runnable tasks
 * @param staleAfter      a running task whose heartbeat is older belongs to a dead worker and is taken over
 * @param requiredColumns product code → identity columns every row needs (name, idcard, mobile); products not
 *                        listed need at least one of idcard / mobile
 */
@ConfigurationProperties("nuoer.apicall.task")
public record TaskProperties(
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("100000") int maxRows,
        @DefaultValue("20") int maxRowErrors,
        @DefaultValue("4") int parallelism,
        @DefaultValue("200") int chunkRows,
        @DefaultValue("PT5S") Duration workerPoll,
        @DefaultValue("PT60S") Duration staleAfter,
        Map<String, String> requiredColumns) {
}
