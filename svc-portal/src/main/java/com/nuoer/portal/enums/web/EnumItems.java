package com.nuoer.portal.enums.web;

import com.nuoer.portal.enums.EnumRegistry.EnumValue;
import com.nuoer.portal.enums.web.EnumDtos.EnumItem;
import java.util.List;

/** Maps registry values to the answer items. */
final class EnumItems {

    private EnumItems() {
    }

    static List<EnumItem> of(List<EnumValue> values) {
        return values.stream().map(v -> new EnumItem(v.code(), v.desc())).toList();
    }
}
