package com.nuoer.customer.schedule.web;

import com.nuoer.common.paging.PageParams;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.entitlement.DeptItemCommands.IdRequest;
import com.nuoer.customer.schedule.ScheduleQueries;
import com.nuoer.customer.schedule.ScheduleService;
import com.nuoer.customer.schedule.ScheduleTaskView;
import com.nuoer.customer.schedule.TaskKeys;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** /mt/crm/schedule/**: the scheduled tasks (price adjustments, product state changes), cancel and retry. */
@RestController
@RequestMapping("/mt/crm/schedule")
@RequiresMenu(MenuCodes.CRM_SCHEDULE)
public class CrmScheduleController {

    private final ScheduleQueries queries;
    private final ScheduleService service;

    public CrmScheduleController(ScheduleQueries queries, ScheduleService service) {
        this.queries = queries;
        this.service = service;
    }

    public record TaskListRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                  @Size(max = 64) String taskKey, List<Long> deptIdList, List<Integer> stateList,
                                  @Size(max = 64) String checkItem) implements PageParams {

        ScheduleQueries.Filter filter() {
            return new ScheduleQueries.Filter(taskKey, deptIdList, stateList, checkItem);
        }
    }

    /** 3.14.1 调价任务列表 */
    @PostMapping("/adjustTaskList")
    public ApiResponse<PageResult<ScheduleTaskView>> adjustTaskList(@Valid @RequestBody TaskListRequest r) {
        return ApiResponse.ok(queries.list(TaskKeys.DEPT_ITEM_ADJUST, r.filter(), r.slice()));
    }

    /** 3.14.2 产品变更记录列表 */
    @PostMapping("/changeCheckItemTaskList")
    public ApiResponse<PageResult<ScheduleTaskView>> changeCheckItemTaskList(@Valid @RequestBody TaskListRequest r) {
        return ApiResponse.ok(queries.list(TaskKeys.CHECK_ITEM_CHANGE, r.filter(), r.slice()));
    }

    /** 3.14.3 取消执行 */
    @PostMapping("/cancel")
    public ApiResponse<Void> cancel(@Valid @RequestBody IdRequest r) {
        service.cancel(r.id());
        return ApiResponse.ok();
    }

    /** 3.14.4 重试 */
    @PostMapping("/retry")
    public ApiResponse<Void> retry(@Valid @RequestBody IdRequest r) {
        service.retry(r.id());
        return ApiResponse.ok();
    }
}
