package com.nuoer.portal.doc;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.portal.doc.web.ApiDocDtos.ApiDocDetail;
import com.nuoer.portal.doc.web.ApiDocDtos.ApiDocItem;
import com.nuoer.portal.doc.web.ApiDocDtos.DocSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The one place that maps {@link ApiDoc} rows (JSON text columns) to the portal's answers. */
@Component
public class ApiDocMapper {

    private static final TypeReference<List<DocSchema>> SCHEMA_LIST = new TypeReference<>() { };
    private static final TypeReference<Map<String, DocSchema>> SCHEMA_MAP = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final ObjectMapper json;

    public ApiDocMapper(ObjectMapper json) {
        this.json = json;
    }

    public ApiDocItem item(ApiDoc d) {
        return new ApiDocItem(d.getId(), d.getCreateBy(), d.getCreateTime(), d.getModifyTime(), d.getCheckItem(),
                d.getCheckItemName(), d.getCategoryCode(), d.getApiName(), d.getDataAdvantage(), d.getRespTime(),
                d.getBackgroundImg(), d.getDescription());
    }

    public ApiDocDetail detail(ApiDoc d, Map<String, String> categoryNames, boolean collected) {
        return new ApiDocDetail(d.getId(), d.getCheckItem(), d.getCheckItemName(), d.getCategoryCode(),
                categoryNames.get(d.getCategoryCode()), d.getSubcategoryCode(), categoryNames.get(d.getSubcategoryCode()),
                d.getApiName(), d.getApiPath(), d.getRequestMethod(), d.getContentType(),
                read(d.getParamSchema(), SCHEMA_LIST, List.of()), d.getParamsExample(),
                read(d.getRespSchema(), SCHEMA_LIST, List.of()), d.getRespExample(),
                read(d.getFieldSchema(), SCHEMA_MAP, Map.of()), read(d.getErrorCodeSchema(), SCHEMA_LIST, List.of()),
                d.getUpgradePeriod(), d.getDataAdvantage(), d.getFeeType(), d.getDocUrl(), d.getRespTime(),
                d.getBackgroundImg(), d.getDescription(), read(d.getTags(), STRINGS, List.of()), collected,
                d.getTaskTemplate());
    }

    private <T> T read(String text, TypeReference<T> type, T empty) {
        if (text == null || text.isBlank()) {
            return empty;
        }
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException("stored doc schema is not valid JSON", e);
        }
    }
}
