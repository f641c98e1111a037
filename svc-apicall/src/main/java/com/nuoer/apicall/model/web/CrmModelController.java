package com.nuoer.apicall.model.web;

import com.nuoer.apicall.model.ModelService;
import com.nuoer.apicall.model.web.ModelDtos.BatchListRequest;
import com.nuoer.apicall.model.web.ModelDtos.BatchView;
import com.nuoer.apicall.model.web.ModelDtos.ExecuteMatchRequest;
import com.nuoer.apicall.model.web.ModelDtos.ExecuteMatchView;
import com.nuoer.apicall.model.web.ModelDtos.MatchRecordView;
import com.nuoer.apicall.model.web.ModelDtos.MatchRecordsRequest;
import com.nuoer.apicall.model.web.ModelDtos.ParseBackView;
import com.nuoer.apicall.model.web.ModelDtos.ParseMatchView;
import com.nuoer.apicall.model.web.ModelDtos.UploadBackRequest;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** /mt/crm/model/**: model matching and back-testing for operators (menu crm:model). */
@RestController
@RequestMapping("/mt/crm/model")
@RequiresMenu(MenuCodes.CRM_MODEL)
public class CrmModelController {

    private final ModelService models;

    public CrmModelController(ModelService models) {
        this.models = models;
    }

    /** 3.12.1 解析匹配样本文件 */
    @PostMapping(path = "/parseMatchFile", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ApiResponse<ParseMatchView> parseMatchFile(@RequestPart("file") MultipartFile file) {
        SessionContext.require();
        return ApiResponse.ok(models.parseMatchFile(file));
    }

    /** 3.12.2 执行匹配 */
    @PostMapping("/executeMatch")
    public ApiResponse<ExecuteMatchView> executeMatch(@Valid @RequestBody ExecuteMatchRequest request) {
        return ApiResponse.ok(models.executeMatch(request, SessionContext.require()));
    }

    /** 3.12.3 匹配记录 */
    @PostMapping("/matchRecords")
    public ApiResponse<PageResult<MatchRecordView>> matchRecords(@Valid @RequestBody MatchRecordsRequest request) {
        return ApiResponse.ok(models.matchRecords(request));
    }

    /** 3.12.4 解析回溯样本文件 */
    @PostMapping(path = "/parseBackFile", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ApiResponse<ParseBackView> parseBackFile(@RequestPart("file") MultipartFile file) {
        SessionContext.require();
        return ApiResponse.ok(models.parseBackFile(file));
    }

    /** 3.12.5 上传回溯样本结果: answers the sample's id. */
    @PostMapping("/uploadBackResult")
    public ApiResponse<Integer> uploadBackResult(@Valid @RequestBody UploadBackRequest request) {
        return ApiResponse.ok(models.uploadBackResult(request, SessionContext.require()));
    }

    /** 3.12.6 回溯批次列表 */
    @PostMapping("/batchList")
    public ApiResponse<PageResult<BatchView>> batchList(@Valid @RequestBody BatchListRequest request) {
        return ApiResponse.ok(models.batchList(request));
    }
}
