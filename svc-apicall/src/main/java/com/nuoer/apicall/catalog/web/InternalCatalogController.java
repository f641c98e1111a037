package com.nuoer.apicall.catalog.web;

import com.nuoer.apicall.catalog.CheckItem;
import com.nuoer.apicall.catalog.CheckItemRepository;
import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.messaging.events.CheckItemChanged;
import com.nuoer.common.web.ApiResponse;
import java.util.Comparator;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/apicall/checkItem/snapshots?codes=A,B} (all products when absent): the same snapshots as
 * {@code CheckItemChanged}, for consumers that rebuild or repair their projection (Feign fallback of the event feed).
 * Deleted products are included with state -1 / isOpen 0. Not routed by the gateway; needs a signed identity.
 */
@RestController
@RequestMapping("/internal/apicall/checkItem")
public class InternalCatalogController {

    private final CheckItemRepository items;

    public InternalCatalogController(CheckItemRepository items) {
        this.items = items;
    }

    @GetMapping("/snapshots")
    @Transactional(readOnly = true)
    public ApiResponse<List<CheckItemChanged>> snapshots(@RequestParam(required = false) List<String> codes) {
        if (codes != null && codes.size() > 1000) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "codes: 最多1000个");
        }
        List<CheckItem> found = codes == null || codes.isEmpty() ? items.findAll() : items.findByCodeIn(codes);
        return ApiResponse.ok(found.stream().sorted(Comparator.comparing(CheckItem::getId))
                .map(CheckItem::snapshot).toList());
    }
}
