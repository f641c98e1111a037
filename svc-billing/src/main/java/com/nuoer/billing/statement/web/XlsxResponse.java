package com.nuoer.billing.statement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Headers of a streamed .xlsx download. */
public final class XlsxResponse {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxResponse() {
    }

    public static void prepare(HttpServletResponse response, String fileName) {
        response.setContentType(CONTENT_TYPE);
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"export.xlsx\"; filename*=UTF-8''" + encoded);
    }
}
