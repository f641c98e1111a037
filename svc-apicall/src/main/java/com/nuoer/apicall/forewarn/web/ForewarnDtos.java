package com.nuoer.apicall.forewarn.web;

import com.nuoer.apicall.forewarn.ForewarnRules;
import com.nuoer.apicall.forewarn.client.ForewarnContactClient.Contact;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request and answer records of /mt/beeback/forewarn/{configItem,deleteItem,itemList} with the seed's names. */
public final class ForewarnDtos {

    private ForewarnDtos() {
    }

    /** 2.1.1 异常预警配置 */
    public record ConfigRequest(
            @NotEmpty(message = "请选择产品") @Size(max = 100, message = "一次最多配置100个产品")
            List<@NotBlank(message = "产品编码不能为空") @Size(max = 64) String> checkItemList,
            @NotNull(message = "周期不能为空") @Min(value = ForewarnRules.MIN_PERIOD_SECONDS, message = "周期不能少于10秒")
            @Max(value = ForewarnRules.MAX_PERIOD_SECONDS, message = "周期不能超过7天") Integer periodSeconds,
            @NotNull(message = "异常数量不能为空") @Min(value = 1, message = "异常数量至少为1")
            @Max(value = ForewarnRules.MAX_ERROR_COUNT, message = "异常数量过大") Integer errorCount,
            @NotEmpty(message = "请选择联系人") @Size(max = 20, message = "联系人最多20个")
            List<@NotNull @Positive Long> contacts) {
    }

    /** 2.1.2 删除异常预警 */
    public record DeleteRequest(
            @NotEmpty(message = "请选择要删除预警的产品") @Size(max = 100)
            List<@NotBlank(message = "产品编码不能为空") @Size(max = 64) String> checkItemList) {
    }

    /** 2.1.3 异常预警列表: queryForAdd=true lists the account's products without a rule yet. */
    public record ListRequest(Boolean queryForAdd) {
    }

    public record ContactView(Long id, String linkman, String mobile, String email, String webhook,
                              Boolean isDefault) {
        public static ContactView of(Contact c) {
            return new ContactView(c.id(), c.linkman(), c.mobile(), c.email(), c.webhook(), c.isDefault());
        }

        /** Only the id is known (svc-customer did not answer). */
        public static ContactView idOnly(Long id) {
            return new ContactView(id, null, null, null, null, null);
        }
    }

    public record ItemView(String checkItem, String itemName, Integer periodSeconds, Integer errorCount,
                           List<ContactView> contactList) {
    }
}
