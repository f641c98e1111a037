package com.nuoer.common.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.YearMonthDeserializer;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateSerializer;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateTimeSerializer;
import com.fasterxml.jackson.datatype.jsr310.ser.YearMonthSerializer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.TimeZone;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The wire formats of the seed (domain.md §5.3): datetime {@code yyyy-MM-dd HH:mm:ss}, date {@code yyyy-MM-dd},
 * month {@code yyyy-MM}, all in Asia/Shanghai; BigDecimal written plain; nulls left out; unknown fields ignored
 * (the seed's DTOs inherit fields the front-end sends everywhere, e.g. {@code appcode}).
 */
public final class JacksonConventions {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final String DATETIME_PATTERN = "yyyy-MM-dd HH:mm:ss";
    public static final String DATE_PATTERN = "yyyy-MM-dd";
    public static final String MONTH_PATTERN = "yyyy-MM";

    public static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern(DATETIME_PATTERN);
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
    public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern(MONTH_PATTERN);

    private JacksonConventions() {
    }

    public static void apply(Jackson2ObjectMapperBuilder builder) {
        builder.timeZone(TimeZone.getTimeZone(ZONE))
                .simpleDateFormat(DATETIME_PATTERN)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS,
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .featuresToEnable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .serializerByType(LocalDateTime.class, new LocalDateTimeSerializer(DATETIME))
                .deserializerByType(LocalDateTime.class, new LocalDateTimeDeserializer(DATETIME))
                .serializerByType(LocalDate.class, new LocalDateSerializer(DATE))
                .deserializerByType(LocalDate.class, new LocalDateDeserializer(DATE))
                .serializerByType(YearMonth.class, new YearMonthSerializer(MONTH))
                .deserializerByType(YearMonth.class, new YearMonthDeserializer(MONTH));
    }
}
