package com.nuoer.apicall.catalog.web;

import com.nuoer.apicall.catalog.CheckItem;
import com.nuoer.apicall.catalog.CheckItemRepository;
import com.nuoer.apicall.catalog.StateChangeService;
import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.messaging.events.CheckItemChanged;
import com.nuoer.common.web.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Internal catalogue endpoints (not routed by the gateway; need a signed identity):
 * {@code GET /internal/apicall/checkItem/snapshots?codes=A,B} (all products when absent): the same snapshots as
 * {@code CheckItemChanged}, for consumers that rebuild or repair their projection (Feign fallback of the event feed);
 * deleted products are included with state -1 / isOpen 0.
 * {@code POST applyState} / {@code cancelChange}: svc-customer's scheduler applies or cancels a pending product state
 * change it holds as a task (F11-3), by change id, idempotently.
 */
@RestController
@RequestMapping("/internal/apicall/checkItem")
public class InternalCatalogController {

    private final CheckItemRepository items;
    private final StateChangeService stateChanges;

    public InternalCatalogController(CheckItemRepository items, StateChangeService stateChanges) {
        this.items = items;
        this.stateChanges = stateChanges;
    }

    /** The scheduler's request: its task and the change the task carries. */
    public record ScheduledChange(Long taskId, @NotNull(message = "变更id不能为空") Long changeId) {
    }

    @PostMapping("/applyState")
    public ApiResponse<StateChangeService.ScheduledOutcome> applyState(@Valid @RequestBody ScheduledChange request) {
        return ApiResponse.ok(stateChanges.applyScheduled(request.changeId()));
    }

    @PostMapping("/cancelChange")
    public ApiResponse<StateChangeService.ScheduledOutcome> cancelChange(@Valid @RequestBody ScheduledChange request) {
        return ApiResponse.ok(stateChanges.cancelScheduled(request.changeId()));
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
