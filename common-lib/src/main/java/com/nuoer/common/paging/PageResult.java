package com.nuoer.common.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.function.Function;

/** The seed's page answer {@code {pageNo, pageSize, hasNext, total, results, isLarge}}; total is null for largePage. */
public record PageResult<T>(
        Integer pageNo,
        Integer pageSize,
        Boolean hasNext,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long total,
        List<T> results,
        @JsonProperty("isLarge") Boolean isLarge) {

    public <R> PageResult<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResult<>(pageNo, pageSize, hasNext, total, results.stream().<R>map(mapper).toList(), isLarge);
    }

    public static <T> PageResult<T> empty(PageSlice slice) {
        return new PageResult<>(slice.pageNo(), slice.pageSize(), false,
                slice.mode() == PageSlice.Mode.LARGE ? null : 0L, List.of(), slice.mode() == PageSlice.Mode.LARGE);
    }
}
