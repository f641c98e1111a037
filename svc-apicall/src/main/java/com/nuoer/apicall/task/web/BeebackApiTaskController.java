package com.nuoer.apicall.task.web;

import com.nuoer.apicall.task.TaskService;
import com.nuoer.apicall.task.web.TaskDtos.IdRequest;
import com.nuoer.apicall.task.web.TaskDtos.ListRequest;
import com.nuoer.apicall.task.web.TaskDtos.TaskView;
import com.nuoer.apicall.task.web.TaskDtos.TestRequest;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** /mt/beeback/apiTask/**: test calls and batch tasks of the customer's developer account (seed 2.3.1–2.3.6). */
@RestController
@RequestMapping("/mt/beeback/apiTask")
public class BeebackApiTaskController {

    private final TaskService tasks;

    public BeebackApiTaskController(TaskService tasks) {
        this.tasks = tasks;
    }

    /** 2.3.1 单笔测试: the call's answer (seqNo, success, found, resultCode/Msg, result, isFee, fee …) as JSON text. */
    @PostMapping("/test")
    public ApiResponse<String> test(@Valid @RequestBody TestRequest request) {
        return ApiResponse.ok(tasks.test(SessionContext.require(), request));
    }

    /** 2.3.2 提交批量任务: the new task (state 0 草稿 / 10 待执行, sampleCount). */
    @PostMapping(path = "/submitBatch", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ApiResponse<TaskView> submitBatch(@RequestParam(required = false) String taskName,
                                             @RequestParam(required = false) String checkItem,
                                             @RequestParam(required = false) Integer encryptionType,
                                             @RequestParam(required = false) Boolean saveAsDraft,
                                             @RequestPart("file") MultipartFile file) {
        return ApiResponse.ok(tasks.submit(SessionContext.require(), taskName, checkItem, encryptionType, saveAsDraft,
                file));
    }

    /** 2.3.3 任务列表 (with progress). */
    @PostMapping("/taskList")
    public ApiResponse<PageResult<TaskView>> taskList(@Valid @RequestBody(required = false) ListRequest request) {
        ListRequest r = request == null ? new ListRequest(null, null, null, null, null, null, null) : request;
        return ApiResponse.ok(tasks.list(SessionContext.require(), r));
    }

    /** 2.3.4 执行任务 (asynchronous; progress in taskList). */
    @PostMapping("/execute")
    public ApiResponse<Void> execute(@Valid @RequestBody IdRequest request) {
        tasks.execute(SessionContext.require(), request.id());
        return ApiResponse.ok();
    }

    /** 2.3.5 删除任务 */
    @PostMapping("/delete")
    public ApiResponse<Void> delete(@Valid @RequestBody IdRequest request) {
        tasks.delete(SessionContext.require(), request.id());
        return ApiResponse.ok();
    }

    /** 2.3.6 下载结果: a signed link to the password-protected result zip. */
    @PostMapping("/downloadResult")
    public ApiResponse<String> downloadResult(@Valid @RequestBody IdRequest request) {
        return ApiResponse.ok(tasks.downloadResult(SessionContext.require(), request.id()));
    }
}
