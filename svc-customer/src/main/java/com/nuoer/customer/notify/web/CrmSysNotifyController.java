package com.nuoer.customer.notify.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.notify.MessageRecordQueries;
import com.nuoer.customer.notify.MessageTemplateRepository;
import com.nuoer.customer.notify.web.NotifyDtos.RecordListRequest;
import com.nuoer.customer.notify.web.NotifyDtos.RecordView;
import com.nuoer.customer.notify.web.NotifyDtos.TemplateView;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** /mt/crm/sys/{smsTemplateList, smsRecordList}: templates and the record of every message sent. */
@RestController
@RequestMapping("/mt/crm/sys")
@RequiresMenu(MenuCodes.CRM_SYSTEM)
public class CrmSysNotifyController {

    private final MessageTemplateRepository templates;
    private final MessageRecordQueries records;
    private final ObjectMapper objectMapper;

    public CrmSysNotifyController(MessageTemplateRepository templates, MessageRecordQueries records,
                                  ObjectMapper objectMapper) {
        this.templates = templates;
        this.records = records;
        this.objectMapper = objectMapper;
    }

    /** 3.8.2 短信模板列表 */
    @PostMapping("/smsTemplateList")
    @Transactional(readOnly = true)
    public ApiResponse<List<TemplateView>> smsTemplateList() {
        return ApiResponse.ok(templates.findAllByOrderByIdAsc().stream()
                .map(t -> TemplateView.of(t, objectMapper)).toList());
    }

    /** 3.8.3 短信记录 */
    @PostMapping("/smsRecordList")
    public ApiResponse<PageResult<RecordView>> smsRecordList(@Valid @RequestBody RecordListRequest request) {
        return ApiResponse.ok(records.list(request.filter(), request.slice()).map(RecordView::of));
    }
}
