package com.nuoer.common.feign;

import com.nuoer.common.error.RemoteServiceException;
import com.nuoer.common.web.ApiResponse;

/** Unwraps the data of another service's envelope, refusing with its code when it did not succeed. */
public final class Remote {

    private Remote() {
    }

    public static <T> T data(String service, ApiResponse<T> response) {
        if (response == null) {
            throw new RemoteServiceException(service, 50200, service + " 无响应");
        }
        if (!response.success()) {
            throw new RemoteServiceException(service, response.code(), response.msg());
        }
        return response.data();
    }
}
