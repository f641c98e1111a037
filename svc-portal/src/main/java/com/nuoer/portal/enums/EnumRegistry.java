package com.nuoer.portal.enums;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.portal.doc.PortalErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Every enumeration of the suite (domain.md §3.1) by class name, with its codes and labels. The suite's shared
 * vocabulary is kept here as data ({@code classpath:enums/registry.json}), not as Java enums in common-lib: the
 * services own their own enums and the front ends read the labels from {@code base/enumList}. Class names match
 * case-insensitively ({@code CheckItemState} = {@code checkItemState}).
 */
@Component
public class EnumRegistry {

    public record EnumValue(String code, String desc) {
    }

    public record EnumDef(String desc, List<EnumValue> values) {
    }

    private static final String LOCATION = "/enums/registry.json";

    private final Map<String, EnumDef> byName;
    private final Map<String, String> canonical = new LinkedHashMap<>();

    public EnumRegistry(ObjectMapper json) {
        try (InputStream in = EnumRegistry.class.getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException(LOCATION + " is missing");
            }
            this.byName = Collections.unmodifiableMap(json.readValue(in, new TypeReference<LinkedHashMap<String, EnumDef>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byName.keySet().forEach(name -> canonical.put(name.toLowerCase(Locale.ROOT), name));
    }

    /** The values of an enum; unknown → 404 envelope (40411) naming the class. */
    public List<EnumValue> values(String className) {
        String key = className == null ? "" : className.trim();
        int dot = key.lastIndexOf('.');
        if (dot >= 0) {
            key = key.substring(dot + 1); // a fully qualified Java name is accepted too
        }
        String name = canonical.get(key.toLowerCase(Locale.ROOT));
        if (name == null) {
            throw PortalErrorCode.ENUM_UNKNOWN.exception(className);
        }
        return byName.get(name).values();
    }

    public Map<String, EnumDef> all() {
        return byName;
    }
}
