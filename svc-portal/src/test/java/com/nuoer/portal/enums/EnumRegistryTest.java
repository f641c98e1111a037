package com.nuoer.portal.enums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.error.BizException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EnumRegistryTest {

    private final EnumRegistry registry = new EnumRegistry(new ObjectMapper());

    @ParameterizedTest
    @ValueSource(strings = {"UserState", "AuthType", "OrgState", "CustomerType", "DeptStatus", "CheckItemState",
            "ProductType", "FeeType", "ChargeType", "DeptItemState", "AdjustState", "ContractState", "ScheduleState",
            "BillType", "StatementState", "InvoiceType", "OverdraftType", "OverdraftState", "WalletState",
            "WalletBizType", "PayMethod", "ApiTaskState", "EncryptionType", "SalesRoleType", "RoyaltyBindState",
            "IndexDateType", "StatUnit", "FollowType", "SendChannel", "Terminal", "DocSchemaType", "TaskMode",
            "Industry", "GainChannel"})
    void everyEnumOfTheDomainIsKnownWithCodesAndLabels(String className) {
        assertThat(registry.values(className)).isNotEmpty()
                .allSatisfy(v -> assertThat(v.code()).isNotBlank())
                .allSatisfy(v -> assertThat(v.desc()).isNotBlank());
    }

    @Test
    void checkItemStateCarriesTheSeedCodes() {
        assertThat(registry.values("CheckItemState")).extracting(EnumRegistry.EnumValue::code, EnumRegistry.EnumValue::desc)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("-1", "已下架"),
                        org.assertj.core.groups.Tuple.tuple("10", "已上架"), org.assertj.core.groups.Tuple.tuple("5", "异常"));
    }

    @Test
    void classNamesMatchIgnoringCaseAndPackage() {
        assertThat(registry.values("productType")).isEqualTo(registry.values("ProductType"));
        assertThat(registry.values("com.nuoer.apicall.ProductType")).isEqualTo(registry.values("ProductType"));
    }

    @Test
    void anUnknownClassNameIsA404NamingIt() {
        assertThatThrownBy(() -> registry.values("NoSuchEnum")).isInstanceOf(BizException.class)
                .hasMessageContaining("NoSuchEnum")
                .extracting(e -> ((BizException) e).code()).isEqualTo(40411);
    }
}
