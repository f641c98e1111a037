package com.nuoer.apicall.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nuoer.common.error.BizException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskColumnsTest {

    @Test
    void headerNeedsTheProductsColumns() {
        TaskColumns c = TaskColumns.forProduct("MOBILE3_CHECK", Map.of(), 1);
        assertThatThrownBy(() -> c.header(List.of("姓名", "手机号")))
                .isInstanceOf(BizException.class).hasMessageContaining("身份证号(idcard)");
        c.header(List.of("手机号码", "姓名", "身份证号"));
        assertThat(c.subject(List.of("13800000000", "张三", "110101199001011234")))
                .isEqualTo(new TaskColumns.Subject("张三", "110101199001011234", "13800000000"));
    }

    @Test
    void configuredColumnsWinAndUnknownProductsNeedAnIdentity() {
        TaskColumns c = TaskColumns.forProduct("ID2_CHECK", Map.of("ID2_CHECK", "mobile"), 1);
        c.header(List.of("mobile"));
        TaskColumns other = TaskColumns.forProduct("X", null, 1);
        assertThatThrownBy(() -> other.header(List.of("姓名"))).isInstanceOf(BizException.class);
        other.header(List.of("name", "idcard"));
        assertThat(other.problems(new TaskColumns.Subject("张三", null, null))).containsExactly("身份证号和手机号至少填写一项");
    }

    @Test
    void rowValuesAreCheckedPerEncryptionType() {
        TaskColumns plain = TaskColumns.forProduct("ID2_CHECK", Map.of(), 1);
        assertThat(plain.problems(new TaskColumns.Subject("张三", "110101199013011234", null)))
                .containsExactly("身份证号格式错误: 110101199013011234");
        assertThat(plain.problems(new TaskColumns.Subject(null, "11010119900101123X", "12800000000")))
                .containsExactly("姓名为空", "手机号格式错误: 12800000000");
        TaskColumns md5 = TaskColumns.forProduct("ID2_CHECK", Map.of(), 2);
        assertThat(md5.problems(new TaskColumns.Subject("a", "0123456789abcdef0123456789abcdef", null))).isEmpty();
        assertThat(md5.problems(new TaskColumns.Subject("a", "110101199001011234", null)))
                .containsExactly("身份证号不是MD5值（32位十六进制）");
    }
}
