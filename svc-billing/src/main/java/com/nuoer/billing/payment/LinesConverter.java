package com.nuoer.billing.payment;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** A list of URLs stored one per line (URLs may contain commas). */
@Converter
public class LinesConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join("\n", values);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return split(column);
    }

    public static List<String> split(String column) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split("\n")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
