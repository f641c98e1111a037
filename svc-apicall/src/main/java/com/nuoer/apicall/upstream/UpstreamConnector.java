package com.nuoer.apicall.upstream;

/** One way of asking a data provider; chosen by the configuration's {@code service} (数据源类名). */
public interface UpstreamConnector {

    /** True when this connector serves configurations with that {@code service} name. */
    boolean supports(String service);

    UpstreamAnswer call(UpstreamRoute route, UpstreamRequest request) throws UpstreamException;
}
