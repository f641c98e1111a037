package com.nuoer.apicall.task.web;

import com.nuoer.common.paging.PageParams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Requests and answers of /mt/beeback/apiTask/** (seed 2.3.1–2.3.6), JSON names as in the seed. */
public final class TaskDtos {

    private TaskDtos() {
    }

    /** 2.3.1 单笔测试: the product and the query subject (other params of the seed are accepted and ignored). */
    public record TestRequest(@NotBlank(message = "产品编码不能为空") @Size(max = 64) String checkItem,
                              @NotNull(message = "请求参数不能为空") @Valid TestParams params) {
    }

    public record TestParams(@Size(max = 128) String name, @Size(max = 128) String idCard, String name2,
                             String idCard2, @Size(max = 128) String mobile, @Size(max = 64) String tradeNo,
                             String plateNumber, String certNo, String vin, String provinceCode,
                             @Size(max = 64) String scene, String type, String apiKeys, Integer deptId,
                             String callBack, String url, String base64, String keyWord, String entName,
                             String entCode) {
    }

    /** 2.3.3 任务列表 ({@code deptId} 无需传递: the session's developer account). */
    public record ListRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage, Long deptId,
                              @Size(max = 64) String checkItem, @Size(max = 100) String keyword) implements PageParams {
    }

    /** 2.3.4 / 2.3.5 / 2.3.6: {@code appcode} is taken from the session. */
    public record IdRequest(@NotNull(message = "id不能为空") Long id, String appcode) {
    }

    /**
     * A task with its progress: {@code finishedCount} of {@code sampleCount} rows done, of which {@code successCount}
     * answered and {@code failCount} failed or refused; {@code chargedCount} / {@code fee} what was charged;
     * {@code password} (结果解压密码) once the result exists; {@code errorMsg} why a task failed (-10).
     */
    public record TaskView(Long id, String taskNo, String taskName, Long deptId, String deptName, String appId,
                           String checkItem, String itemName, Integer state, String taskParams, Integer sampleCount,
                           Integer finishedCount, String password, LocalDateTime executeTime,
                           LocalDateTime finishTime, LocalDateTime createDate, Integer successCount,
                           Integer failCount, Integer chargedCount, BigDecimal fee, String fileName,
                           Integer encryptionType, String errorMsg) {
    }
}
