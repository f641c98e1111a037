package com.nuoer.customer.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

    @Test
    void placeholdersAreReplacedAndUnknownOnesLeftEmpty() {
        assertThat(TemplateRenderer.render("余额{{balance}}元，阈值{{ threshold }}，{{missing}}完",
                Map.of("balance", "980.00", "threshold", "1000"))).isEqualTo("余额980.00元，阈值1000，完");
    }

    @Test
    void valuesAreInsertedLiterally() {
        assertThat(TemplateRenderer.render("{{a}}", Map.of("a", "$1 \\ {{b}}"))).isEqualTo("$1 \\ {{b}}");
        assertThat(TemplateRenderer.render(null, Map.of())).isNull();
    }
}
